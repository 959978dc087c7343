import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { FrameSplitter } from '../../server/src/lsp/frames';

/** What the splitter made of the chunks: bodies as text, and the reasons it skipped input. */
function split(chunks: readonly (string | Buffer)[]): { bodies: string[]; skipped: string[] } {
  const bodies: string[] = [];
  const skipped: string[] = [];
  const splitter = new FrameSplitter({
    body: (body) => bodies.push(body.toString('utf8')),
    skipped: (reason) => skipped.push(reason),
  });

  chunks.forEach((chunk) => splitter.push(Buffer.from(chunk)));
  return { bodies, skipped };
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const FIRST = '{"jsonrpc":"2.0","id":1,"method":"a"}';
const SECOND = '{"jsonrpc":"2.0","method":"b","params":{"text":"é\\u2028🚀"}}';

suite('when frames are well formed', () => {
  test('should read two frames that arrive in one chunk', () => {
    assert.deepEqual(split([frame(FIRST) + frame(SECOND)]), {
      bodies: [FIRST, SECOND],
      skipped: [],
    });
  });

  test('should read the same frames wherever the chunks are cut', () => {
    const bytes = Buffer.from(frame(FIRST) + frame(SECOND));

    for (let cut = 1; cut < bytes.length; cut++) {
      const result = split([bytes.subarray(0, cut), bytes.subarray(cut)]);
      assert.deepEqual(result, { bodies: [FIRST, SECOND], skipped: [] }, `cut at ${cut}`);
    }
  });

  test('should pass on a body that holds header-like text a JSON body may hold', () => {
    const quoted = '{"text":"Content-Length: 5 \\r\\n\\r\\n"}';
    const pretty = '{\r\n  "jsonrpc": "2.0",\r\n  "method": "c"\r\n}';

    assert.deepEqual(split([frame(quoted), frame(pretty), frame('')]), {
      bodies: [quoted, pretty, ''],
      skipped: [],
    });
  });
});

suite('when frames are malformed', () => {
  test('should skip a header with a bad length once, up to the next header', () => {
    const result = split(['Content-Length: 12x\r\n\r\n{}', 'garbage', frame(FIRST)]);

    assert.deepEqual(result, {
      bodies: [FIRST],
      skipped: ['the Content-Length "12x" is not a whole number'],
    });
  });

  test('should give up on a header that never ends, and resume at the next one', () => {
    const result = split(['x'.repeat(10_000), frame(FIRST)]);

    assert.deepEqual(result, {
      bodies: [FIRST],
      skipped: ['no blank line ends the header within 8192 bytes'],
    });
  });

  test('should cut a body at a header inside it, even one split between chunks', () => {
    const next = frame(SECOND);
    const result = split(['Content-Length: 900\r\n\r\n{"a":', next.slice(0, 10), next.slice(10)]);

    assert.deepEqual(result, {
      bodies: [SECOND],
      skipped: ['a new header began inside the body, so its Content-Length was wrong'],
    });
  });

  test('should report each run of bad input once and each new run again', () => {
    const badLength = 'Content-Length: -1\r\n\r\n';
    const result = split(['bad line\r\n\r\n', frame(FIRST), badLength, frame(FIRST)]);

    assert.deepEqual(result, {
      bodies: [FIRST, FIRST],
      skipped: [
        'the header line "bad line" is not "name: value"',
        'the Content-Length "-1" is not a whole number',
      ],
    });
  });
});
