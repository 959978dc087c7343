/**
 * Where each open document changed since it was last analysed, taken from the edits as they
 * arrive: a big document's analysis then need not compare two versions of its text to find the
 * edit. Any edit it cannot place (several at once, a whole new text) makes it know nothing.
 */
import {
  TextDocumentContentChangeEvent,
  TextDocumentsConfiguration,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeChanges, TextChange } from '../core';

/** The edits from one version to a later one, as one change, or undefined when unknown. */
interface PendingChange {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly change: TextChange | undefined;
}

export class ChangeLog {
  private readonly pending = new Map<string, PendingChange>();

  /** Documents as the text-document package makes them, with each edit noted first. */
  configuration(): TextDocumentsConfiguration<TextDocument> {
    return {
      create: TextDocument.create,
      update: (document, changes, version) => {
        this.note(document, changes, version);
        return TextDocument.update(document, changes, version);
      },
    };
  }

  /** The change from `fromVersion` to `toVersion` when every edit between was seen; forgets it. */
  take(uri: string, fromVersion: number | undefined, toVersion: number): TextChange | undefined {
    const pending = this.pending.get(uri);
    this.pending.delete(uri);

    const continuous = pending?.fromVersion === fromVersion && pending?.toVersion === toVersion;
    return continuous ? pending?.change : undefined;
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }

  private note(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) {
    const change = changes.length === 1 ? changeOf(document, changes[0]) : undefined;
    const earlier = this.pending.get(document.uri);

    if (earlier !== undefined && earlier.toVersion === document.version) {
      const composed = earlier.change && change && composeChanges(earlier.change, change);
      this.pending.set(document.uri, { ...earlier, toVersion: version, change: composed });
    } else {
      this.pending.set(document.uri, { fromVersion: document.version, toVersion: version, change });
    }
  }
}

/** The edit as offsets of the text before it; undefined for a whole new text. */
function changeOf(document: TextDocument, event: TextDocumentContentChangeEvent) {
  if (!('range' in event) || event.range === undefined) {
    return undefined;
  }

  const ends = [document.offsetAt(event.range.start), document.offsetAt(event.range.end)];
  const [start, oldEnd] = ends[0] <= ends[1] ? ends : [ends[1], ends[0]];
  return { start, oldEnd, newEnd: start + event.text.length };
}
