// The contenders the benchmark times on the same text, and how each one's findings are scored
// against the injected mistakes: by exact range for ours, by start offset for VS Code's JSON
// service (its codes differ), and by JSON pointer for ajv (it gives no positions).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jsonc = require('jsonc-parser');
const jsonService = require('vscode-json-languageservice');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const SCANNER_EOF = 17;
const DOCUMENT_URI = 'file:///bench/fixture.json';

/**
 * The best schema a user can give these tools for Graph documents: the exported definitions,
 * applied to every object at any depth whose `@odata.type` names one of our types (the
 * exported root schema describes an associated file, where payloads sit at the root).
 */
export function documentSchema(measured) {
  const exported = measured.buildJsonSchema();
  const definitions = exported.definitions;
  const typeNames = Object.values(definitions)
    .map((definition) => definition.properties?.['@odata.type'])
    .filter((schema) => schema !== undefined);

  return {
    $schema: exported.$schema,
    definitions: {
      ...definitions,
      anywhere: {
        if: {
          type: 'object',
          required: ['@odata.type'],
          properties: { '@odata.type': { anyOf: typeNames } },
        },
        then: { $ref: '#/definitions/payload' },
        else: {
          if: { type: 'object' },
          then: { additionalProperties: { $ref: '#/definitions/anywhere' } },
          else: { if: { type: 'array' }, then: { items: { $ref: '#/definitions/anywhere' } } },
        },
      },
    },
    $ref: '#/definitions/anywhere',
  };
}

/** Each contender: `prepare()` once, then `run(text)` is timed; `score` reads one result. */
export function createContenders(measured) {
  const schema = documentSchema(measured);
  const service = jsonService.getLanguageService({});
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  return [
    { name: 'jsonc-parser parseTree', key: 'parseTree', run: (text) => jsonc.parseTree(text) },
    { name: 'jsonc-parser scanner', key: 'scanner', run: scanOnly },
    { name: 'JSON.parse', key: 'jsonParse', run: (text) => JSON.parse(text) },
    {
      name: 'vscode-json-languageservice',
      key: 'jsonService',
      run: (text) => validateWithService(service, schema, text),
      score: scoreByOffset,
    },
    {
      name: 'ajv + ajv-formats',
      key: 'ajv',
      run: (text) => (validate(JSON.parse(text)) ? [] : validate.errors),
      score: scoreByPointer,
    },
    {
      name: 'vpp-lint core',
      key: 'ours',
      run: (text) => measured.analyzeText(text, {
        language: 'json',
        maxProblems: Number.MAX_SAFE_INTEGER,
      }),
      score: scoreByRange,
    },
  ];
}

function scanOnly(text) {
  const scanner = jsonc.createScanner(text, false);
  let tokens = 0;

  while (scanner.scan() !== SCANNER_EOF) {
    tokens++;
  }
  return tokens;
}

async function validateWithService(service, schema, text) {
  const document = jsonService.TextDocument.create(DOCUMENT_URI, 'json', 1, text);
  const parsed = service.parseJSONDocument(document);
  const diagnostics = await service.doValidation(document, parsed, undefined, schema);

  return { document, diagnostics };
}

/** How many mistakes a contender found where they are, and how many reports were elsewhere. */
function tally(mistakes, isFound, reportKeys, mistakeKey) {
  const expected = new Set(mistakes.map(mistakeKey));
  const found = mistakes.filter(isFound).length;
  const elsewhere = reportKeys.filter((key) => !expected.has(key)).length;

  return { found, elsewhere };
}

function scoreByRange(analysis, mistakes) {
  const reported = new Set(analysis.problems.map((problem) =>
    `${problem.code}@${problem.range.start}-${problem.range.end}`));
  const starts = analysis.problems.map((problem) => problem.range.start);

  const isFound = (mistake) => reported.has(`${mistake.code}@${mistake.start}-${mistake.end}`);
  return tally(mistakes, isFound, starts, (mistake) => mistake.start);
}

function scoreByOffset({ document, diagnostics }, mistakes) {
  const starts = diagnostics.map((diagnostic) => document.offsetAt(diagnostic.range.start));
  const reported = new Set(starts);

  return tally(mistakes, (mistake) => reported.has(mistake.start), starts,
    (mistake) => mistake.start);
}

function scoreByPointer(errors, mistakes) {
  const places = errors.map((error) => error.keyword === 'additionalProperties'
    ? `${error.instancePath} ${error.params.additionalProperty}` : error.instancePath);
  const reported = new Set(places);
  const placeOf = (mistake) => (mistake.on === 'key' ? `${mistake.pointer} ${mistake.key}`
    : mistake.pointer);

  return tally(mistakes, (mistake) => reported.has(placeOf(mistake)), places, placeOf);
}
