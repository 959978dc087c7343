import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { DocumentAnalysis } from '../../server/src/core';
import { CompletionOptions, completionsAt, toMarkdown } from '../../server/src/features';
import { acceptCompletion, cursorDocument } from './cursor';

const DERIVED = '#microsoft.graph.vppTokenRevokeLicensesActionResult';
const BASE = '#microsoft.graph.vppTokenActionResult';
const TYPED = `"@odata.type": "${DERIVED}"`;
const STATES = ['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported'];
const REASONS = [
  'none',
  'appleFailure',
  'internalError',
  'expiredVppToken',
  'expiredApplePushNotificationCertificate',
];
const ALL_PROPERTIES = [
  'actionName',
  'actionState',
  'startDateTime',
  'lastUpdatedDateTime',
  'totalLicensesCount',
  'failedLicensesCount',
  'actionFailureReason',
];
const SNIPPETS: CompletionOptions = { snippets: true, associated: false };
/** A whole payload as accepting the payload snippet with every default writes it. */
const WHOLE_PAYLOAD = [
  '{',
  `\t"@odata.type": "${DERIVED}",`,
  '\t"actionName": "",',
  '\t"actionState": "pending",',
  '\t"startDateTime": "2024-01-01T00:00:00Z",',
  '\t"lastUpdatedDateTime": "2024-01-01T00:00:00Z",',
  '\t"totalLicensesCount": 0,',
  '\t"failedLicensesCount": 0,',
  '\t"actionFailureReason": "none"',
  '}',
].join('\n');

function complete(source: string, options: CompletionOptions = SNIPPETS, associated = false) {
  const document = cursorDocument(source, { associated });
  const entries = completionsAt(document.text, document.analysis, document.offset, options);
  return { ...document, entries };
}

/** The text after accepting the entry with the given label. */
function accepted(source: string, label: string, mode: 'replace' | 'insert' = 'replace'): string {
  const { text, entries } = complete(source);
  const entry = entries.find((candidate) => candidate.label === label);
  assert.ok(entry, `no entry "${label}" among ${entries.map((item) => item.label).join(', ')}`);
  return acceptCompletion(text, entry, mode);
}

