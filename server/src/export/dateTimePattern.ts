/**
 * OData's `Edm.DateTimeOffset` as a JSON Schema `pattern` (ECMAScript, no flags), so the schema
 * accepts what the core accepts: seconds optional, at most twelve fractional digits, an offset
 * required, `T` and `Z` in either case, years of four digits or more with an optional sign, real
 * calendar dates (leap years included) and no leap second.
 */

const YEAR = '-?(?:0\\d{3}|[1-9]\\d{3,})';

/** A year divisible by 4, and by 400 when it ends in 00, judged from its last four digits. */
const LEAP_YEAR = `(?=${YEAR}-)-?\\d*`
  + '(?:(?:[02468][048]|[13579][26])00|\\d\\d(?:0[48]|[2468][048]|[13579][26]))';

const CALENDAR_DATE = [
  `${YEAR}-(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])`,
  `${YEAR}-(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)`,
  `${YEAR}-02-(?:0[1-9]|1\\d|2[0-8])`,
  `${LEAP_YEAR}-02-29`,
].join('|');

const HOURS = '(?:[01]\\d|2[0-3])';
const MINUTES = '[0-5]\\d';

const TIME_OF_DAY = `${HOURS}:${MINUTES}(?::[0-5]\\d(?:\\.\\d{1,12})?)?`;

/** Offsets run from -14:00 to +14:00, as in the core. */
const OFFSET = `(?:[Zz]|[+-](?:(?:0\\d|1[0-3]):${MINUTES}|14:00))`;

export const DATE_TIME_OFFSET_PATTERN = `^(?:${CALENDAR_DATE})[Tt]${TIME_OF_DAY}${OFFSET}$`;

/**
 * The forms OData allows that RFC 3339 (and so `format: date-time`) does not: a year that is
 * negative or longer than four digits, or a time without seconds.
 */
export const BEYOND_RFC_3339_PATTERN = '^(?:-|\\d{5}|\\d{4}-\\d\\d-\\d\\d[Tt]\\d\\d:\\d\\d[^:])';
