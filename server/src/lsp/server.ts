/** The language server: one connection, its documents, and a guarded handler per request. */
import {
  CompletionList,
  Connection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  Position,
  TextDocuments,
} from 'vscode-languageserver/node';
import { completionsAt, hoverAt } from '../features';
import { codeActionsFor } from './actions';
import { WorkspaceFolders } from './associations';
import {
  ClientFeatures,
  initialFolders,
  readClientFeatures,
  serverCapabilities,
} from './capabilities';
import { ChangeLog } from './changes';
import { toCompletionItem, toHover } from './convert';
import { guarded, ServerLog } from './log';
import { SETTINGS_SECTION } from './settings';
import { DocumentState, DocumentStore } from './store';

export const SERVER_NAME = 'vpp-lint language server';

/** How long a request waits for the client to answer a settings request. */
const SETTINGS_WAIT_MS = 5000;

export function startServer(connection: Connection): void {
  const log = new ServerLog(connection.console);
  const changes = new ChangeLog();
  const documents = new TextDocuments(changes.configuration());
  const folders = new WorkspaceFolders();
  let features: ClientFeatures = readClientFeatures({});
  const store = new DocumentStore({
    connection,
    documents,
    changes,
    log,
    folders,
    features: () => features,
  });

  /**
   * The current analysis of an open, enabled document of ours, or undefined; undefined too while
   * the client has not answered for the document's settings, so no request waits on it forever.
   */
  const stateFor = async (uri: string): Promise<DocumentState | undefined> => {
    const document = documents.get(uri);
    if (document === undefined || !store.isSupported(document)) {
      return undefined;
    }
    const settings = await answeredWithin(store.settingsFor(uri), SETTINGS_WAIT_MS);
    if (settings === undefined) {
      log.warnOnce(`The client did not send the settings of ${uri} within ${SETTINGS_WAIT_MS} ms.`);
      return undefined;
    }

    const current = documents.get(uri);
    return settings.enable && current ? store.stateOf(current, settings) : undefined;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    features = readClientFeatures(params.capabilities ?? {});
    folders.set(initialFolders(params));
    return { capabilities: serverCapabilities(features), serverInfo: { name: SERVER_NAME } };
  });

  connection.onInitialized(
    guarded(log, 'initialized', undefined, async () => {
      if (features.configurationRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, {
          section: SETTINGS_SECTION,
        });
      }
      if (features.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guarded(log, 'workspace folders', undefined, async () => {
            folders.set(
              ((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri),
            );
            store.refreshAll();
          }),
        );
      }
      log.info(`${SERVER_NAME} is ready.`);
    }),
  );

  connection.onDidChangeConfiguration(
    guarded(log, 'configuration change', undefined, (params) => {
      const pushed = (params.settings as Record<string, unknown> | null | undefined)?.[
        SETTINGS_SECTION
      ];
      store.refreshAll(pushed);
    }),
  );

  documents.onDidChangeContent((change) => store.schedule(change.document));
  documents.onDidClose((event) => store.forget(event.document.uri));

  connection.onCompletion(
    guarded(log, 'completion', null, async (params, token) => {
      const state = await stateFor(params.textDocument.uri);
      if (state === undefined || token.isCancellationRequested) {
        return null;
      }

      const offset = offsetOf(state, params.position);
      const entries = completionsAt(state.text, state.analysis, offset, {
        snippets: features.snippets,
        associated: state.settings.associated,
      });
      const items = entries.map((entry) => toCompletionItem(entry, state.lines, features));
      return CompletionList.create(items, false);
    }),
  );

  connection.onHover(
    guarded(log, 'hover', null, async (params, token) => {
      const state = await stateFor(params.textDocument.uri);
      if (state === undefined || token.isCancellationRequested) {
        return null;
      }

      const result = hoverAt(state.text, state.analysis, offsetOf(state, params.position));
      return result ? toHover(result, state.lines, features) : null;
    }),
  );

  connection.onCodeAction(
    guarded(log, 'code actions', [], async (params, token) => {
      const state = await stateFor(params.textDocument.uri);
      if (state === undefined || token.isCancellationRequested) {
        return [];
      }
      return codeActionsFor(params, state, features);
    }),
  );

  documents.listen(connection);
}

/** The offset of a request's position; a malformed one fails the request instead of guessing. */
function offsetOf(state: DocumentState, position: Position): number {
  const valid =
    typeof position === 'object' &&
    position !== null &&
    Number.isSafeInteger(position.line) &&
    Number.isSafeInteger(position.character);
  if (!valid) {
    throw new Error(`The position ${JSON.stringify(position)} is not a position.`);
  }
  return state.lines.offsetAt(position);
}

/** The promise's value, or undefined once `limitMs` passed without one. */
async function answeredWithin<T>(promise: Promise<T>, limitMs: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), limitMs);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
