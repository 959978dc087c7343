import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import { fileUri, ServerUnderTest } from './harness';
import { DERIVED } from './fixtures';

let server: ServerUnderTest;
const uri = fileUri('hostile-burst.json');

before(async () => {
  server = await ServerUnderTest.start();
});

after(async () => {
  assert.equal(await server.stop(), 0);
  assert.deepEqual(server.stderr, []);
});

/** Thousands of keystrokes, as fast as the pipe takes them. */
const BURST = 5000;

/** The document at a version: its `actionState` value names the version, so stale is visible. */
function textAt(version: number): string {
  return `{"@odata.type": "${DERIVED}", "actionState": "x${version}"}`;
}

/** The edit from one version to the next: the value's digits, replaced in place. */
function changeTo(version: number) {
  const previous = textAt(version - 1);
  const start = previous.indexOf('"x') + 2;
  const end = previous.indexOf('"', start);
  return {
    range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
    text: String(version),
  };
}

function publishedVersions(): (number | undefined)[] {
  return server.published.filter((params) => params.uri === uri).map((params) => params.version);
}

suite('when thousands of changes arrive at once', () => {
  test('should publish the newest version only, with its own problems', async () => {
    await server.open(uri, textAt(1));
    await server.diagnosticsFor(uri, (params) => params.version === 1);

    const last = BURST + 1;
    const sent: Promise<void>[] = [];
    for (let version = 2; version <= last; version++) {
      sent.push(server.change(uri, version, [changeTo(version)]));
    }
    await Promise.all(sent);
    const published = await server.diagnosticsFor(uri, (params) => params.version === last);

    assert.deepEqual(publishedVersions(), [1, last]);
    const codes = published.diagnostics.map((diagnostic) => diagnostic.code);
    assert.deepEqual(codes, ['invalid-enum-value']);
    assert.match(String(published.diagnostics[0].message), new RegExp(`"x${last}"`));
  });

  test('should publish nothing stale after the newest version', async () => {
    const next = BURST + 2;
    await server.change(uri, next, [changeTo(next)]);
    await server.diagnosticsFor(uri, (params) => params.version === next);

    assert.deepEqual(publishedVersions(), [1, BURST + 1, next]);
  });
});
