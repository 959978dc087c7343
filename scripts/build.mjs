// Bundles the extension client, the language server and the vpp-lint command with esbuild.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // NOTE: jsonc-parser's UMD entry requires its modules dynamically; its ESM build bundles.
  mainFields: ['module', 'main'],
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server.js',
  }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/vpp-lint.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { VPP_LINT_VERSION: JSON.stringify(version) },
  }),
]);
