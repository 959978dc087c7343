import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { DERIVED_TYPE, enumOf, ENUM_TYPES } from '../../server/src/core/model';
import { ESCAPE, LineTokens } from './scopes';
import {
  builtInPart,
  HOST_SCOPES,
  HostScope,
  ScopedToken,
  tokenizeLine,
  tokenizeLines,
  OWN_SUFFIX,
} from './textmate';

const TYPE_KEY = 'storage.type.annotation.odata-type.vpp';
const TYPE_VALUE = 'entity.name.type.odata-type.vpp';
const ANNOTATION = 'storage.type.annotation.odata.vpp';
const ACTION_STATE = 'variable.other.enummember.action-state.vpp';
const FAILURE_REASON = 'variable.other.enummember.action-failure-reason.vpp';
const MEMBER_SCOPES: Record<string, string> = {
  actionState: ACTION_STATE,
  actionFailureReason: FAILURE_REASON,
};

interface OwnToken {
  readonly line: number;
  readonly text: string;
  readonly scope: string;
}

/** The tokens that carry one of our scopes, with that scope alone. */
function ownTokens(lines: readonly ScopedToken[][]): OwnToken[] {
  return lines.flatMap((tokens, line) => tokens.flatMap(({ text, scopes }) => {
    const own = scopes.split(' ').filter((scope) => scope.endsWith(OWN_SUFFIX));
    return own.map((scope) => ({ line, text, scope }));
  }));
}

/** Checks that every token the injection did not mark has exactly its built-in scopes. */
async function assertRestUnchanged(text: string, host: HostScope): Promise<void> {
  const injected = await tokenizeLines(text, host, true);
  const plain = await tokenizeLines(text, host, false);

  assert.deepEqual(builtInPart(injected), builtInPart(plain));
}

for (const host of HOST_SCOPES) {
  suite(`when a ${host} line holds a typed payload`, () => {
    test('should scope the @odata.type key, its type name and an actionState member', async () => {
      const line = '{"@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult", '
        + '"actionState": "done", "actionFailureReason": "expiredVppToken"}';
      const expected = new LineTokens(host).open()
        .key(['@odata.type', TYPE_KEY]).space()
        .string(['#microsoft.graph.vppTokenRevokeLicensesActionResult', TYPE_VALUE]).comma()
        .key('actionState').space().string(['done', ACTION_STATE]).comma()
        .key('actionFailureReason').space().string(['expiredVppToken', FAILURE_REASON])
        .close().build();

      assert.deepEqual(await tokenizeLine(line, host), expected);
    });

    test('should scope instance and property annotation keys, not their values', async () => {
      const line = '{"@odata.etag": "W/\\"1\\"", "totalLicensesCount@odata.type": "#Int32", '
        + '"@microsoft.graph.tips": "on", "actionName@ns.term#q": 1}';
      const expected = new LineTokens(host).open()
        .key(['@odata.etag', ANNOTATION]).space()
        .string('W/', ['\\"', ESCAPE], '1', ['\\"', ESCAPE]).comma()
        .key('totalLicensesCount', ['@odata.type', ANNOTATION]).space().string('#Int32').comma()
        .key(['@microsoft.graph.tips', ANNOTATION]).space().string('on').comma()
        .key('actionName', ['@ns.term#q', ANNOTATION]).space().number('1')
        .close().build();

      assert.deepEqual(await tokenizeLine(line, host), expected);
    });

    test('should leave the same words alone in other keys and as other values', async () => {
      const line = '{"note": "@odata.type", "state": "done", "actionStates": "done", '
        + '"actionState": "Done", "actionFailureReason": "pending", "actionState": "done "}';
      const expected = new LineTokens(host).open()
        .key('note').space().string('@odata.type').comma()
        .key('state').space().string('done').comma()
        .key('actionStates').space().string('done').comma()
        .key('actionState').space().string('Done').comma()
        .key('actionFailureReason').space().string('pending').comma()
        .key('actionState').space().string('done ')
        .close().build();

      assert.deepEqual(await tokenizeLine(line, host), expected);
    });

    test('should leave escaped look-alikes and near-miss keys alone', async () => {
      const line = '{"a\\"actionState": "done", "body": "\\"actionState\\": \\"done\\"", '
        + '"odata.type": "#x", "@odata.type ": "#x"}';
      const expected = new LineTokens(host).open()
        .key('a', ['\\"', ESCAPE], 'actionState').space().string('done').comma()
        .key('body').space()
        .string(['\\"', ESCAPE], 'actionState', ['\\"', ESCAPE], ': ', ['\\"', ESCAPE], 'done',
          ['\\"', ESCAPE]).comma()
        .key('odata.type').space().string('#x').comma()
        .key('@odata.type ').space().string('#x')
        .close().build();

      assert.deepEqual(await tokenizeLine(line, host), expected);
    });

    test('should leave strings in arrays exactly as the JSON grammar scopes them', async () => {
      const text = '{"tags": ["@odata.type", "done", "@odata.etag"], "actionState": ["done"]}';
      const plain = await tokenizeLines(text, host, false);

      assert.deepEqual(await tokenizeLines(text, host, true), plain);
    });

    test('should scope every member of each enum from the model, and nothing else', async () => {
      const enumProperties = DERIVED_TYPE.properties.filter((property) => enumOf(property));
      assert.deepEqual(enumProperties.map((property) => property.name),
        ['actionState', 'actionFailureReason']);

      for (const property of enumProperties) {
        const enumType = enumOf(property);
        assert.ok(enumType);
        const scope = MEMBER_SCOPES[property.name];
        const others = ENUM_TYPES.flatMap((other) => other.members.map((member) => member.name))
          .filter((name) => !enumType.members.some((member) => member.name === name));
        for (const member of enumType.members) {
          const tokens = await tokenizeLines(`{"${property.name}": "${member.name}"}`, host);
          assert.deepEqual(ownTokens(tokens), [{ line: 0, text: member.name, scope }]);
        }
        for (const name of [...others, enumType.members[1].name.toUpperCase()]) {
          const tokens = await tokenizeLines(`{"${property.name}": "${name}"}`, host);
          assert.deepEqual(ownTokens(tokens), [], `${property.name}: ${name}`);
        }
      }
    });
  });
}

