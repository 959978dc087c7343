import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { escapeMarkdown, hoverAt, toMarkdown, toPlainText } from '../../server/src/features';
import { cursorDocument } from './cursor';

const DERIVED = '#microsoft.graph.vppTokenRevokeLicensesActionResult';
const TYPED = `"@odata.type": "${DERIVED}"`;

function hover(source: string, associated = false) {
  const document = cursorDocument(source, { associated });
  const result = hoverAt(document.text, document.analysis, document.offset);
  return { ...document, result, markdown: result && toMarkdown(result.doc) };
}

const ACTION_STATE_MARKDOWN = [
  '**actionState**: `graph.actionState`, not nullable',
  'Inherited from `vppTokenActionResult`\\.',
  'Where the action stands: pending, running, finished or failed\\.',
  'Members of `actionState`:',
  [
    '- `none` \\(0\\): No state; not a valid action state\\.',
    '- `pending` \\(1\\): The action is waiting to run\\.',
    '- `canceled` \\(2\\): The action was canceled before it finished\\.',
    '- `active` \\(3\\): The action is running\\.',
    '- `done` \\(4\\): The action finished without errors\\.',
    '- `failed` \\(5\\): The action finished with an error\\.',
    '- `notSupported` \\(6\\): The action is not supported here\\.',
  ].join('\n'),
].join('\n\n');

suite('when hovering in a payload', () => {
  test('should describe an inherited enum property on its key, with the members', () => {
    const { result, markdown, text } = hover(`{${TYPED}, "action|State": "done"}`);
    const start = text.indexOf('"actionState"');

    assert.deepEqual(result?.range, { start, end: start + '"actionState"'.length });
    assert.equal(markdown, ACTION_STATE_MARKDOWN);
  });

  test('should say that a derived property is declared on the derived type', () => {
    const { markdown } = hover(`{${TYPED}, "failedLicens|esCount": 1}`);

    assert.equal(
      markdown,
      [
        '**failedLicensesCount**: `Edm.Int32`, not nullable',
        'Declared on `vppTokenRevokeLicensesActionResult`\\.',
        'How many of those licenses it failed to revoke; never more than the total\\.',
      ].join('\n\n'),
    );
  });

  test('should say that actionName is nullable', () => {
    const { markdown } = hover(`{${TYPED}, "actionName": nu|ll}`);

    assert.equal(markdown?.split('\n\n')[0], '**actionName**: `Edm.String`, nullable');
  });

  test('should describe the member on an enum value, then its property', () => {
    const { result, markdown, text } = hover(
      `{${TYPED}, "actionFailureReason": "expiredVpp|Token"}`,
    );
    const start = text.indexOf('"expiredVppToken"');

    assert.deepEqual(result?.range, { start, end: start + '"expiredVppToken"'.length });
    assert.equal(
      markdown,
      [
        '**expiredVppToken** = 3, a member of `vppTokenActionFailureReason`',
        'The VPP token had expired\\.',
        '**actionFailureReason**: `graph.vppTokenActionFailureReason`, not nullable',
        'Declared on `vppTokenRevokeLicensesActionResult`\\.',
        'Why the revocation failed, or none when it did not\\.',
      ].join('\n\n'),
    );
  });

  test('should describe the property on a value that is not a member', () => {
    const { markdown } = hover(`{${TYPED}, "actionState": "Do|ne"}`);

    assert.equal(markdown, ACTION_STATE_MARKDOWN);
  });

  test('should describe the type on @odata.type', () => {
    const { markdown } = hover(`{"@odata.type": "#microsoft.graph.vppToken|ActionResult"}`);

    assert.equal(
      markdown,
      [
        '**vppTokenActionResult** `microsoft.graph.vppTokenActionResult`',
        'The result of an action run on an Apple Volume Purchase Program \\(VPP\\) token\\.',
      ].join('\n\n'),
    );
  });

  test('should say that a derived property in a base type payload is not declared there', () => {
    const base = '"@odata.type": "#microsoft.graph.vppTokenActionResult"';
    const { result, markdown, text } = hover(`{${base},"totalLicens|esCount":1}`);
    const onValue = hover(`{${base},"totalLicensesCount":|1}`).markdown;
    const start = text.indexOf('"totalLicensesCount"');

    assert.deepEqual(result?.range, { start, end: start + '"totalLicensesCount"'.length });
    assert.equal(
      markdown,
      [
        '**totalLicensesCount**: `Edm.Int32`, not nullable',
        'Declared on `vppTokenRevokeLicensesActionResult`, not on `vppTokenActionResult`\\.',
        'How many licenses the action tried to revoke\\.',
      ].join('\n\n'),
    );
    assert.equal(onValue, markdown);
  });

  test('should describe an associated payload without a type marker', () => {
    const { markdown } = hover('[{"totalLic|ensesCount": 2}]', true);

    assert.equal(markdown?.split('\n\n')[0], '**totalLicensesCount**: `Edm.Int32`, not nullable');
  });

  test('should give plain text without escapes for clients without Markdown', () => {
    const { result } = hover(`{${TYPED}, "actionState": "do|ne"}`);

    assert.equal(
      result && toPlainText(result.doc),
      [
        'done = 4, a member of actionState',
        'The action finished without errors.',
        'actionState: graph.actionState, not nullable',
        'Inherited from vppTokenActionResult.',
        'Where the action stands: pending, running, finished or failed.',
      ].join('\n\n'),
    );
  });
});

suite('when hovering where nothing is ours', () => {
  test('should give nothing on unknown properties, annotations and punctuation', () => {
    assert.equal(hover(`{${TYPED}, "colo|r": 1}`).result, undefined);
    assert.equal(hover(`{${TYPED}, "@odata.et|ag": "W/1"}`).result, undefined);
    assert.equal(hover(`{${TYPED}, "actionState":| "done"}`).result, undefined);
  });

  test('should give nothing outside payloads', () => {
    assert.equal(hover('{"action|State": "done"}').result, undefined);
    assert.equal(hover(`{"value": [{${TYPED}}], "action|State": "done"}`).result, undefined);
  });
});

suite('when generated text reaches Markdown', () => {
  test('should escape every character that Markdown reads as syntax', () => {
    assert.equal(
      escapeMarkdown('a*b_c`d[e](f)<g>#h|i~j!k.l-m+n\\o&p{q}'),
      'a\\*b\\_c\\`d\\[e\\]\\(f\\)\\<g\\>\\#h\\|i\\~j\\!k\\.l\\-m\\+n\\\\o\\&p\\{q\\}',
    );
  });

  test('should fence a code span that holds backticks', () => {
    assert.equal(
      toMarkdown([{ kind: 'paragraph', spans: [{ text: 'a`b', style: 'code' }] }]),
      '``a`b``',
    );
  });
});