suite('when completing the value of an enum property', () => {
  test('should list every member in declared order with its meaning and value', () => {
    const { entries } = complete(`{${TYPED}, "actionState": "|"}`);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      STATES,
    );
    assert.deepEqual(
      entries.map((entry) => entry.sortText),
      ['001', '002', '003', '004', '005', '006', '007'],
    );
    assert.equal(entries[4].kind, 'enumMember');
    assert.equal(entries[4].detail, 'actionState = 4');
    assert.equal(
      toMarkdown(entries[4].documentation),
      '**done** = 4, a member of `actionState`\n\nThe action finished without errors\\.',
    );
  });

  test('should list the failure reasons for actionFailureReason', () => {
    const { entries } = complete(`{${TYPED}, "actionFailureReason": "|"}`);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      REASONS,
    );
    assert.equal(entries[3].detail, 'vppTokenActionFailureReason = 3');
  });

  test('should fill an empty string without doubling a quote', () => {
    assert.equal(
      accepted(`{${TYPED}, "actionState": "|"}`, 'done'),
      `{${TYPED}, "actionState": "done"}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "actionState": "|"}`, 'done', 'insert'),
      `{${TYPED}, "actionState": "done"}`,
    );
  });

  test('should replace a partly typed string and keep its closing quote', () => {
    const { entries, text } = complete(`{${TYPED}, "actionState": "do|"}`);
    const start = text.indexOf('"do"') + 1;

    assert.deepEqual(entries[4].insert, { start, end: start + 2 });
    assert.deepEqual(entries[4].replace, { start, end: start + 2 });
    assert.equal(acceptCompletion(text, entries[4]), `{${TYPED}, "actionState": "done"}`);
  });

  test('should replace the rest of the word in replace mode and keep it in insert mode', () => {
    assert.equal(
      accepted(`{${TYPED}, "actionState": "do|ne"}`, 'failed'),
      `{${TYPED}, "actionState": "failed"}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "actionState": "do|ne"}`, 'failed', 'insert'),
      `{${TYPED}, "actionState": "failedne"}`,
    );
  });

  test('should close a string that has no closing quote without eating what follows', () => {
    assert.equal(
      accepted(`{${TYPED}, "actionState": "do|`, 'done'),
      `{${TYPED}, "actionState": "done"`,
    );
    assert.equal(
      accepted(`{${TYPED}, "actionState": "do| }`, 'done'),
      `{${TYPED}, "actionState": "done" }`,
    );
  });

  test('should write a quoted member right after the colon, with or without a space', () => {
    assert.equal(
      accepted(`{${TYPED}, "actionState":|}`, 'pending'),
      `{${TYPED}, "actionState": "pending"}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "actionState": |}`, 'pending'),
      `{${TYPED}, "actionState": "pending"}`,
    );
    assert.equal(
      accepted(`{\n  ${TYPED},\n  "actionState": |\n}`, 'active'),
      `{\n  ${TYPED},\n  "actionState": "active"\n}`,
    );
  });

  test('should add the comma when the next member follows on a later line', () => {
    assert.equal(
      accepted(`{${TYPED},\n"actionState": |\n"totalLicensesCount": 1}`, 'done'),
      `{${TYPED},\n"actionState": "done",\n"totalLicensesCount": 1}`,
    );
  });

  test('should replace a bare word, a number or a literal in the value position', () => {
    assert.equal(
      accepted(`{${TYPED}, "actionState": do|}`, 'done'),
      `{${TYPED}, "actionState": "done"}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "actionState": 4|}`, 'done'),
      `{${TYPED}, "actionState": "done"}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "actionState": null|}`, 'failed'),
      `{${TYPED}, "actionState": "failed"}`,
    );
  });

  test('should filter a number by member value and keep every member for a literal', () => {
    const number = complete(`{${TYPED}, "actionState": 4|}`).entries;
    const literal = complete(`{${TYPED}, "actionState": null|}`).entries;

    assert.deepEqual(
      number.map((entry) => entry.filterText),
      ['0', '1', '2', '3', '4', '5', '6'],
    );
    assert.deepEqual(
      literal.map((entry) => entry.filterText),
      STATES.map(() => 'null'),
    );
  });

  test('should offer nothing after a finished string value', () => {
    assert.deepEqual(complete(`{${TYPED}, "actionState": "done"|}`).entries, []);
  });

  test('should offer nothing in the value of a property that is not an enum', () => {
    assert.deepEqual(complete(`{${TYPED}, "actionName": "|"}`).entries, []);
    assert.deepEqual(complete(`{${TYPED}, "totalLicensesCount": |}`).entries, []);
  });
});

