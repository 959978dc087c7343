/** The extension under test, found by the id its own manifest gives. */
import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitUntil } from './wait';

/** The compiled helpers live in out/e2e/helpers/, three levels below the project root. */
const MANIFEST_PATH = path.resolve(__dirname, '..', '..', '..', 'package.json');

interface Manifest {
  readonly publisher: string;
  readonly name: string;
}

export function extensionId(): string {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
  return `${manifest.publisher}.${manifest.name}`;
}

/** Waits until VS Code has activated the extension on its own, through its activation events. */
export async function waitForActivation(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId());
  assert.ok(extension, `VS Code does not know the extension ${extensionId()}`);

  await waitUntil(`the activation of ${extension.id}`, () => extension.isActive);
  return extension;
}
