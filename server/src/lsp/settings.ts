/** The `vppLint` settings: read from the client, checked, and turned into analysis options. */
import {
  DEFAULT_MAX_PROBLEMS,
  isProblemCode,
  ProblemCode,
  SEVERITY_SETTINGS,
  SeveritySetting,
} from '../core';

export const SETTINGS_SECTION = 'vppLint';

export interface ServerSettings {
  readonly enable: boolean;
  readonly associations: readonly string[];
  readonly severity: Readonly<Partial<Record<ProblemCode, SeveritySetting>>>;
  readonly reportSyntaxErrors: boolean;
  readonly maxProblems: number;
  /** Longer documents are not checked, in millions of characters: one note says so instead. */
  readonly maxDocumentSize: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  associations: [],
  severity: {},
  reportSyntaxErrors: false,
  maxProblems: DEFAULT_MAX_PROBLEMS,
  maxDocumentSize: 64,
};

/** The largest cap accepted, so a typo of many digits cannot flood the editor. */
const MAX_PROBLEMS_LIMIT = 100_000;

/** V8 holds strings of up to about 536 million characters: no document can be longer. */
const MAX_DOCUMENT_SIZE_LIMIT = 536;

const CHARACTERS_PER_MILLION = 1_000_000;

export interface SettingsReading {
  readonly settings: ServerSettings;
  /** What was wrong with the raw settings; each part that was wrong keeps its default. */
  readonly problems: readonly string[];
}

/** Reads the raw `vppLint` section: anything missing or malformed falls back to its default. */
export function readSettings(raw: unknown): SettingsReading {
  const problems: string[] = [];
  if (raw === undefined || raw === null) {
    return { settings: DEFAULT_SETTINGS, problems };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`Setting "${SETTINGS_SECTION}" must be an object; using the defaults.`);
    return { settings: DEFAULT_SETTINGS, problems };
  }

  const section = raw as Record<string, unknown>;
  const settings: ServerSettings = {
    enable: readBoolean(section, 'enable', problems),
    associations: readAssociations(section.associations, problems),
    severity: readSeverities(section.severity, problems),
    reportSyntaxErrors: readBoolean(section, 'reportSyntaxErrors', problems),
    maxProblems: readWholeNumber(section, 'maxProblems', MAX_PROBLEMS_LIMIT, problems),
    maxDocumentSize: readWholeNumber(section, 'maxDocumentSize', MAX_DOCUMENT_SIZE_LIMIT,
      problems),
  };
  return { settings, problems };
}

/**
 * The severities the editor uses: the user's, except that syntax errors are only published
 * when asked for, and duplicate keys are off unless set, since VS Code's JSON support already
 * reports both.
 */
export function editorSeverities(
  settings: ServerSettings,
): Partial<Record<ProblemCode, SeveritySetting>> {
  return {
    'duplicate-key': 'off',
    ...settings.severity,
    ...(settings.reportSyntaxErrors ? {} : { 'syntax-error': 'off' }),
  };
}

function readBoolean(
  section: Record<string, unknown>,
  name: 'enable' | 'reportSyntaxErrors',
  problems: string[],
): boolean {
  const value = section[name];
  if (value === undefined || typeof value === 'boolean') {
    return value ?? DEFAULT_SETTINGS[name];
  }

  problems.push(
    `Setting "${SETTINGS_SECTION}.${name}" must be true or false, not ${show(value)}; ` +
      `using ${DEFAULT_SETTINGS[name]}.`,
  );
  return DEFAULT_SETTINGS[name];
}

function readAssociations(value: unknown, problems: string[]): string[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push(
      `Setting "${SETTINGS_SECTION}.associations" must be a list of glob patterns, ` +
        `not ${show(value)}; no file is associated.`,
    );
    return [];
  }

  const patterns: string[] = [];
  for (const entry of value) {
    if (typeof entry === 'string' && entry.trim() !== '') {
      patterns.push(entry);
    } else {
      problems.push(
        `Setting "${SETTINGS_SECTION}.associations" holds ${show(entry)}, which is not ` +
          'a glob pattern; it is ignored.',
      );
    }
  }
  return patterns;
}

function readSeverities(
  value: unknown,
  problems: string[],
): Partial<Record<ProblemCode, SeveritySetting>> {
  if (value === undefined) {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(
      `Setting "${SETTINGS_SECTION}.severity" must map problem codes to severities, ` +
        `not ${show(value)}; the default severities apply.`,
    );
    return {};
  }

  const severities: Partial<Record<ProblemCode, SeveritySetting>> = {};
  for (const [code, level] of Object.entries(value)) {
    if (!isProblemCode(code)) {
      problems.push(
        `Setting "${SETTINGS_SECTION}.severity" names ${show(code)}, which is not a ` +
          'problem code; it is ignored.',
      );
    } else if (!SEVERITY_SETTINGS.includes(level as SeveritySetting)) {
      problems.push(
        `Setting "${SETTINGS_SECTION}.severity" gives "${code}" the level ${show(level)}; ` +
          `allowed: ${SEVERITY_SETTINGS.join(', ')}. The default applies.`,
      );
    } else {
      severities[code] = level as SeveritySetting;
    }
  }
  return severities;
}

function readWholeNumber(
  section: Record<string, unknown>,
  name: 'maxProblems' | 'maxDocumentSize',
  limit: number,
  problems: string[],
): number {
  const value = section[name];
  if (value === undefined) {
    return DEFAULT_SETTINGS[name];
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= limit) {
    return value;
  }

  problems.push(
    `Setting "${SETTINGS_SECTION}.${name}" must be a whole number from 1 to ` +
      `${limit}, not ${show(value)}; using ${DEFAULT_SETTINGS[name]}.`,
  );
  return DEFAULT_SETTINGS[name];
}

/** The longest text the settings let the analysis check, in characters. */
export function maxDocumentLength(settings: ServerSettings): number {
  return settings.maxDocumentSize * CHARACTERS_PER_MILLION;
}

/** A raw value as it appears in a settings file, cut short. */
function show(value: unknown): string {
  const written = JSON.stringify(value) ?? String(value);
  return written.length > 40 ? `${written.slice(0, 39)}…` : written;
}