suite('when completing a key in a payload', () => {
  test('should offer the declared properties not yet present, in declared order', () => {
    const { entries } = complete(`{${TYPED}, "actionState": "done", |}`);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      ALL_PROPERTIES.filter((name) => name !== 'actionState'),
    );
    assert.equal(entries[0].kind, 'property');
    assert.equal(entries[0].detail, 'Edm.String');
  });

  test('should offer only the base type properties in a base type payload', () => {
    const { entries } = complete(`{"@odata.type": "${BASE}", |}`);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      ALL_PROPERTIES.slice(0, 4),
    );
  });

  test('should write a value snippet that fits each type', () => {
    const { entries } = complete(`{${TYPED}, |}`);

    assert.deepEqual(
      entries.map((entry) => entry.newText),
      [
        '"actionName": "${1}"',
        '"actionState": "${1|pending,none,canceled,active,done,failed,notSupported|}"',
        '"startDateTime": "${1:2024-01-01T00:00:00Z}"',
        '"lastUpdatedDateTime": "${1:2024-01-01T00:00:00Z}"',
        '"totalLicensesCount": ${1:0}',
        '"failedLicensesCount": ${1:0}',
        '"actionFailureReason": "${1|none,appleFailure,internalError,expiredVppToken,' +
          'expiredApplePushNotificationCertificate|}"',
      ],
    );
    assert.ok(entries.every((entry) => entry.snippet));
  });

  test('should write plain default values for a client without snippets', () => {
    const { entries, text } = complete(`{${TYPED}, |}`, { snippets: false, associated: false });

    assert.equal(entries[1].newText, '"actionState": "pending"');
    assert.equal(entries[1].snippet, false);
    assert.equal(acceptCompletion(text, entries[4]), `{${TYPED}, "totalLicensesCount": 0}`);
  });

  test('should complete a key typed in quotes and add the colon and value', () => {
    assert.equal(
      accepted(`{${TYPED}, "tot|"}`, 'totalLicensesCount'),
      `{${TYPED}, "totalLicensesCount": 0}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "|"}`, 'actionState'),
      `{${TYPED}, "actionState": "pending"}`,
    );
  });

  test('should write only the name when a colon already follows', () => {
    const { entries, text } = complete(`{${TYPED}, "tot|": 5}`);
    const total = entries.find((entry) => entry.label === 'totalLicensesCount');

    assert.equal(total?.newText, 'totalLicensesCount');
    assert.equal(total?.snippet, false);
    assert.equal(total && acceptCompletion(text, total), `{${TYPED}, "totalLicensesCount": 5}`);
    assert.equal(
      accepted(`{${TYPED}, "tot|: 5 }`, 'totalLicensesCount'),
      `{${TYPED}, "totalLicensesCount": 5 }`,
    );
  });

  test('should not count the key being edited as present', () => {
    const { entries } = complete(`{${TYPED}, "actionSt|ate": "done"}`);

    assert.ok(entries.some((entry) => entry.label === 'actionState'));
  });

  test('should see the members after a key typed without its colon', () => {
    const source = `{${TYPED},\n"|"\n"actionState": "done"\n}`;
    const { entries } = complete(source);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      ALL_PROPERTIES.filter((name) => name !== 'actionState'),
    );
    assert.equal(
      accepted(source, 'actionName'),
      `{${TYPED},\n"actionName": "",\n"actionState": "done"\n}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "act|" "actionName": null}`, 'actionState'),
      `{${TYPED}, "actionState": "pending", "actionName": null}`,
    );
    assert.equal(
      accepted(`{${TYPED}, "|"\n"actionState": "done", "actionName": null}`, 'totalLicensesCount'),
      `{${TYPED}, "totalLicensesCount": 0,\n"actionState": "done", "actionName": null}`,
    );
  });

  test('should know the payload by a type written after a key without its colon', () => {
    const source = `{"actionName": "x", "|"\n${TYPED}}`;
    const { entries } = complete(source);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      ALL_PROPERTIES.filter((name) => name !== 'actionName'),
    );
    assert.equal(
      accepted(source, 'actionState'),
      `{"actionName": "x", "actionState": "pending",\n${TYPED}}`,
    );
    assert.deepEqual(complete(`{"a": 1, "|"\n"@odata.type": "#microsoft.graph.user"}`).entries,
      []);
  });

  test('should complete a key that has no closing quote without eating the brace', () => {
    assert.equal(
      accepted(`{${TYPED}, "fail| }`, 'failedLicensesCount'),
      `{${TYPED}, "failedLicensesCount": 0 }`,
    );
    assert.equal(
      accepted(`{${TYPED}, "ac|tio\n}`, 'actionName'),
      `{${TYPED}, "actionName": ""\n}`,
    );
  });

  test('should write the comma a bare word after a value needs within its own edit', () => {
    const { entries, text } = complete(`{${TYPED}, "actionName": "x"tot|}`);
    const total = entries.find((entry) => entry.label === 'totalLicensesCount');

    assert.deepEqual(total?.additionalEdits, []);
    assert.equal(
      total && acceptCompletion(text, total),
      `{${TYPED}, "actionName": "x","totalLicensesCount": 0}`,
    );
  });

  test('should replace a bare word typed where a key belongs', () => {
    assert.equal(
      accepted(`{${TYPED}, tot|}`, 'totalLicensesCount'),
      `{${TYPED}, "totalLicensesCount": 0}`,
    );
  });

  test('should add the missing commas before and after the new member', () => {
    assert.equal(accepted(`{${TYPED}\n|}`, 'actionName'), `{${TYPED},\n"actionName": ""}`);
    assert.equal(
      accepted(`{${TYPED}, | "actionState": "done"}`, 'actionName'),
      `{${TYPED}, "actionName": "", "actionState": "done"}`,
    );
  });

  test('should offer nothing in an annotation key or a comment', () => {
    assert.deepEqual(complete(`{${TYPED}, "@odata.|"}`).entries, []);
    assert.deepEqual(complete(`{${TYPED}, // note |\n}`).entries, []);
    assert.deepEqual(complete(`{${TYPED}, /* | */ }`).entries, []);
  });

  test('should offer nothing in an object nested inside a payload', () => {
    assert.deepEqual(complete(`{${TYPED}, "extra": {"actionState": "|"}}`).entries, []);
  });
});

