// Revoke-licenses results as Graph returns them, and the mistakes the benchmark injects into
// about one in fifty of them. Each mistake produces exactly one problem of its code.
import { graphDateTime, randomEpochMs } from './graphData.mjs';
import { MISTAKE_MARKS } from './jsonWriter.mjs';

const DERIVED_FORMS = [
  '#microsoft.graph.vppTokenRevokeLicensesActionResult',
  '#microsoft.graph.vppTokenRevokeLicensesActionResult',
  '#microsoft.graph.vppTokenRevokeLicensesActionResult',
  '#graph.vppTokenRevokeLicensesActionResult',
  'https://graph.microsoft.com/beta/$metadata#microsoft.graph.vppTokenRevokeLicensesActionResult',
];
const BASE_FORM = '#microsoft.graph.vppTokenActionResult';
const STATES = ['pending', 'canceled', 'active', 'done', 'failed'];
const REASONS = ['appleFailure', 'internalError', 'expiredVppToken'];

export const MISTAKE_RATE = 0.02;

/** Each kind changes one member so that exactly one problem of `code` is expected. */
const MISTAKES = [
  valueMistake('invalid-enum-value', 'actionState', () => 'Completed'),
  valueMistake('wrong-type', 'totalLicensesCount', (payload) => String(payload.totalLicensesCount)),
  valueMistake('invalid-date-time', 'startDateTime', () => '2024-02-30T10:00:00.0000000Z'),
  valueMistake('not-an-integer', 'failedLicensesCount', () => 2.5),
  valueMistake('int32-out-of-range', 'totalLicensesCount', () => 3000000000),
  { code: 'unknown-property', key: 'failedLicenseCount', on: 'key', apply: renameFailedCount },
  valueMistake('null-not-allowed', 'actionFailureReason', () => null),
  valueMistake('failed-exceeds-total', 'failedLicensesCount',
    (payload) => payload.totalLicensesCount + 3),
  valueMistake('last-updated-before-start', 'lastUpdatedDateTime', earlierThanStart),
  valueMistake('negative-count', 'failedLicensesCount', () => -1),
];

function valueMistake(code, key, valueOf) {
  const apply = (payload, context) => {
    payload[key] = valueOf(payload, context);
  };
  return { code, key, on: 'value', apply };
}

function renameFailedCount(payload) {
  const entries = Object.entries(payload).map(([key, value]) =>
    [key === 'failedLicensesCount' ? 'failedLicenseCount' : key, value]);

  for (const key of Object.keys(payload)) {
    delete payload[key];
  }
  Object.assign(payload, Object.fromEntries(entries));
}

/** Two hours before the start, written in UTC: a string comparison often gets this wrong. */
function earlierThanStart(_payload, context) {
  const earlier = new Date(context.startMs - 2 * 3600000);
  return earlier.toISOString().replace(/\.\d{3}Z$/, '.0000000Z');
}

/** Hands out mistakes in turn, so every code appears about as often. */
export class MistakePlanner {
  constructor(random) {
    this.random = random;
    this.next = 0;
    this.payloads = 0;
  }

  maybeInject(payload, context) {
    this.payloads++;
    if (!this.random.chance(MISTAKE_RATE)) {
      return;
    }

    const mistake = MISTAKES[this.next++ % MISTAKES.length];
    mistake.apply(payload, context);
    MISTAKE_MARKS.set(payload, { code: mistake.code, key: mistake.key, on: mistake.on });
  }
}

/** One `vppTokenRevokeLicensesActionResult` (or, now and then, its base type). */
export function revokeResult(random, planner) {
  const startMs = randomEpochMs(random);
  const base = random.chance(0.1);
  const total = random.int(1, 500);
  const failed = random.chance(0.7) ? 0 : random.int(1, Math.min(total, 40));
  const payload = {
    '@odata.type': base ? BASE_FORM : random.pick(DERIVED_FORMS),
    actionName: random.chance(0.9) ? 'Revoke licenses' : null,
    actionState: random.pick(STATES),
    startDateTime: graphDateTime(startMs, random),
    lastUpdatedDateTime: graphDateTime(startMs + random.int(1, 7200) * 1000, random),
  };
  if (!base) {
    payload.totalLicensesCount = total;
    payload.failedLicensesCount = failed;
    payload.actionFailureReason = failed > 0 ? random.pick(REASONS) : 'none';
    planner.maybeInject(payload, { startMs });
  }
  return random.chance(0.05) ? typeMarkerLast(payload) : payload;
}

/** The type marker is usually first, but JSON does not promise member order. */
function typeMarkerLast(payload) {
  const mark = MISTAKE_MARKS.get(payload);
  const { '@odata.type': marker, ...rest } = payload;
  const moved = { ...rest, '@odata.type': marker };

  if (mark) {
    MISTAKE_MARKS.set(moved, mark);
  }
  return moved;
}
