import * as assert from 'assert/strict';
import { applyCompletion, enumMemberItems, labelOf } from '../helpers/completion';
import { openInline } from '../helpers/documents';

const ACTION_STATE_MEMBERS = [
  'none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported',
];

const FAILURE_REASON_MEMBERS = [
  'none', 'appleFailure', 'internalError', 'expiredVppToken',
  'expiredApplePushNotificationCertificate',
];

const TYPE = '"@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult"';

suite('when completing inside an actionState value', () => {
  test('should offer every member in declared order, each with its number', async () => {
    const { editor, cursor } = await openInline('state.json',
      `{\n  ${TYPE},\n  "actionState": "|"\n}\n`);

    const items = await enumMemberItems(editor.document.uri, cursor);

    assert.deepEqual(items.map(labelOf), ACTION_STATE_MEMBERS);
    assert.deepEqual(items.map((item) => item.detail), ACTION_STATE_MEMBERS.map(
      (_, value) => `actionState = ${value}`));
  });

  test('should complete a partly typed member without doubling a quote', async () => {
    const { editor, cursor } = await openInline('state.json',
      `{\n  ${TYPE},\n  "actionState": "ca|",\n  "totalLicensesCount": 1\n}\n`);

    const items = await enumMemberItems(editor.document.uri, cursor);
    const canceled = items.find((item) => labelOf(item) === 'canceled');
    assert.ok(canceled, 'canceled is offered');
    await applyCompletion(editor, canceled);

    assert.equal(editor.document.lineAt(2).text, '  "actionState": "canceled",');
  });
});

suite('when completing inside an actionFailureReason value', () => {
  test('should offer every member in declared order', async () => {
    const { editor, cursor } = await openInline('reason.json',
      `{\n  ${TYPE},\n  "actionFailureReason": "|"\n}\n`);

    const items = await enumMemberItems(editor.document.uri, cursor);

    assert.deepEqual(items.map(labelOf), FAILURE_REASON_MEMBERS);
  });

  test('should write a whole quoted member right after the colon', async () => {
    const { editor, cursor } = await openInline('reason.json',
      `{\n  ${TYPE},\n  "actionFailureReason":|\n}\n`);

    const items = await enumMemberItems(editor.document.uri, cursor);
    assert.deepEqual(items.map(labelOf), FAILURE_REASON_MEMBERS);
    const expired = items.find((item) => labelOf(item) === 'expiredVppToken');
    assert.ok(expired, 'expiredVppToken is offered');
    await applyCompletion(editor, expired);

    assert.equal(editor.document.lineAt(2).text, '  "actionFailureReason": "expiredVppToken"');
  });
});
