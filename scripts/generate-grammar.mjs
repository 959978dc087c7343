// Writes syntaxes/ from the model: bundles the pure grammar builder in memory, runs it, and
// writes the file, so the grammar's enum member lists always come from server/src/core/model.ts.
import * as esbuild from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const GRAMMAR_FILE = 'syntaxes/vpp-odata.injection.tmLanguage.json';
const root = fileURLToPath(new URL('..', import.meta.url));

const bundle = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['server/src/export/grammar.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const source = Buffer.from(bundle.outputFiles[0].text).toString('base64');
const builder = await import(`data:text/javascript;base64,${source}`);

const text = builder.serializeInjectionGrammar(builder.buildInjectionGrammar());
await writeFile(new URL(`../${GRAMMAR_FILE}`, import.meta.url), text);
process.stdout.write(`wrote ${GRAMMAR_FILE}\n`);
