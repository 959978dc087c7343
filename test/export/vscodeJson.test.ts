import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import {
  CompletionList,
  Diagnostic,
  getLanguageService,
  JSONSchema,
  TextDocument,
} from 'vscode-json-languageservice';
import { buildJsonSchema } from '../../server/src/export/jsonSchema';

/** VS Code's own JSON support, given the schema as a `json.schemas` entry would give it. */
function createService() {
  const service = getLanguageService({});
  service.configure({
    validate: true,
    schemas: [{
      uri: 'vpp-schema://revoke-results',
      fileMatch: ['*.revoke.json'],
      schema: buildJsonSchema() as JSONSchema,
    }],
  });
  return service;
}

const service = createService();

function documentOf(text: string): TextDocument {
  return TextDocument.create('file:///fixtures/results.revoke.json', 'json', 1, text);
}

async function diagnosticsOf(text: string): Promise<Diagnostic[]> {
  const document = documentOf(text);
  return service.doValidation(document, service.parseJSONDocument(document));
}

async function completionsAt(textWithCursor: string): Promise<CompletionList> {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const document = documentOf(text);
  const list = await service.doComplete(document, document.positionAt(offset),
    service.parseJSONDocument(document));
  assert.ok(list);
  return list;
}

suite("when VS Code's JSON support uses the schema", () => {
  test('should accept a valid file and flag a wrong enum member on its value', async () => {
    const good = '[{"@odata.type": "#graph.vppTokenRevokeLicensesActionResult", '
      + '"actionState": "done", "startDateTime": "2026-11-18T22:14Z", "actionName": null}]';
    const bad = '{"actionState": "Done"}';

    assert.deepEqual(await diagnosticsOf(good), []);
    const [problem, ...others] = await diagnosticsOf(bad);
    assert.deepEqual(others, []);
    assert.deepEqual(problem.range, {
      start: { line: 0, character: 16 },
      end: { line: 0, character: 22 },
    });
  });

  test('should offer the enum members with their meaning and value', async () => {
    const list = await completionsAt('{"actionFailureReason": |}');
    const offered = list.items.map((item) => ({ label: item.label, doc: item.documentation }));

    assert.deepEqual(offered, [
      { label: '"none"', doc: 'No failure. (0)' },
      { label: '"appleFailure"', doc: "Apple's service reported an error. (1)" },
      { label: '"internalError"', doc: 'Intune hit an internal error. (2)' },
      { label: '"expiredVppToken"', doc: 'The VPP token had expired. (3)' },
      {
        label: '"expiredApplePushNotificationCertificate"',
        doc: 'The Apple push notification certificate had expired. (4)',
      },
    ]);
  });

  test('should offer the base type members only once @odata.type names the base type', async () => {
    const labels = async (text: string) => (await completionsAt(text)).items
      .map((item) => item.label).sort();

    const base = await labels(
      '{"value": [{"@odata.type": "#microsoft.graph.vppTokenActionResult", |}]}');
    const derived = await labels(
      '[{"@odata.type": "#graph.vppTokenRevokeLicensesActionResult", |}]');
    assert.deepEqual(base, ['actionName', 'actionState', 'lastUpdatedDateTime', 'startDateTime']);
    assert.deepEqual(derived, ['actionFailureReason', 'actionName', 'actionState',
      'failedLicensesCount', 'lastUpdatedDateTime', 'startDateTime', 'totalLicensesCount']);
  });

  test('should also offer "value" at the root, where a file may be a collection', async () => {
    const list = await completionsAt('{"actionState": "done", |}');

    assert.ok(list.items.some((item) => item.label === 'value'));
    assert.ok(list.items.some((item) => item.label === 'totalLicensesCount'));
  });
});
