import * as assert from 'assert/strict';
import { waitForDiagnostics } from '../helpers/diagnostics';
import { openFixture } from '../helpers/documents';
import { waitForActivation } from '../helpers/extension';

/**
 * Runs before every suite: nothing of the extension is there until VS Code activates it for a
 * JSON document, and the first answers only come once its language server is up.
 */
suiteSetup(async () => {
  const { document } = await openFixture('nested.json');
  await waitForActivation();
  await waitForDiagnostics(document.uri, 'a first analysis', (list) => list.length > 0);
});

suite('when VS Code opens a JSON document', () => {
  test('should have activated the extension through its activation events', async () => {
    const extension = await waitForActivation();

    assert.equal(extension.isActive, true);
    assert.equal(extension.packageJSON.main, './dist/client.js');
  });
});
