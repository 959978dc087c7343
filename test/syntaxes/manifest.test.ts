import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite, test } from 'node:test';
import {
  buildInjectionGrammar,
  INJECTION_SCOPE_NAME,
  serializeInjectionGrammar,
} from '../../server/src/export/grammar';
import {
  builtInPart,
  contributedGrammars,
  HOST_SCOPES,
  REPO_ROOT,
  tokenizeLines,
} from './textmate';

suite('when the manifest contributes the injection grammar', () => {
  test('should inject our scope name into JSON and JSONC from a file that exists', () => {
    const [entry, ...others] = contributedGrammars();

    assert.deepEqual(others, []);
    assert.deepEqual(entry, {
      scopeName: 'vpp.odata.injection',
      path: './syntaxes/vpp-odata.injection.tmLanguage.json',
      injectTo: ['source.json', 'source.json.comments'],
    });
    assert.equal(existsSync(path.join(REPO_ROOT, entry.path)), true);
  });

  test('should ship the file the model generates, byte for byte (npm run grammar)', () => {
    const [entry] = contributedGrammars();
    const committed = readFileSync(path.join(REPO_ROOT, entry.path), 'utf8');
    const generated = serializeInjectionGrammar(buildInjectionGrammar());

    assert.equal(committed, generated);
    assert.equal(JSON.parse(committed).scopeName, INJECTION_SCOPE_NAME);
  });
});

suite('when the example files are highlighted', () => {
  test('should leave every token it does not mark as the built-in grammar has it', async () => {
    const folder = path.join(REPO_ROOT, 'examples');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.jsonc?$/.test(file));
    assert.notEqual(files.length, 0);

    for (const file of files) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const host = file.endsWith('.jsonc') ? HOST_SCOPES[1] : HOST_SCOPES[0];
      const injected = await tokenizeLines(text, host, true);
      const plain = await tokenizeLines(text, host, false);

      assert.deepEqual(builtInPart(injected), builtInPart(plain), file);
      assert.notDeepEqual(injected, plain, `${file} has nothing of ours to mark`);
    }
  });
});