suite('when a document spans many lines', () => {
  const document = [
    '{',
    '  "value": [',
    '    {',
    '      "@odata.type": "#graph.vppTokenRevokeLicensesActionResult",',
    '      "actionState" : "failed",',
    '      "actionFailureReason":"appleFailure",',
    '      "failedLicensesCount@odata.type": "#Int32",',
    '      "actionName": "actionState"',
    '    }',
    '  ],',
    '  "@odata.nextLink": "next"',
    '}',
  ].join('\n');

  test('should scope our tokens on their lines in JSON and JSONC alike', async () => {
    const expected: OwnToken[] = [
      { line: 3, text: '@odata.type', scope: TYPE_KEY },
      { line: 3, text: '#graph.vppTokenRevokeLicensesActionResult', scope: TYPE_VALUE },
      { line: 4, text: 'failed', scope: ACTION_STATE },
      { line: 5, text: 'appleFailure', scope: FAILURE_REASON },
      { line: 6, text: '@odata.type', scope: ANNOTATION },
      { line: 10, text: '@odata.nextLink', scope: ANNOTATION },
    ];

    for (const host of HOST_SCOPES) {
      assert.deepEqual(ownTokens(await tokenizeLines(document, host)), expected, host);
      await assertRestUnchanged(document, host);
    }
  });

  test('should leave a value on the line after its key as plain JSON', async () => {
    const text = '{\n  "actionState":\n    "done"\n}';

    assert.deepEqual(ownTokens(await tokenizeLines(text, 'source.json')), []);
  });
});

suite('when a JSONC document has comments and a trailing comma', () => {
  const document = [
    '// "actionState": "done" in a line comment',
    '{',
    '  /* "@odata.type": "#microsoft.graph.vppTokenActionResult" */',
    '  "@odata.type": "#microsoft.graph.vppTokenActionResult", // the base type',
    '  "actionState": "pending", /* "actionFailureReason": "none" */',
    '}',
  ].join('\n');

  test('should scope only the tokens outside the comments', async () => {
    assert.deepEqual(ownTokens(await tokenizeLines(document, 'source.json.comments')), [
      { line: 3, text: '@odata.type', scope: TYPE_KEY },
      { line: 3, text: '#microsoft.graph.vppTokenActionResult', scope: TYPE_VALUE },
      { line: 4, text: 'pending', scope: ACTION_STATE },
    ]);
    await assertRestUnchanged(document, 'source.json.comments');
  });
});
