/** Documents the LSP tests open, and positions found in them by their text. */
import { Position } from 'vscode-languageserver-protocol/node';
import { LineMap } from '../../server/src/core';

/** Positions as a client counts them in the text it sent, a byte order mark included. */
export const CLIENT_TEXT = { countByteOrderMark: true };

export const DERIVED = '#microsoft.graph.vppTokenRevokeLicensesActionResult';

/** A vppTokens list response with two results nested in `tokenActionResults`. */
export const NESTED_TOKENS = `{
  "value": [
    {
      "id": "token-1",
      "tokenActionResults": [
        {
          "@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult",
          "actionName": "revokeLicenses",
          "actionState": "Done",
          "startDateTime": "2026-03-01T10:00:00.0000000-08:00",
          "lastUpdatedDateTime": "2026-03-01T10:05:00.0000000-08:00",
          "totalLicensesCount": 2,
          "failedLicensesCount": 3,
          "actionFailureReason": "appleFailure"
        },
        {
          "@odata.type": "microsoft.graph.vppTokenActionResult",
          "actionState": "pending",
          "totalLicensesCount": 1
        }
      ]
    }
  ]
}`;

/** The position of `marker` (its `occurrence`-th appearance) plus `shift` characters. */
export function positionOf(text: string, marker: string, shift = 0, occurrence = 0): Position {
  let offset = -1;
  for (let index = 0; index <= occurrence; index++) {
    offset = text.indexOf(marker, offset + 1);
    if (offset < 0) {
      throw new Error(`"${marker}" occurs fewer than ${occurrence + 1} times`);
    }
  }
  return new LineMap(text, CLIENT_TEXT).positionAt(offset + shift);
}

/** The range of `token` in the text, as LSP positions. */
export function rangeOf(text: string, token: string, occurrence = 0) {
  const start = positionOf(text, token, 0, occurrence);
  return { start, end: { line: start.line, character: start.character + token.length } };
}

/** The range of the value written after `"key": ` in the text. */
export function valueRange(text: string, key: string, value: string, occurrence = 0) {
  const start = positionOf(text, `"${key}": ${value}`, key.length + 4, occurrence);
  return { start, end: { line: start.line, character: start.character + value.length } };
}
