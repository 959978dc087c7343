/**
 * NOTE: V8 keeps the hidden class (the layout) of an object only while some object has it, and
 * the optimized code of the scan, the tree builder and the rules is tied to those classes. Once
 * a full garbage collection finds no object of a class left, the next analysis meets new classes
 * and runs slow code until it is optimized again: about 40 % slower on a 10 MB document. So the
 * fast path's modules keep a few small sample objects alive, made from this document.
 */
export const SAMPLE_DOCUMENT = `[{"@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult",
  "actionName": "a\\u00e9", "actionState": "done", "startDateTime": "2024-01-01T00:00:00Z",
  "lastUpdatedDateTime": "2023-01-01T00:00:00Z", "totalLicensesCount": 1.5,
  "failedLicensesCount": 2, "actionFailureReason": null, "x": [true, false, {}, -1e3]}]`;

const PINNED: unknown[] = [];

/** Keeps `sample` alive for the life of the process, and returns it. */
export function pin<Sample>(sample: Sample): Sample {
  PINNED.push(sample);
  return sample;
}
