import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { AnalysisOptions, analyzeText, applySettings } from '../../server/src/core/analyze';
import { outlineDocument, SCAN_MIN_LENGTH } from '../../server/src/core/fastPath';
import { Payload } from '../../server/src/core/locate';
import { DocumentLanguage, parseDocument } from '../../server/src/core/parse';
import { OffsetRange, Problem } from '../../server/src/core/problems';
import { PayloadSpan } from '../../server/src/core/scan';
import { caseCount, mutatedCase, seedDocuments } from '../fuzz/mutations';
import { bigDocument, generatedDocument } from './fastpathCases';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const OPTION_SETS: readonly AnalysisOptions[] = [
  { language: 'json' },
  { language: 'json', associated: true },
  { language: 'jsonc', maxProblems: 3 },
  { language: 'jsonc', associated: true, severities: { 'wrong-type': 'off' } },
];

/** The fast path's problems under the options, or undefined when it declined the text. */
function fastProblems(text: string, options: AnalysisOptions): Problem[] | undefined {
  const outline = outlineDocument(text, options);
  return outline && applySettings(outline.found, options);
}

function spanOf(payload: Payload): PayloadSpan {
  const { object, type, typeMatch, associated } = payload;
  const span = { start: object.offset, end: object.offset + object.length, type, associated };
  return typeMatch ? { ...span, typeMatch } : span;
}

/** Checks that both paths agree on `text`, which must be short enough for the full path. */
function assertSamePaths(text: string, options: AnalysisOptions, label: string): void {
  const full = analyzeText(text, options);
  const outline = outlineDocument(text, options);

  assert.ok(text.length < SCAN_MIN_LENGTH && full.root !== undefined, label);
  assert.ok(outline, `${label}: the scan declined a valid document`);
  assert.deepEqual(applySettings(outline.found, options), full.problems, label);
  assert.deepEqual(outline.payloads, full.payloads.map(spanOf), label);
}

suite('when the fast path analyses a valid document', () => {
  test('should report exactly what the full-tree path reports on generated documents', () => {
    for (let seed = 0; seed < 600; seed++) {
      for (const options of OPTION_SETS) {
        const text = generatedDocument(seed, options.language === 'jsonc');
        assertSamePaths(text, options, `seed ${seed} ${JSON.stringify(options)}`);
      }
    }
  });

  test('should agree with the full-tree path on every valid bundled example', () => {
    const files = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.jsonc?$/.test(name));
    let compared = 0;

    for (const name of files) {
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      const language: DocumentLanguage = name.endsWith('.jsonc') ? 'jsonc' : 'json';
      for (const associated of [false, true]) {
        if (parseDocument(text, language).syntaxIssues.length === 0) {
          assertSamePaths(text, { language, associated }, `${name} associated=${associated}`);
          compared++;
        }
      }
    }
    assert.ok(compared >= 8, `only ${compared} examples were compared`);
  });

  test('should accept only what parses cleanly, and then agree, on mutated documents', () => {
    const seeds = seedDocuments();
    const count = Math.min(caseCount(), 6000);
    let accepted = 0;

    for (let index = 0; index < count; index++) {
      const text = mutatedCase(index, seeds);
      const options: AnalysisOptions = { language: index % 2 === 0 ? 'json' : 'jsonc' };
      const problems = fastProblems(text, options);
      if (problems === undefined) {
        continue;
      }

      accepted++;
      assert.deepEqual(parseDocument(text, options.language).syntaxIssues, [], `case ${index}`);
      assert.deepEqual(problems, analyzeText(text, options).problems, `case ${index}`);
    }
    assert.ok(accepted > count / 20, `only ${accepted} of ${count} mutated cases were valid`);
  });

  test('should be used for a big document, and find what each of its parts has', () => {
    const big = bigDocument(7, SCAN_MIN_LENGTH + 1000);
    const analysis = analyzeText(big.text, { language: 'json', maxProblems: 100000 });
    const expected = big.parts.flatMap((part) =>
      shifted(analyzeText(part.text, { language: 'json' }).problems, part.start));

    assert.equal(analysis.root, undefined);
    assert.ok(analysis.outline);
    assert.ok(expected.length > 100, `only ${expected.length} problems`);
    assert.deepEqual(analysis.problems, expected);
  });
});

function shifted(problems: readonly Problem[], by: number): Problem[] {
  const move = (range: OffsetRange) => ({ start: range.start + by, end: range.end + by });

  return problems.map((problem) => ({
    ...problem,
    range: move(problem.range),
    ...(problem.related
      ? { related: problem.related.map((item) => ({ ...item, range: move(item.range) })) }
      : {}),
    ...(problem.fix ? { fix: { ...problem.fix, range: move(problem.fix.range) } } : {}),
  }));
}

