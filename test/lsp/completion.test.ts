import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import {
  CompletionItem,
  CompletionList,
  CompletionRequest,
  InsertReplaceEdit,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { acceptItem } from './edits';
import { fileUri, FULL_CAPABILITIES, ServerUnderTest } from './harness';
import { CLIENT_TEXT, DERIVED } from './fixtures';
import { LineMap } from '../../server/src/core';

const TYPED = `"@odata.type": "${DERIVED}"`;
const STATES = ['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported'];

let server: ServerUnderTest;
let plainServer: ServerUnderTest;
let documentCount = 0;

before(async () => {
  server = await ServerUnderTest.start();
  server.settings = (scopeUri) =>
    scopeUri?.includes('associated') ? { associations: ['lsp-completion-associated-*.json'] } : {};
  plainServer = await ServerUnderTest.start({
    ...FULL_CAPABILITIES,
    textDocument: { ...FULL_CAPABILITIES.textDocument, completion: { completionItem: {} } },
  });
});

after(async () => {
  assert.equal(await server.stop(), 0);
  assert.equal(await plainServer.stop(), 0);
});

/** Opens `source` (with a `|` cursor) as a new document and asks for completions there. */
async function completeAt(source: string, target = server, associated = false) {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const name = associated ? 'lsp-completion-associated' : 'lsp-completion';
  const uri = fileUri(`${name}-${++documentCount}.json`);

  await target.open(uri, text);
  const list = (await target.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: new LineMap(text, CLIENT_TEXT).positionAt(offset),
  })) as CompletionList | null;
  await target.close(uri);
  return { text, items: list?.items ?? [] };
}

async function acceptAt(source: string, label: string, mode: 'replace' | 'insert' = 'replace') {
  const { text, items } = await completeAt(source);
  const item = items.find((candidate) => candidate.label === label) as CompletionItem;
  assert.ok(
    item,
    `no item "${label}" among ${items.map((candidate) => candidate.label).join(', ')}`,
  );
  return acceptItem(text, item, mode);
}

suite('when completing an enum value over the protocol', () => {
  test('should list the members in order with Markdown documentation', async () => {
    const { items, text } = await completeAt(`{${TYPED}, "actionState": "|"}`);
    const content = text.indexOf('"actionState": "') + '"actionState": "'.length;

    assert.deepEqual(
      items.map((item) => item.label),
      STATES,
    );
    assert.deepEqual(items[5], {
      label: 'failed',
      kind: 20,
      detail: 'actionState = 5',
      documentation: {
        kind: 'markdown',
        value: '**failed** = 5, a member of `actionState`\n\nThe action finished with an error\\.',
      },
      sortText: '006',
      textEdit: {
        range: {
          start: { line: 0, character: content },
          end: { line: 0, character: content },
        },
        newText: 'failed',
      },
      insertTextFormat: 1,
    });
  });

  test('should fill an empty string and a partly typed one without doubling quotes', async () => {
    assert.equal(
      await acceptAt(`{${TYPED}, "actionState": "|"}`, 'done'),
      `{${TYPED}, "actionState": "done"}`,
    );
    assert.equal(
      await acceptAt(`{${TYPED}, "actionState": "do|"}`, 'done'),
      `{${TYPED}, "actionState": "done"}`,
    );
    assert.equal(
      await acceptAt(`{${TYPED}, "actionState": "do| }`, 'done'),
      `{${TYPED}, "actionState": "done" }`,
    );
  });

  test('should send an insert-replace edit where the two modes differ', async () => {
    const { items, text } = await completeAt(`{${TYPED}, "actionState": "ca|nce"}`);
    const content = text.indexOf('"cance"') + 1;
    const edit = items[2].textEdit;

    assert.ok(edit && InsertReplaceEdit.is(edit));
    assert.deepEqual(
      [edit.insert.start.character, edit.insert.end.character],
      [content, content + 2],
    );
    assert.deepEqual(
      [edit.replace.start.character, edit.replace.end.character],
      [content, content + 5],
    );
    assert.equal(
      await acceptAt(`{${TYPED}, "actionState": "ca|nce"}`, 'canceled'),
      `{${TYPED}, "actionState": "canceled"}`,
    );
    assert.equal(
      await acceptAt(`{${TYPED}, "actionState": "ca|nce"}`, 'canceled', 'insert'),
      `{${TYPED}, "actionState": "cancelednce"}`,
    );
  });

  test('should write a quoted member right after the colon with or without a space', async () => {
    assert.equal(
      await acceptAt(`{${TYPED}, "actionState":|}`, 'active'),
      `{${TYPED}, "actionState": "active"}`,
    );
    assert.equal(
      await acceptAt(`{${TYPED}, "actionState": |}`, 'active'),
      `{${TYPED}, "actionState": "active"}`,
    );
    assert.equal(
      await acceptAt(`{${TYPED},\n  "actionFailureReason": |\n}`, 'internalError'),
      `{${TYPED},\n  "actionFailureReason": "internalError"\n}`,
    );
  });
});

