/** What the client can do, read once from `initialize`, and what the server offers back. */
import {
  ClientCapabilities,
  CodeActionKind,
  InitializeParams,
  InsertTextMode,
  MarkupKind,
  ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';

export interface ClientFeatures {
  readonly pullConfiguration: boolean;
  readonly configurationRegistration: boolean;
  readonly workspaceFolders: boolean;
  readonly snippets: boolean;
  readonly insertReplace: boolean;
  readonly adjustIndentation: boolean;
  readonly completionMarkdown: boolean;
  readonly hoverMarkdown: boolean;
  readonly relatedInformation: boolean;
  readonly codeActionLiterals: boolean;
  readonly versionedEdits: boolean;
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vpp-lint`;

export function readClientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  const completionItem = capabilities.textDocument?.completion?.completionItem;

  return {
    pullConfiguration: capabilities.workspace?.configuration === true,
    configurationRegistration:
      capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
    snippets: completionItem?.snippetSupport === true,
    insertReplace: completionItem?.insertReplaceSupport === true,
    adjustIndentation: listHas(
      completionItem?.insertTextModeSupport?.valueSet,
      InsertTextMode.adjustIndentation,
    ),
    completionMarkdown: listHas(completionItem?.documentationFormat, MarkupKind.Markdown),
    hoverMarkdown: listHas(capabilities.textDocument?.hover?.contentFormat, MarkupKind.Markdown),
    relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation === true,
    codeActionLiterals:
      capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
    versionedEdits: capabilities.workspace?.workspaceEdit?.documentChanges === true,
  };
}

export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: ['"', ':'], resolveProvider: false },
    hoverProvider: true,
    ...(features.codeActionLiterals
      ? { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } }
      : {}),
    ...(features.workspaceFolders
      ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }
      : {}),
  };
}

/** The workspace folder URIs of `initialize`, or its root URI for older clients. */
export function initialFolders(params: InitializeParams): string[] {
  if (params.workspaceFolders) {
    return params.workspaceFolders.map((folder) => folder.uri);
  }
  return params.rootUri ? [params.rootUri] : [];
}

/** Membership in a list from the client, which a faulty client may send as something else. */
function listHas(list: unknown, value: unknown): boolean {
  return Array.isArray(list) && list.includes(value);
}
