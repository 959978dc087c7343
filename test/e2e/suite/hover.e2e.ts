import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { keyRange, openFixture, valueRange } from '../helpers/documents';
import { showRange } from '../helpers/diagnostics';

/** The text of every hover at `position`, with the range each one covers. */
async function hoversAt(
  uri: vscode.Uri,
  position: vscode.Position,
): Promise<{ text: string; range: string }[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider', uri, position);

  return hovers.map((hover) => ({
    text: hover.contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n'),
    range: hover.range === undefined ? 'none' : showRange(hover.range),
  }));
}

suite('when hovering in a payload', () => {
  test('should describe a property: Edm type, nullability, declaring type, meaning, members',
    async () => {
      const { document } = await openFixture('valid.json');
      const key = keyRange(document, 'actionState');

      const hovers = await hoversAt(document.uri, key.start.translate(0, 3));

      assert.deepEqual(hovers, [{
        range: showRange(key),
        text: [
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
        ].join('\n\n'),
      }]);
    });

  test('should describe a property declared on the derived type as its own', async () => {
    const { document } = await openFixture('valid.json');
    const key = keyRange(document, 'failedLicensesCount');

    const [hover] = await hoversAt(document.uri, key.end.translate(0, -2));

    assert.equal(hover?.text.split('\n\n').slice(0, 2).join('\n\n'), [
      '**failedLicensesCount**: `Edm.Int32`, not nullable',
      'Declared on `vppTokenRevokeLicensesActionResult`\\.',
    ].join('\n\n'));
  });

  test('should describe the enum member a value names, then its property', async () => {
    const { document } = await openFixture('valid.json');
    const value = valueRange(document, 'actionFailureReason');

    const hovers = await hoversAt(document.uri, value.start.translate(0, 5));

    assert.deepEqual(hovers, [{
      range: showRange(value),
      text: [
        '**expiredVppToken** = 3, a member of `vppTokenActionFailureReason`',
        'The VPP token had expired\\.',
        '**actionFailureReason**: `graph.vppTokenActionFailureReason`, not nullable',
        'Declared on `vppTokenRevokeLicensesActionResult`\\.',
        'Why the revocation failed, or none when it did not\\.',
      ].join('\n\n'),
    }]);
  });
});
