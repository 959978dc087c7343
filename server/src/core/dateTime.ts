/**
 * OData `Edm.DateTimeOffset` literals: `YYYY-MM-DDThh:mm[:ss[.f…]]` and an offset, `Z` or
 * `±hh:mm`. `T` and `Z` may be lower case; a year has four digits or more, with an optional sign.
 */

export interface Instant {
  /** Seconds since 1970-01-01T00:00:00Z. */
  readonly epochSeconds: number;
  /** The fraction of a second as twelve digits, so instants compare exactly. */
  readonly fraction: string;
}

export type DateTimeReading =
  | { readonly ok: true; readonly instant: Instant }
  | { readonly ok: false; readonly reason: string };

const YEAR = '(-?(?:0\\d{3}|[1-9]\\d{3,}))';
const DATE = `${YEAR}-(\\d{2})-(\\d{2})`;
const TIME = '(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?';
const ZONE = '(Z|[+-]\\d{2}:\\d{2})?';
const DATE_TIME_OFFSET = new RegExp(`^${DATE}T${TIME}${ZONE}$`, 'i');

const MAX_FRACTION_DIGITS = 12;
/** Offsets beyond ±14:00 name no time zone; .NET, behind Graph, refuses them too. */
const MAX_OFFSET_MINUTES = 14 * 60;
const SECONDS_PER_DAY = 86400;

export const DATE_TIME_SHAPE = 'YYYY-MM-DDThh:mm[:ss[.fffffff]] with Z or ±hh:mm';

export function readDateTimeOffset(text: string): DateTimeReading {
  const match = DATE_TIME_OFFSET.exec(text);
  if (!match) {
    return { ok: false, reason: `it is not in the form ${DATE_TIME_SHAPE}` };
  }

  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, zone] = match;
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  const [hour, minute, second] = [Number(hourText), Number(minuteText), Number(secondText ?? 0)];
  if (zone === undefined) {
    return { ok: false, reason: "it has no time zone offset; add 'Z' or ±hh:mm" };
  }
  if (fraction !== undefined && fraction.length > MAX_FRACTION_DIGITS) {
    return { ok: false, reason: `it has more than ${MAX_FRACTION_DIGITS} fractional digits` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `${yearText}-${monthText}-${dayText} is not a calendar date` };
  }
  if (hour > 23 || minute > 59 || second > 60) {
    const time = [hourText, minuteText, secondText].filter((part) => part !== undefined);
    return { ok: false, reason: `${time.join(':')} is not a time of day` };
  }
  if (second === 60) {
    return { ok: false, reason: 'leap seconds (60) are not allowed' };
  }

  const offsetMinutes = readOffsetMinutes(zone);
  if (offsetMinutes === undefined) {
    return { ok: false, reason: offsetProblem(zone) };
  }

  const localSeconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY
    + hour * 3600 + minute * 60 + second;
  const instant = {
    epochSeconds: localSeconds - offsetMinutes * 60,
    fraction: (fraction ?? '').padEnd(MAX_FRACTION_DIGITS, '0'),
  };
  return { ok: true, instant };
}

export function compareInstants(left: Instant, right: Instant): number {
  if (left.epochSeconds !== right.epochSeconds) {
    return left.epochSeconds < right.epochSeconds ? -1 : 1;
  }
  if (left.fraction === right.fraction) {
    return 0;
  }
  return left.fraction < right.fraction ? -1 : 1;
}

function offsetProblem(zone: string): string {
  const [hours, minutes] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
  return hours > 23 || minutes > 59
    ? `the offset ${zone} is not hours and minutes (at most 23:59)`
    : `the offset ${zone} is outside -14:00 to +14:00`;
}

function readOffsetMinutes(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') {
    return 0;
  }

  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) {
    return undefined;
  }
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar, for any year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const shiftedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4)
    - Math.floor(yearOfEra / 100) + dayOfYear;

  return era * 146097 + dayOfEra - 719468;
}
