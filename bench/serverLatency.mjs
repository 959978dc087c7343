// Figures through the real language server (dist/server.js) over stdio, as an editor sees them:
// opening the fixture, a one-character edit inside a payload deep in it, and completion and
// hover there. The server waits a while after an edit before it validates (its debounce);
// that wait is reported apart from the work.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { median } from './timing.mjs';

const require = createRequire(import.meta.url);
const protocol = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const DEBOUNCE_SOURCE = path.join('server', 'src', 'lsp', 'store.ts');
const DEBOUNCE_CONSTANT = /VALIDATION_DELAY_MS = (\d+)/;

/** The server's wait after an edit before it validates, read from its source. */
export function serverDebounceMs(root) {
  const match = DEBOUNCE_CONSTANT.exec(fs.readFileSync(path.join(root, DEBOUNCE_SOURCE), 'utf8'));
  if (!match) {
    throw new Error(`No VALIDATION_DELAY_MS in ${DEBOUNCE_SOURCE}; the bench must learn anew.`);
  }
  return Number(match[1]);
}

const URI = 'file:///bench/recorded-responses.json';
const EXIT_WAIT_MS = 5000;
const FULL_EDIT_ROUNDS = 2;

const PAYLOAD_MARK = '"@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult"';
const STATE_KEY = '"actionState": "';
/** A member of the root object: an edit there leaves nothing to reuse, so all is validated. */
const ROOT_MEMBER = '"description": "';

/** Where the figures are taken: the `actionState` of payloads between 60 % and 95 % of the text. */
function deepPayloadOffsets(text, count) {
  const offsets = [];
  let from = Math.floor(text.length * 0.6);

  while (offsets.length < count) {
    const payload = text.indexOf(PAYLOAD_MARK, from);
    const at = text.indexOf(STATE_KEY, payload);
    if (payload < 0 || at < 0 || at > text.length * 0.95) {
      break;
    }
    offsets.push(at);
    from = at + Math.floor((text.length * 0.35) / count);
  }
  return offsets;
}

/** Starts the server and plays an editor on the fixture; returns milliseconds per operation. */
export async function measureServer({ root, fixtureText, LineMap, repeats }) {
  const debounce = serverDebounceMs(root);
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio'],
    { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(child.stdout),
    new protocol.StreamMessageWriter(child.stdin),
  );
  const editor = new Editor(connection, fixtureText, LineMap);
  connection.listen();

  try {
    await editor.initialize();
    const open = await editor.open();
    const sites = deepPayloadOffsets(fixtureText, repeats);
    const edits = [];
    for (const site of sites) {
      edits.push(await editor.editAndWait(site + STATE_KEY.length, 'x'));
      edits.push(await editor.editAndWait(site + STATE_KEY.length, ''));
    }
    const rootSite = fixtureText.indexOf(ROOT_MEMBER) + ROOT_MEMBER.length;
    const fullEdits = [];
    for (let round = 0; round < FULL_EDIT_ROUNDS; round++) {
      fullEdits.push(await editor.editAndWait(rootSite, 'x'));
      fullEdits.push(await editor.editAndWait(rootSite, ''));
    }
    const completion = await editor.timeRequests(sites,
      (offset) => editor.completion(offset + STATE_KEY.length));
    const hover = await editor.timeRequests(sites, (offset) => editor.hover(offset + 2));
    await editor.close();
    return {
      openMs: open,
      editMs: median(edits),
      editWorkMs: Math.max(0, median(edits) - debounce),
      documentUpdateMs: documentUpdateMs(fixtureText, sites),
      fullEditMs: median(fullEdits),
      fullEditWorkMs: Math.max(0, median(fullEdits) - debounce),
      debounceMs: debounce,
      completionMs: median(completion.times),
      hoverMs: median(hover.times),
      completionItems: Math.min(...completion.sizes),
      hoverAnswered: hover.sizes.every((size) => size > 0),
      edits: edits.length,
    };
  } finally {
    await exited(child, EXIT_WAIT_MS);
    connection.dispose();
    child.kill();
  }
}

