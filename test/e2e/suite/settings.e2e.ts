import { expected, waitForExactly } from '../helpers/diagnostics';
import { openCopyOf, openFixture, valueRange } from '../helpers/documents';
import { nestedFixtureProblems } from '../helpers/fixtures';
import { clearWorkspaceSetting, setWorkspaceSetting } from '../helpers/settings';

suite('when a setting changes while documents are open', () => {
  teardown(async () => {
    await clearWorkspaceSetting('severity');
    await clearWorkspaceSetting('associations');
  });

  test('should drop a code turned off, and bring it back when the setting is removed', async () => {
    const { document } = await openCopyOf('nested.json');
    const all = nestedFixtureProblems(document);
    await waitForExactly(document.uri, all);

    await setWorkspaceSetting('severity', { 'invalid-enum-value': 'off' });
    await waitForExactly(document.uri, all.filter((item) => item.code !== 'invalid-enum-value'));

    await clearWorkspaceSetting('severity');
    await waitForExactly(document.uri, all);
  });

  test('should apply a changed severity to the code it names', async () => {
    const { document } = await openCopyOf('nested.json');
    const all = nestedFixtureProblems(document);
    await waitForExactly(document.uri, all);

    await setWorkspaceSetting('severity', { 'non-canonical-number': 'error' });

    await waitForExactly(document.uri, all.map((item) => (item.code === 'non-canonical-number'
      ? { ...item, severity: 'error' } : item)));
  });

  test('should validate untyped objects once their file is associated', async () => {
    const { document } = await openFixture('associated/results.json');
    const typedOnly = [
      expected('invalid-enum-value', 'error', valueRange(document, 'actionState', 1)),
    ];
    await waitForExactly(document.uri, typedOnly);

    await setWorkspaceSetting('associations', ['associated/*.json']);
    await waitForExactly(document.uri, [
      ...typedOnly,
      expected('invalid-enum-value', 'error', valueRange(document, 'actionState', 2)),
    ]);

    await clearWorkspaceSetting('associations');
    await waitForExactly(document.uri, typedOnly);
  });
});
