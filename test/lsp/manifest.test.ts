import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { PROBLEM_CODES } from '../../server/src/core';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../server/src/lsp/settings';
import { REPOSITORY_ROOT } from './harness';

interface SettingSchema {
  readonly default?: unknown;
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly properties?: Record<string, { readonly enum?: readonly string[] }>;
}

const manifest = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'package.json'), 'utf8'));
const properties: Record<string, SettingSchema> = manifest.contributes.configuration.properties;

suite('when VS Code reads the extension manifest', () => {
  test('should contribute each setting the server reads, with default and description', () => {
    const expected = Object.entries(DEFAULT_SETTINGS).map(([name, value]) => [
      `${SETTINGS_SECTION}.${name}`,
      value,
    ]);
    const contributed = Object.keys(properties).filter((name) => name !== 'vppLint.trace.server');

    assert.deepEqual(
      contributed,
      expected.map(([name]) => name),
    );
    for (const [name, value] of expected) {
      assert.deepEqual(properties[name as string].default, value, name as string);
    }
    for (const [name, schema] of Object.entries(properties)) {
      assert.ok((schema.description ?? schema.markdownDescription ?? '').length > 20, name);
    }
  });

  test('should list every problem code under the severity setting', () => {
    const severities = properties['vppLint.severity'].properties ?? {};

    assert.deepEqual(Object.keys(severities), PROBLEM_CODES);
    assert.deepEqual(severities['wrong-type'].enum, [
      'error',
      'warning',
      'information',
      'hint',
      'off',
    ]);
  });

  test('should activate for JSON and JSONC and run from the bundled client', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:json', 'onLanguage:jsonc']);
    assert.equal(manifest.main, './dist/client.js');
    assert.equal(manifest.icon, 'images/icon.png');
    assert.deepEqual(
      manifest.contributes.commands.map((command: { command: string }) => command.command),
      ['vppLint.restartServer'],
    );
  });
});