/**
 * What the server's document store (vscode-languageserver-textdocument) spends applying one of
 * the edits, timed here on the same text: part of every edit's latency, before our analysis.
 */
function documentUpdateMs(text, sites) {
  const document = TextDocument.create(URI, 'json', 1, text);
  const times = [];

  for (const [index, site] of sites.entries()) {
    const position = document.positionAt(site + STATE_KEY.length);
    const range = { start: position, end: position };
    const started = performance.now();
    TextDocument.update(document, [{ range, text: 'x' }], index + 2);
    document.getText().charCodeAt(0);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Resolves when the child has exited, or after `ms` at the latest. */
function exited(child, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The client side: keeps the text in step with the server and waits for its diagnostics. */
class Editor {
  constructor(connection, text, LineMap) {
    this.connection = connection;
    this.text = text;
    this.LineMap = LineMap;
    this.lines = new LineMap(text);
    this.version = 1;
    this.waiting = new Map();
    connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
      this.waiting.get(params.version)?.(params);
    });
    connection.onRequest(protocol.ConfigurationRequest.type, (params) =>
      params.items.map(() => null));
  }

  async initialize() {
    const capabilities = {
      textDocument: {
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown'] },
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
      },
      workspace: { configuration: true },
    };
    await this.connection.sendRequest(protocol.InitializeRequest.type,
      { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
    await this.connection.sendNotification(protocol.InitializedNotification.type, {});
  }

  /** Milliseconds from didOpen to the first diagnostics: the debounce and a full validation. */
  async open() {
    const started = performance.now();
    const published = this.diagnosticsOf(this.version);
    await this.connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
      textDocument: { uri: URI, languageId: 'json', version: this.version, text: this.text },
    });
    await published;
    return performance.now() - started;
  }

  /** Replaces one character at `offset` (or the one inserted before) and times the answer. */
  async editAndWait(offset, replacement) {
    const removed = replacement === '' ? 1 : 0;
    const start = this.lines.positionAt(offset);
    const range = { start, end: this.lines.positionAt(offset + removed) };
    const change = { start: offset, oldEnd: offset + removed, newEnd: offset + replacement.length };
    this.text = this.text.slice(0, offset) + replacement + this.text.slice(offset + removed);
    this.lines = this.LineMap.afterEdit(this.lines, this.text, change);
    this.version++;

    const started = performance.now();
    const published = this.diagnosticsOf(this.version);
    await this.connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: this.version },
      contentChanges: [{ range, text: replacement }],
    });
    await published;
    return performance.now() - started;
  }

  completion(offset) {
    return this.connection.sendRequest(protocol.CompletionRequest.type, {
      textDocument: { uri: URI },
      position: this.lines.positionAt(offset),
    }).then((list) => list?.items.length ?? 0);
  }

  hover(offset) {
    return this.connection.sendRequest(protocol.HoverRequest.type, {
      textDocument: { uri: URI },
      position: this.lines.positionAt(offset),
    }).then((hover) => (hover ? 1 : 0));
  }

  /** Each request three times per site; the first round warms up and is not kept. */
  async timeRequests(sites, request) {
    const times = [];
    const sizes = [];
    for (let round = 0; round < 3; round++) {
      for (const site of sites) {
        const started = performance.now();
        const size = await request(site);
        if (round > 0) {
          times.push(performance.now() - started);
          sizes.push(size);
        }
      }
    }
    return { times, sizes };
  }

  diagnosticsOf(version) {
    return new Promise((resolve) => {
      this.waiting.set(version, (params) => {
        this.waiting.delete(version);
        resolve(params);
      });
    });
  }

  async close() {
    await this.connection.sendRequest(protocol.ShutdownRequest.type);
    await this.connection.sendNotification(protocol.ExitNotification.type);
  }
}