suite('when completing a key over the protocol', () => {
  test('should send snippets with choices and expand to a valid member', async () => {
    const { items } = await completeAt(`{${TYPED}, |}`);

    assert.equal(items[6].label, 'actionFailureReason');
    assert.equal(items[6].insertTextFormat, 2);
    assert.equal(
      (items[6].textEdit as TextEdit).newText,
      '"actionFailureReason": "${1|none,' +
        'appleFailure,internalError,expiredVppToken,expiredApplePushNotificationCertificate|}"',
    );
    assert.equal(
      await acceptAt(`{${TYPED}, |}`, 'actionFailureReason'),
      `{${TYPED}, "actionFailureReason": "none"}`,
    );
  });

  test('should complete a key in quotes, with and without a following colon', async () => {
    assert.equal(
      await acceptAt(`{${TYPED}, "star|"}`, 'startDateTime'),
      `{${TYPED}, "startDateTime": "2024-01-01T00:00:00Z"}`,
    );
    assert.equal(
      await acceptAt(`{${TYPED}, "star|": "x"}`, 'startDateTime'),
      `{${TYPED}, "startDateTime": "x"}`,
    );
  });

  test('should add the comma that a new member needs', async () => {
    assert.equal(
      await acceptAt(`{${TYPED}\n  |\n}`, 'actionName'),
      `{${TYPED},\n  "actionName": ""\n}`,
    );
  });

  test('should offer nothing outside payloads', async () => {
    assert.deepEqual((await completeAt('{"actionState": "|"}')).items, []);
    assert.deepEqual((await completeAt('{"x": |}')).items, []);
  });
});

suite('when the client supports neither snippets nor insert-replace edits', () => {
  test('should send plain text edits with default values', async () => {
    const { text, items } = await completeAt(`{${TYPED}, "actionState": "do|ne"}`, plainServer);
    const keys = await completeAt(`{${TYPED}, |}`, plainServer);

    assert.ok(TextEdit.is(items[4].textEdit));
    assert.equal(
      items[4].documentation &&
        typeof items[4].documentation !== 'string' &&
        items[4].documentation.kind,
      'plaintext',
    );
    assert.equal(acceptItem(text, items[4]), `{${TYPED}, "actionState": "done"}`);
    assert.equal(keys.items[1].insertTextFormat, 1);
    assert.equal((keys.items[1].textEdit as TextEdit).newText, '"actionState": "pending"');
  });
});

suite('when completing type names and whole payloads over the protocol', () => {
  test('should complete @odata.type in an object that is not a payload yet', async () => {
    const { text, items } = await completeAt('{"value": [{"@odata.type": "#|"}]}');

    assert.deepEqual(
      items.map((item) => [item.label, item.kind]),
      [
        [DERIVED, 7],
        ['#microsoft.graph.vppTokenActionResult', 7],
      ],
    );
    assert.equal(acceptItem(text, items[0]), `{"value": [{"@odata.type": "${DERIVED}"}]}`);
  });

  test('should offer a whole payload in an empty object of an associated file', async () => {
    const { text, items } = await completeAt('[\n  {|}\n]', server, true);

    assert.equal(items[0].label, 'vppTokenRevokeLicensesActionResult payload');
    assert.equal(items[0].kind, 15);
    assert.equal(items[0].insertTextMode, 2);
    assert.equal(
      acceptItem(text, items[0]).split('\n').slice(0, 4).join('\n'),
      `[\n  {\n\t"@odata.type": "${DERIVED}",\n\t"actionName": "",`,
    );
    assert.equal(items[1].label, 'actionName');
  });
});
