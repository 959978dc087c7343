import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/analyze';
import { SCAN_MIN_LENGTH } from '../../server/src/core/fastPath';
import { analyzeIncrementally } from '../../server/src/core/incremental';
import {
  changedSpan,
  composeChanges,
  plausibleChange,
  TextChange,
} from '../../server/src/core/textChange';
import { ChangeLog } from '../../server/src/lsp/changes';
import { seededRandom } from '../fuzz/mutations';
import { bigDocument } from './fastpathCases';

function applied(text: string, change: TextChange, inserted: string): string {
  return text.slice(0, change.start) + inserted + text.slice(change.oldEnd);
}

/** True when `change` describes `before` -> `after`: all outside it is the same text. */
function describes(change: TextChange, before: string, after: string): boolean {
  return before.slice(0, change.start) === after.slice(0, change.start)
    && before.slice(change.oldEnd) === after.slice(change.newEnd);
}

suite('when edits follow one another', () => {
  test('should compose them into one change that describes them all', () => {
    const random = seededRandom(21);

    for (let round = 0; round < 300; round++) {
      const base = 'abcdefghijklmnopqrstuvwxyz'.repeat(1 + Math.floor(random() * 4));
      let text = base;
      let composed: TextChange | undefined;
      for (let step = 0; step < 1 + Math.floor(random() * 5); step++) {
        const start = Math.floor(random() * (text.length + 1));
        const oldEnd = Math.min(text.length, start + Math.floor(random() * 4));
        const inserted = 'XYZ'.slice(0, Math.floor(random() * 4));
        const change = { start, oldEnd, newEnd: start + inserted.length };
        text = applied(text, change, inserted);
        composed = composed ? composeChanges(composed, change) : change;
      }
      assert.ok(composed && describes(composed, base, text), `round ${round}`);
      assert.ok(plausibleChange(composed, base, text), `round ${round}`);
    }
  });

  test('should tell a change that cannot be the edit from one that can', () => {
    const before = `${'a'.repeat(200)}${'b'.repeat(200)}`;
    const after = `${'a'.repeat(200)}x${'b'.repeat(200)}`;

    assert.ok(plausibleChange({ start: 200, oldEnd: 200, newEnd: 201 }, before, after));
    assert.equal(plausibleChange({ start: 150, oldEnd: 150, newEnd: 151 }, before, after), false);
    assert.equal(plausibleChange({ start: 200, oldEnd: 201, newEnd: 201 }, before, after), false);
    assert.equal(plausibleChange({ start: 390, oldEnd: 450, newEnd: 451 }, before, after), false);
  });
});

suite('when the editor reports where a big document changed', () => {
  const text = bigDocument(13, SCAN_MIN_LENGTH + 1000).text;
  const options = { language: 'json' as const };
  const first = { text, ...analyzeIncrementally(undefined, text, options) };

  test('should give what a fresh analysis gives, with a right report or a wrong one', () => {
    const at = text.indexOf('"actionState": "', text.length / 2) + 16;
    const change = { start: at, oldEnd: at, newEnd: at + 1 };
    const edited = applied(text, change, 'x');
    const wrong = { start: at - 5000, oldEnd: at - 5000, newEnd: at - 4999 };

    const expected = analyzeText(edited, options).problems;
    assert.deepEqual(analyzeIncrementally(first, edited, options, change).analysis.problems,
      expected);
    assert.deepEqual(analyzeIncrementally(first, edited, options, wrong).analysis.problems,
      expected);
    assert.deepEqual(changedSpan(text, edited), change);
  });
});

suite('when a document store notes the edits it applies', () => {
  const uri = 'file:///changes.json';

  function editor() {
    const log = new ChangeLog();
    const configuration = log.configuration();
    let document = configuration.create(uri, 'json', 1, 'hello world');
    const edit = (changes: Parameters<typeof TextDocument.update>[1]) => {
      document = configuration.update(document, changes, document.version + 1);
      return document;
    };
    return { log, edit, text: () => document.getText() };
  }

  const at = (line: number, character: number) => ({ line, character });

  test('should give the composed change from the analysed version to the current one', () => {
    const { log, edit, text } = editor();
    edit([{ range: { start: at(0, 5), end: at(0, 5) }, text: ',' }]);
    edit([{ range: { start: at(0, 0), end: at(0, 1) }, text: 'J' }]);

    const change = log.take(uri, 1, 3);
    assert.equal(text(), 'Jello, world');
    assert.deepEqual(change, { start: 0, oldEnd: 5, newEnd: 6 });
    assert.ok(change && describes(change, 'hello world', text()));
    assert.equal(log.take(uri, 1, 3), undefined);
  });

  test('should know nothing after an edit it cannot place or a gap in the versions', () => {
    const { log, edit } = editor();
    edit([{ text: 'all new' }]);
    assert.equal(log.take(uri, 1, 2), undefined);

    edit([{ range: { start: at(0, 0), end: at(0, 0) }, text: 'a' },
      { range: { start: at(0, 1), end: at(0, 1) }, text: 'b' }]);
    assert.equal(log.take(uri, 2, 3), undefined);

    edit([{ range: { start: at(0, 0), end: at(0, 0) }, text: 'c' }]);
    assert.equal(log.take(uri, 2, 4), undefined);
  });
});