suite('when completing the value of @odata.type', () => {
  test('should offer both type names in any object, even before it is a payload', () => {
    const { entries } = complete('{"value": [{"@odata.type": "|"}]}');

    assert.deepEqual(
      entries.map((entry) => entry.label),
      [DERIVED, BASE],
    );
    assert.equal(entries[0].kind, 'typeName');
    assert.equal(entries[1].detail, 'entity type');
  });

  test('should replace a partly typed type name', () => {
    assert.equal(
      accepted('{"a": {"@odata.type": "#micro|"}}', DERIVED),
      `{"a": {"@odata.type": "${DERIVED}"}}`,
    );
    assert.equal(accepted('{"@odata.type":|}', BASE), `{"@odata.type": "${BASE}"}`);
  });

  test('should replace a type name typed without quotes', () => {
    const { entries, text } = complete('{"@odata.type":#mic|}');
    const start = text.indexOf('#mic');

    assert.deepEqual(entries[0].replace, { start, end: start + 4 });
    assert.equal(acceptCompletion(text, entries[0]), `{"@odata.type": "${DERIVED}"}`);
    assert.equal(acceptCompletion(text, entries[0], 'insert'), `{"@odata.type": "${DERIVED}"}`);
    assert.equal(
      accepted('{"a": {"@odata.type": #mi|c}}', BASE),
      `{"a": {"@odata.type": "${BASE}"}}`,
    );
  });

  test('should add the comma when the next member follows on a later line', () => {
    assert.equal(
      accepted('{"@odata.type": |\n"id": 1}', DERIVED),
      `{"@odata.type": "${DERIVED}",\n"id": 1}`,
    );
  });

  test('should offer the type names inside a payload too', () => {
    const { entries } = complete(`{"@odata.type": "#microsoft.graph.vppTokenAction|Result"}`);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      [DERIVED, BASE],
    );
  });

  test('should find the value without the whole-document tree', () => {
    const document = cursorDocument('{"value": [{"@odata.type": "#mi|"}]}');
    const withoutTree: DocumentAnalysis = { ...document.analysis, root: undefined };
    const entries = completionsAt(document.text, withoutTree, document.offset, SNIPPETS);

    assert.equal(
      acceptCompletion(document.text, entries[0]),
      `{"value": [{"@odata.type": "${DERIVED}"}]}`,
    );
    const inKey = document.text.indexOf('odata') + 1;
    assert.deepEqual(completionsAt(document.text, withoutTree, inKey, SNIPPETS), []);
  });

  test('should replace an unquoted type name without the whole-document tree', () => {
    const document = cursorDocument('{"@odata.type": #mic|}');
    const withoutTree: DocumentAnalysis = { ...document.analysis, root: undefined };
    const [entry] = completionsAt(document.text, withoutTree, document.offset, SNIPPETS);

    assert.equal(acceptCompletion(document.text, entry), `{"@odata.type": "${DERIVED}"}`);
  });
});

suite('when completing outside payloads', () => {
  test('should offer nothing in an object without a type', () => {
    assert.deepEqual(complete('{"actionState": "|"}').entries, []);
    assert.deepEqual(complete('{"name": 1, |}').entries, []);
  });

  test('should offer nothing in an empty file that is not associated', () => {
    assert.deepEqual(complete('|').entries, []);
  });
});

