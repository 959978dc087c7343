import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import { Message, RequestMessage } from 'vscode-languageserver-protocol/node';
import { fileUri } from './harness';
import { DERIVED } from './fixtures';
import { groupIsAlive, RawClient } from './rawClient';

let client: RawClient;
const uri = fileUri('hostile-settings.json');
const text = `{"@odata.type": "${DERIVED}", "actionState": "Done"}`;
const onDone = { textDocument: { uri }, position: { line: 0, character: text.indexOf('Done') } };

before(async () => {
  client = RawClient.start();
  await client.initialize(process.pid, { workspace: { configuration: true } });
});

after(async () => {
  try {
    assert.deepEqual(await client.stop(), { code: 0, signal: null });
    assert.equal(groupIsAlive(client.pid), false);
  } finally {
    client.kill();
  }
});

function isSettingsRequest(message: Message): message is RequestMessage {
  return Message.isRequest(message) && message.method === 'workspace/configuration';
}

suite('when the client never answers a settings request', () => {
  test('should answer requests empty after a bounded wait, and say why', async () => {
    client.send({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri, languageId: 'json', version: 1, text } },
    });
    await client.waitFor(isSettingsRequest, 'the settings request');

    const started = Date.now();
    const answer = await client.request('textDocument/hover', onDone);
    assert.equal(answer.result, null);
    assert.ok(Date.now() - started >= 4000, 'the wait ended before its bound');
    assert.ok(
      client.logs().includes(`The client did not send the settings of ${uri} within 5000 ms.`),
    );
  });

  test('should serve the document fully once the late answer comes', async () => {
    const request = await client.waitFor(isSettingsRequest, 'the settings request');
    client.send({ id: request.id, result: [{}] });

    const answer = await client.request('textDocument/hover', onDone);
    assert.equal((answer.result as { contents: { kind: string } }).contents.kind, 'plaintext');
    const published = (await client.waitFor(
      (message) =>
        Message.isNotification(message) && message.method === 'textDocument/publishDiagnostics',
      'the diagnostics',
    )) as Message & { params: { diagnostics: { code: string }[] } };
    assert.deepEqual(
      published.params.diagnostics.map((diagnostic) => diagnostic.code),
      ['invalid-enum-value'],
    );
  });
});