suite('when the text is not strict JSON, or too deep', () => {
  const invalid: readonly [string, DocumentLanguage][] = [
    ['', 'json'], ['   ', 'json'], ['[1,]', 'json'], ['{"a":1,}', 'jsonc'], ['{"a" 1}', 'json'],
    ['{"a":}', 'json'], ['[01]', 'json'], ['[-]', 'json'], ['[.5]', 'json'], ['[1.]', 'json'],
    ['[1e]', 'json'], ['[1e+]', 'json'], ['["\\x"]', 'json'], ['["\\u12"]', 'json'],
    ['["a\nb"]', 'json'], ['["a\tb"]', 'json'], ['["a\u0001"]', 'json'], ['["open]', 'json'],
    ['[tru]', 'json'], ['[truex]', 'json'], ['[nul]', 'json'], ['{a:1}', 'json'],
    ["['a']", 'json'], ['[1] [2]', 'json'], ['[1]]', 'json'], ['[1', 'json'], ['{"a":1', 'json'],
    ['[1] // c', 'json'], ['/* c */ [1]', 'json'], ['[1 /* open', 'jsonc'], ['[1 / 2]', 'jsonc'],
    ['[1]\ufeff', 'json'], ['[1,\u000b2]', 'json'], ['[\u00a01]', 'json'], ['[NaN]', 'json'],
    ['{"a":1}{}', 'json'], ['[1}', 'json'], ['{"a":1]', 'json'], ['{,}', 'json'],
  ];

  test('should decline every text the full-tree path finds a syntax error in', () => {
    for (const [text, language] of invalid) {
      assert.ok(parseDocument(text, language).syntaxIssues.length > 0, `${JSON.stringify(text)}`);
      assert.equal(outlineDocument(text, { language }), undefined, JSON.stringify(text));
    }
  });

  test('should accept comments in JSONC, a leading byte order mark and any JSON number', () => {
    const accepted: readonly [string, DocumentLanguage][] = [
      ['// c\n[1, /* d */ 2] // e', 'jsonc'], ['\ufeff[1]', 'json'],
      ['[-0, 0.5, 1E+2, -1e-9]', 'json'], ['["\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"]', 'json'],
      ['{"": {}, "a": []}', 'json'], ['5', 'json'],
      ['"\ud800"', 'json'], ['[1]\r\n', 'json'], ['/**/[1]//', 'jsonc'],
    ];

    for (const [text, language] of accepted) {
      assert.deepEqual(parseDocument(text, language).syntaxIssues, [], JSON.stringify(text));
      assert.ok(outlineDocument(text, { language }), JSON.stringify(text));
    }
  });

  test('should leave nesting deeper than the limit to the full path', () => {
    const text = `${'['.repeat(20)}${']'.repeat(20)}`;

    assert.equal(outlineDocument(text, { language: 'json', maxDepth: 19 }), undefined);
    assert.ok(outlineDocument(text, { language: 'json', maxDepth: 20 }));
    assert.equal(outlineDocument(`${'['.repeat(300)}${']'.repeat(300)}`, { language: 'json' }),
      undefined);
  });
});

suite('when a document is longer than the size limit', () => {
  test('should give one information note at the start instead of checking it', () => {
    const member = '{"@odata.type": "#graph.vppTokenActionResult", "actionState": 4},';
    const text = `[${member.repeat(5)}1]`;
    const analysis = analyzeText(text, { language: 'json', maxLength: 100 });

    assert.equal(analysis.root, undefined);
    assert.deepEqual(analysis.payloads, []);
    assert.deepEqual(analysis.problems, [{
      code: 'document-too-large',
      severity: 'information',
      message: `The document has ${text.length} characters, more than the limit of 100, so it`
        + ' is not checked. Raise the document size limit to check it.',
      range: { start: 0, end: 0 },
    }]);
  });

  test('should check a document exactly at the limit, and drop the note when turned off', () => {
    const text = '{"@odata.type": "#graph.vppTokenActionResult", "actionState": 4}';

    assert.deepEqual(analyzeText(text, { language: 'json', maxLength: text.length }).problems
      .map((problem) => problem.code), ['wrong-type']);
    assert.deepEqual(analyzeText(text, {
      language: 'json',
      maxLength: 10,
      severities: { 'document-too-large': 'off' },
    }).problems, []);
  });
});
