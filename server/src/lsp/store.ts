/**
 * Open documents' settings and analyses, and their validation: debounced per document, with
 * results dropped when a newer version or newer settings arrived while they were made.
 */
import { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalysisOptions,
  analyzeIncrementally,
  DocumentAnalysis,
  DocumentLanguage,
  LineMap,
} from '../core';
import { isAssociated, WorkspaceFolders } from './associations';
import { ClientFeatures } from './capabilities';
import { ChangeLog } from './changes';
import { toDiagnostic } from './convert';
import { ServerLog } from './log';
import {
  editorSeverities,
  maxDocumentLength,
  readSettings,
  ServerSettings,
  SETTINGS_SECTION,
} from './settings';

/** The settings that apply to one document, with its association already decided. */
export interface DocumentSettings extends ServerSettings {
  readonly associated: boolean;
}

/** One analysed version of a document: completion and hover answer from it, never re-parsing. */
export interface DocumentState {
  readonly version: number;
  readonly text: string;
  readonly lines: LineMap;
  readonly analysis: DocumentAnalysis;
  readonly settings: DocumentSettings;
  /** How `analysis` was made, so a request that needs more (fix-all) can analyse again. */
  readonly options: AnalysisOptions;
}

export interface StoreContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly changes: ChangeLog;
  readonly log: ServerLog;
  readonly folders: WorkspaceFolders;
  readonly features: () => ClientFeatures;
}

/** Long enough to let a burst of keystrokes settle, short enough to feel live. */
const VALIDATION_DELAY_MS = 150;

const SCHEMES = ['file:', 'untitled:'];
const LANGUAGES: readonly string[] = ['json', 'jsonc'];

export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  private readonly settings = new Map<string, Promise<DocumentSettings>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped when settings change, so validations that read older settings are dropped. */
  private generation = 0;
  /** Settings pushed by clients that cannot be asked for them. */
  private pushedSettings: unknown;

  constructor(private readonly context: StoreContext) {}

  /** The document is one of ours: JSON or JSONC, on disk or untitled. */
  isSupported(document: TextDocument): boolean {
    return (
      LANGUAGES.includes(document.languageId) &&
      SCHEMES.some((scheme) => document.uri.startsWith(scheme))
    );
  }

  settingsFor(uri: string): Promise<DocumentSettings> {
    let pending = this.settings.get(uri);
    if (pending === undefined) {
      pending = this.fetchSettings(uri);
      this.settings.set(uri, pending);
    }
    return pending;
  }

  /** The analysis of the document's current version under the settings, made at most once. */
  stateOf(document: TextDocument, settings: DocumentSettings): DocumentState {
    const text = document.getText();
    const cached = this.states.get(document.uri);
    // NOTE: the text is compared too (in O(1) while unchanged): a client may reuse a version.
    const same = cached?.version === document.version && cached.text === text;
    if (cached && same && cached.settings === settings) {
      return cached;
    }

    const options: AnalysisOptions = {
      language: document.languageId as DocumentLanguage,
      associated: settings.associated,
      severities: editorSeverities(settings),
      maxProblems: settings.maxProblems,
      maxLength: maxDocumentLength(settings),
    };
    // The previous version, if any, lets an edit re-analyse only what it touched.
    const change = this.context.changes.take(document.uri, cached?.version, document.version);
    const { analysis, lines } = analyzeIncrementally(cached, text, options, change);
    const state = { version: document.version, text, lines, analysis, settings, options };
    this.states.set(document.uri, state);
    return state;
  }

  /** Validates the document once its edits pause; a newer version cancels the pending run. */
  schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));

    const { uri, version } = document;
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.validate(uri, version);
    }, VALIDATION_DELAY_MS);
    this.timers.set(uri, timer);
  }

  /** Settings or folders changed: read settings again and validate every open document. */
  refreshAll(pushedSettings?: unknown): void {
    this.generation++;
    this.pushedSettings = pushedSettings ?? this.pushedSettings;
    this.settings.clear();

    for (const document of this.context.documents.all()) {
      this.schedule(document);
    }
  }

  /** The document closed: drop what is known of it and clear its diagnostics. */
  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.states.delete(uri);
    this.settings.delete(uri);
    this.context.changes.forget(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async validate(uri: string, version: number): Promise<void> {
    try {
      const generation = this.generation;
      const settings = await this.settingsFor(uri);
      const document = this.context.documents.get(uri);
      if (document?.version !== version || generation !== this.generation) {
        return;
      }

      const diagnostics =
        settings.enable && this.isSupported(document)
          ? this.diagnosticsOf(uri, this.stateOf(document, settings))
          : [];
      await this.context.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      this.context.log.failure('validation', error);
    }
  }

  private diagnosticsOf(uri: string, state: DocumentState) {
    const context = {
      uri,
      version: state.version,
      lines: state.lines,
      features: this.context.features(),
    };
    return state.analysis.problems.map((problem) => toDiagnostic(problem, context));
  }

  private async fetchSettings(uri: string): Promise<DocumentSettings> {
    const { connection, log, folders } = this.context;
    let raw = this.pushedSettings;
    if (this.context.features().pullConfiguration) {
      try {
        raw = await connection.workspace.getConfiguration({
          scopeUri: uri,
          section: SETTINGS_SECTION,
        });
      } catch (error) {
        log.warnOnce(
          `Could not read the "${SETTINGS_SECTION}" settings, using the defaults: ${String(error)}`,
        );
        raw = undefined;
      }
    }

    const { settings, problems } = readSettings(raw);
    problems.forEach((problem) => log.warnOnce(problem));
    const associated = isAssociated(
      folders.matchPathOf(uri),
      settings.associations,
      (pattern, reason) =>
        log.warnOnce(
          `Setting "${SETTINGS_SECTION}.associations": the pattern "${pattern}" is not a ` +
            `valid glob (${reason}); it is ignored.`,
        ),
    );
    return { ...settings, associated };
  }
}
