/** Changing the extension's settings the way a user does, in the workspace's settings file. */
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { waitUntil } from './wait';

export const SECTION = 'vppLint';

/** Writes `vppLint.<key>` into the workspace settings and waits until VS Code reports it. */
export async function setWorkspaceSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(key, value,
    vscode.ConfigurationTarget.Workspace);

  await waitUntil(`the setting ${SECTION}.${key} to take the new value`, () => {
    const inspected = vscode.workspace.getConfiguration(SECTION).inspect(key);
    return JSON.stringify(inspected?.workspaceValue) === JSON.stringify(value);
  });
}

export async function clearWorkspaceSetting(key: string): Promise<void> {
  await setWorkspaceSetting(key, undefined);
  assert.equal(vscode.workspace.getConfiguration(SECTION).inspect(key)?.workspaceValue, undefined);
}
