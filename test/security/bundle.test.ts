/**
 * What the three bundles can reach: every Node built-in each one requires, and each module of
 * it that requires one, must be on the allow list below, with the reason it is there. esbuild
 * marks where each bundled module begins with a comment naming its file (in the development
 * build `npm test` makes; the production build bundles the same modules, minified).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { FS_WRITE_CALLS } from './watched';

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Where a bundled module begins: `// node_modules/...` or `// server/src/...` at column 0. */
const MODULE_MARK = /^\/\/ ((?:node_modules|server|client)\/\S+)$/;
const REQUIRE_CALL = /\brequire\(([^)]*)\)/g;
const STRING_LITERAL = /^"([^"\\]+)"$/;
/** Ways to run or load code that no module of ours may use. */
const DYNAMIC_CODE =
  /\b(?:eval\(|new Function\(|import\(|createRequire|Module\._load|process\.(?:binding|dlopen))/;

const JSONRPC_NODE = 'node_modules/vscode-jsonrpc/lib/node/main.js';
const JSONRPC_RIL = 'node_modules/vscode-jsonrpc/lib/node/ril.js';
const SERVER_FILES = 'node_modules/vscode-languageserver/lib/node/files.js';
const SERVER_NODE = 'node_modules/vscode-languageserver/lib/node/main.js';
const CLIENT_NODE = 'node_modules/vscode-languageclient/lib/node/main.js';
const CLIENT_PROCESSES = 'node_modules/vscode-languageclient/lib/node/processes.js';

interface Allowed {
  /** The bundled modules that may require it. */
  readonly from: readonly string[];
  readonly why: string;
}

/** The JSON-RPC library's Node transports, present in the client and the server alike. */
const JSONRPC_TRANSPORTS: Record<string, Allowed> = {
  crypto: {
    from: [JSONRPC_RIL, JSONRPC_NODE],
    why: 'random pipe names and message ids of the JSON-RPC library',
  },
  net: {
    from: [JSONRPC_NODE],
    why:
      'the socket and pipe transports; they run only with --socket (connecting to 127.0.0.1) ' +
      'or --pipe (a local pipe), never in the stdio or node-ipc sessions editors start',
  },
  os: { from: [JSONRPC_NODE], why: 'the temporary folder for pipe names' },
  util: { from: [JSONRPC_RIL], why: 'text decoding of the JSON-RPC library' },
};

const SERVER_ALLOWED: Record<string, Allowed> = {
  ...JSONRPC_TRANSPORTS,
  buffer: { from: ['server/src/lsp/frames.ts'], why: 'the longest string Node can build' },
  child_process: {
    from: [SERVER_FILES],
    why:
      "only in the library's Files helpers (resolve, resolveGlobalNodePath, " +
      'resolveGlobalYarnPath, resolveModulePath), meant for servers that load a library the ' +
      'workspace installed; this server never calls them (no module of ours names them, and ' +
      'the runtime test records no process started)',
  },
  fs: {
    from: [SERVER_FILES, JSONRPC_NODE],
    why: 'the same Files helpers, and pipe clean-up of the pipe transport; no module of ours',
  },
  path: {
    from: [SERVER_FILES, JSONRPC_NODE, 'server/src/lsp/associations.ts'],
    why: 'matching document paths against the association globs',
  },
  url: {
    from: [SERVER_FILES, 'server/src/lsp/associations.ts'],
    why: 'file URIs of documents and workspace folders turned into paths',
  },
  util: {
    from: [JSONRPC_RIL, SERVER_NODE, 'server/src/lsp/transports.ts'],
    why: 'formatting console output, which goes to standard error in stdio mode',
  },
};

const CLIENT_ALLOWED: Record<string, Allowed> = {
  ...JSONRPC_TRANSPORTS,
  child_process: {
    from: [CLIENT_NODE, CLIENT_PROCESSES],
    why:
      'vscode-languageclient forks the bundled dist/server.js (a path inside the extension, ' +
      'never the workspace) and, should it not exit when stopped, ends that process tree',
  },
  fs: { from: [JSONRPC_NODE, CLIENT_NODE], why: 'checks of the server module and pipe names' },
  path: { from: [JSONRPC_NODE, CLIENT_NODE], why: 'paths of the server module and pipes' },
  readline: { from: [CLIENT_NODE], why: "reading the server's output line by line" },
};

const CLI = 'server/src/cli/';
const CLI_ALLOWED: Record<string, Allowed> = {
  fs: {
    from: [CLI],
    why: 'vpp-lint reads the files it is given; it writes nothing but its report to stdout',
  },
  path: { from: [CLI], why: 'walking folders, and relative paths in reports' },
  url: { from: [CLI], why: 'file URIs in SARIF reports' },
};

/** A call of a file system function that writes, in either form. */
const FS_WRITES = new RegExp(`\\b(?:${FS_WRITE_CALLS.join('|')})(?:Sync)?\\(`);

const BUILTINS = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

interface BundleFacts {
  /** Each built-in required, with the bundled modules that require it, sorted. */
  readonly builtins: Record<string, string[]>;
  /** `require` calls whose argument is not one string literal. */
  readonly dynamicRequires: string[];
  /** Uses of DYNAMIC_CODE inside modules of this repository. */
  readonly dynamicCodeInOurs: string[];
  /** The lines of the modules of this repository. */
  readonly ourLines: string[];
}

function readBundle(relativePath: string): BundleFacts {
  const text = fs.readFileSync(path.join(REPOSITORY_ROOT, relativePath), 'utf8');
  const builtins: Record<string, Set<string>> = {};
  const dynamicRequires: string[] = [];
  const dynamicCodeInOurs: string[] = [];
  const ourLines: string[] = [];
  let module = '(bundle prelude)';

  text.split('\n').forEach((line, index) => {
    module = MODULE_MARK.exec(line)?.[1] ?? module;
    if (!module.startsWith('node_modules/')) {
      ourLines.push(line);
      if (DYNAMIC_CODE.test(line)) {
        dynamicCodeInOurs.push(`${module}, line ${index + 1}`);
      }
    }

    for (const call of line.matchAll(REQUIRE_CALL)) {
      const name = STRING_LITERAL.exec(call[1].trim())?.[1];
      if (name === undefined) {
        dynamicRequires.push(`${module}, line ${index + 1}: ${call[0]}`);
      } else if (BUILTINS.has(name.replace(/^node:/, ''))) {
        (builtins[name.replace(/^node:/, '')] ??= new Set()).add(module);
      }
    }
  });

  const sorted = Object.fromEntries(
    Object.entries(builtins).map(([name, modules]) => [name, [...modules].sort()]),
  );
  return { builtins: sorted, dynamicRequires, dynamicCodeInOurs, ourLines };
}

/** A module matches an entry naming it, or an entry ending in `/` that names its folder. */
function isAllowed(allowed: Record<string, Allowed>, builtin: string, module: string): boolean {
  const from = Object.hasOwn(allowed, builtin) ? allowed[builtin].from : [];
  return from.some((entry) => (entry.endsWith('/') ? module.startsWith(entry) : module === entry));
}

function assertAllowed(bundle: string, allowed: Record<string, Allowed>): BundleFacts {
  const facts = readBundle(bundle);
  const reasons = Object.entries(allowed).map(([name, rule]) => `${name}: ${rule.why}`);
  const outside = Object.entries(facts.builtins).flatMap(([builtin, modules]) =>
    modules
      .filter((module) => !isAllowed(allowed, builtin, module))
      .map((module) => `${builtin} from ${module}`),
  );

  assert.deepEqual(outside, [], `${bundle} goes beyond its allow list:\n${reasons.join('\n')}`);
  assert.deepEqual(facts.dynamicRequires, [], `${bundle} loads modules by computed names`);
  assert.deepEqual(facts.dynamicCodeInOurs, [], `${bundle} runs code it builds at run time`);
  return facts;
}

suite('when the bundles are read for what they can reach', () => {
  test('should keep the server to its allow list: no network, no process of its own', () => {
    const facts = assertAllowed('dist/server.js', SERVER_ALLOWED);

    assert.equal(facts.builtins.http, undefined);
    assert.equal(facts.builtins.https, undefined);
  });

  test('should keep the extension client to its allow list', () => {
    assertAllowed('dist/client.js', CLIENT_ALLOWED);
  });

  test('should keep vpp-lint to reading files and paths, writing none', () => {
    const ours = assertAllowed('dist/vpp-lint.js', CLI_ALLOWED).ourLines.join('\n');

    assert.doesNotMatch(ours, FS_WRITES);
  });

  test('should never call the helpers that would start a process from the server', () => {
    const ours = readBundle('dist/server.js').ourLines.join('\n');

    assert.doesNotMatch(ours, /resolveModulePath|resolveGlobalNodePath|resolveGlobalYarnPath/);
    assert.doesNotMatch(ours, /\bFiles\.resolve\b/);
  });
});