suite('when the file is associated with the type', () => {
  const associated: CompletionOptions = { snippets: true, associated: true };

  test('should offer a whole payload in an empty file', () => {
    const { entries, text } = complete('|', associated, true);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      ['vppTokenRevokeLicensesActionResult payload'],
    );
    assert.equal(acceptCompletion(text, entries[0]), WHOLE_PAYLOAD);
  });

  test('should offer a whole payload in an empty root array and an empty value array', () => {
    const array = complete('[|]', associated, true);
    const collection = complete('{"value": [ | ]}', associated, true);

    assert.deepEqual(
      array.entries.map((entry) => entry.label),
      ['vppTokenRevokeLicensesActionResult payload'],
    );
    assert.equal(acceptCompletion(array.text, array.entries[0]), `[${WHOLE_PAYLOAD}]`);
    assert.equal(
      acceptCompletion(collection.text, collection.entries[0]),
      `{"value": [ ${WHOLE_PAYLOAD} ]}`,
    );
  });

  test('should offer a whole payload in a file of only comments or whitespace', () => {
    const commented = cursorDocument('// fixture\n|', { associated: true, language: 'jsonc' });
    const [entry] = completionsAt(commented.text, commented.analysis, commented.offset, associated);
    const blank = complete(' \n\t|\n', associated, true);

    assert.equal(acceptCompletion(commented.text, entry), `// fixture\n${WHOLE_PAYLOAD}`);
    assert.equal(acceptCompletion(blank.text, blank.entries[0]), ` \n\t${WHOLE_PAYLOAD}\n`);
  });

  test('should offer a whole payload as a new element, with the commas it needs', () => {
    const after = complete('[{"actionState": "done"}\n|]', associated, true);
    const before = complete('{"value": [| {"actionState": "done"}]}', associated, true);
    const between = complete('[{}, | {}]', associated, true);
    const touching = complete('[{}|]', associated, true);

    assert.equal(acceptCompletion(after.text, after.entries[0]),
      `[{"actionState": "done"},\n${WHOLE_PAYLOAD}]`);
    assert.equal(acceptCompletion(before.text, before.entries[0]),
      `{"value": [${WHOLE_PAYLOAD}, {"actionState": "done"}]}`);
    assert.equal(acceptCompletion(between.text, between.entries[0]), `[{}, ${WHOLE_PAYLOAD}, {}]`);
    assert.equal(acceptCompletion(touching.text, touching.entries[0]), `[{},${WHOLE_PAYLOAD}]`);
    assert.deepEqual(complete('[{"a": 1}, |]', SNIPPETS).entries, []);
    assert.deepEqual(complete('[{}, "ab|\n]', associated, true).entries, []);
  });

  test('should offer no whole payload inside a comment or outside the payload collection', () => {
    assert.deepEqual(complete('// fix|ture\n', associated, true).entries, []);
    assert.deepEqual(complete('[/* | */]', associated, true).entries, []);
    assert.equal(complete('{"value": [|], "x": [1]}', associated, true).entries.length, 1);
    assert.deepEqual(complete('{"items": [|]}', associated, true).entries, []);
    assert.deepEqual(complete('[|]').entries, []);
  });

  test('should offer a whole payload first in an empty root object, then the properties', () => {
    const { entries, text } = complete('[{|}]', associated, true);
    const payloadText = acceptCompletion(text, entries[0]);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      ['vppTokenRevokeLicensesActionResult payload', ...ALL_PROPERTIES],
    );
    assert.equal(
      entries[0].newText.split('\n')[3],
      '\t"actionState": "${2|pending,none,canceled,active,done,failed,notSupported|}",',
    );
    assert.deepEqual(cursorDocument(`${payloadText}|`, { associated: true }).analysis.problems, []);
  });

  test('should offer the properties of an untyped root payload', () => {
    const { entries } = complete('{"value": [{"actionState": "done", |}]}', associated, true);

    assert.deepEqual(
      entries.map((entry) => entry.label),
      ALL_PROPERTIES.filter((name) => name !== 'actionState'),
    );
  });
});
