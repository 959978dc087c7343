import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, suite, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionRequest,
  CompletionList,
  CompletionRequest,
  Diagnostic,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { positionOf } from '../lsp/fixtures';
import { FULL_CAPABILITIES, SERVER_BUNDLE, ServerUnderTest } from '../lsp/harness';
import { HOOK_ENV, hookSource, Recorded } from './hook';

/** Files a careless server might run or load from a workspace; each leaves a mark if run. */
const BAITS: Readonly<Record<string, string>> = {
  'package.json': '{"name": "workspace", "main": "main.js"}',
  'main.js': markWhenRun('main'),
  'vpp-lint.config.js': markWhenRun('config'),
  '.vscode/settings.json': '{"vppLint.enable": true}',
  'node_modules/jsonc-parser/package.json': '{"name": "jsonc-parser", "main": "index.js"}',
  'node_modules/jsonc-parser/index.js': markWhenRun('jsonc-parser'),
  'node_modules/vscode-languageserver/node.js': markWhenRun('vscode-languageserver'),
  'node_modules/picomatch/index.js': markWhenRun('picomatch'),
};

const FIXTURE = `{
  "value": [
    {
      "@odata.type": "microsoft.graph.vppTokenRevokeLicensesActionResult",
      "actionState": "Done",
      "actionFailureReason": "3",
      "totalLicensesCount": 5.0,
      "failedLicenseCount": 1,
      "startDateTime": "2026-03-01T10:00:00Z"
    }
  ]
}
`;

function markWhenRun(name: string): string {
  return `require('fs').writeFileSync(require('path').join(__dirname, 'RAN-${name}'), '');\n`;
}

/** Every file under the folder with its content, to compare before and after. */
function snapshot(folder: string): Record<string, string> {
  const files = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(
    files
      .filter((name) => fs.statSync(path.join(folder, name)).isFile())
      .map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}

function makeWorkspace(folder: string): void {
  for (const [name, content] of Object.entries({ ...BAITS, 'fixtures/revoke.json': FIXTURE })) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
}

let scratch: string;
let hookPath: string;

before(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vpp-security-'));
  hookPath = path.join(scratch, 'hook.cjs');
  fs.writeFileSync(hookPath, hookSource());
});

after(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

function hookEnv(workspace: string, record: string): Record<string, string> {
  return {
    [HOOK_ENV.record]: record,
    [HOOK_ENV.bundleFolder]: path.dirname(SERVER_BUNDLE),
    [HOOK_ENV.workspace]: workspace,
  };
}

function readRecord(record: string): Recorded[] {
  return JSON.parse(fs.readFileSync(record, 'utf8')) as Recorded[];
}

suite('when the hook watches a process that does everything it must catch', () => {
  test('should record each kind of call, so that an empty record means something', () => {
    const workspace = path.join(scratch, 'control');
    const record = path.join(scratch, 'control.json');
    makeWorkspace(workspace);
    const script = `
      require('child_process').spawnSync(process.execPath, ['-e', '0']);
      require('fs').writeFileSync(${JSON.stringify(path.join(scratch, 'written'))}, 'x');
      require('fs').readFileSync(${JSON.stringify(path.join(workspace, 'package.json'))});
      const request = require('http').request({ host: '127.0.0.1', port: 9 });
      request.on('error', () => {}).destroy();
      require('net').connect({ host: '127.0.0.1', port: 9 }).on('error', () => {}).destroy();
      require(${JSON.stringify(workspace)});`;

    const run = spawnSync(process.execPath, ['--require', hookPath, '-e', script], {
      env: { ...process.env, ...hookEnv(workspace, record) },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);

    const seen = new Set(readRecord(record).map((item) => `${item.kind} ${item.call}`));
    for (const expected of [
      'process spawnSync',
      'fs-write writeFileSync',
      'fs-read-workspace readFileSync',
      'network request',
      'network connect',
      `module ${workspace}`,
    ]) {
      assert.ok(seen.has(expected), `the hook missed "${expected}": ${[...seen].join(', ')}`);
    }
  });
});

suite('when the server works on a workspace full of bait', () => {
  const workspace = () => path.join(scratch, 'workspace');
  const record = () => path.join(scratch, 'server.json');
  let original: Record<string, string>;
  let exitCode: number | null;

  before(async () => {
    makeWorkspace(workspace());
    original = snapshot(workspace());
    const server = await ServerUnderTest.start(FULL_CAPABILITIES, {
      nodeArgs: ['--require', hookPath],
      workspace: workspace(),
      env: hookEnv(workspace(), record()),
    });
    server.settings = () => ({ associations: ['fixtures/*.json'], reportSyntaxErrors: true });

    const fixture = pathToFileURL(path.join(workspace(), 'fixtures/revoke.json')).href;
    try {
      await driveSession(server, fixture);
    } finally {
      exitCode = await server.stop();
    }
  });

  test('should have started, loaded, written and connected nothing', () => {
    assert.equal(exitCode, 0);
    assert.deepEqual(readRecord(record()), []);
  });

  test('should leave the workspace exactly as it was, with no bait run', () => {
    assert.deepEqual(snapshot(workspace()), original);
  });
});

/** Everything an editor does with a fixture, checking that each step really answered. */
async function driveSession(server: ServerUnderTest, uri: string): Promise<void> {
  const textDocument = { uri };
  await server.open(uri, FIXTURE);
  await server.diagnosticsFor(uri, (params) => params.version === 1);

  const changed = FIXTURE.replace('"Done"', '"Don"');
  await server.change(uri, 2, [{ text: changed }]);
  const published = await server.diagnosticsFor(uri, (params) => params.version === 2);
  assert.ok(published.diagnostics.length >= 5, 'too few problems were reported');

  const completion = (await server.connection.sendRequest(CompletionRequest.method, {
    textDocument,
    position: positionOf(changed, '"Don"', 2),
  })) as CompletionList;
  assert.ok(completion.items.length > 0, 'no completion was offered');

  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument,
    position: positionOf(changed, '"actionState"', 2),
  });
  assert.ok(hover !== null, 'no hover was given');

  const kinds = await actionKinds(server, uri, published.diagnostics);
  assert.ok(kinds.includes('quickfix') && kinds.includes('source.fixAll.vpp-lint'), `${kinds}`);

  const untitled = 'untitled:Untitled-1';
  await server.open(untitled, `// notes\n${changed}`, 'jsonc');
  await server.diagnosticsFor(untitled, (params) => params.version === 1);
  await server.close(untitled);
  await server.close(uri);
}

async function actionKinds(
  server: ServerUnderTest,
  uri: string,
  diagnostics: Diagnostic[],
): Promise<string[]> {
  const actions = (await server.connection.sendRequest(CodeActionRequest.method, {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics },
  })) as CodeAction[];
  return [...new Set(actions.map((action) => action.kind ?? ''))];
}
