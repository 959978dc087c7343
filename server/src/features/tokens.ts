/** Facts about JSON tokens read from the text itself, for ranges the tree does not give. */
import { createScanner, Node, SyntaxKind } from 'jsonc-parser';
import { OffsetRange } from '../core';

const QUOTE = '"';
const BACKSLASH = '\\';

export function endOf(node: Node): number {
  return node.offset + node.length;
}

/** True when a string token ends with its own closing quote (not an escaped one). */
export function isClosedString(text: string, token: Node): boolean {
  const end = endOf(token);
  if (token.length < 2 || text[end - 1] !== QUOTE) {
    return false;
  }

  let backslashes = 0;
  while (end - 2 - backslashes > token.offset && text[end - 2 - backslashes] === BACKSLASH) {
    backslashes++;
  }
  return backslashes % 2 === 0;
}

/** The characters between the quotes; an unclosed string runs to the end of its token. */
export function contentRange(text: string, token: Node): OffsetRange {
  const end = endOf(token);
  return { start: token.offset + 1, end: isClosedString(text, token) ? end - 1 : end };
}

/** True when the offset is between the quotes of a string token (or after an unclosed one). */
export function isInsideString(text: string, token: Node, offset: number): boolean {
  const content = contentRange(text, token);
  return offset >= content.start && offset <= content.end;
}

/** What lies between two members of an object, as the scanner reads it. */
export interface GapFacts {
  /** A comma stands between the start of the gap and the offset. */
  readonly commaBefore: boolean;
  /** A comma stands between the offset and the end of the gap. */
  readonly commaAfter: boolean;
  /** A bare word (a misspelt literal, a number) that the offset touches. */
  readonly word?: OffsetRange;
  readonly inComment: boolean;
}

const WORD_TOKENS = new Set<SyntaxKind>([
  SyntaxKind.Unknown,
  SyntaxKind.NullKeyword,
  SyntaxKind.TrueKeyword,
  SyntaxKind.FalseKeyword,
  SyntaxKind.NumericLiteral,
]);

/** Scans `[start, end)` of the text, which holds no member, around the offset. */
export function scanGap(text: string, start: number, end: number, offset: number): GapFacts {
  const scanner = createScanner(text, false);
  let commaBefore = false;
  let commaAfter = false;
  let inComment = false;
  let word: OffsetRange | undefined;

  scanner.setPosition(start);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const tokenStart = scanner.getTokenOffset();
    const tokenEnd = tokenStart + scanner.getTokenLength();
    if (tokenStart >= end) {
      break;
    }

    if (kind === SyntaxKind.CommaToken) {
      commaBefore ||= tokenEnd <= offset;
      commaAfter ||= tokenStart >= offset;
    } else if (WORD_TOKENS.has(kind) && tokenStart <= offset && offset <= tokenEnd) {
      word = { start: tokenStart, end: tokenEnd };
    } else if (
      isComment(kind) &&
      tokenStart < offset &&
      offset <= commentEnd(text, kind, tokenEnd)
    ) {
      inComment = true;
    }
  }
  return { commaBefore, commaAfter, inComment, ...(word ? { word } : {}) };
}

function isComment(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia;
}

/** The last offset still inside a comment: a closed block comment ends before its `*` `/`. */
function commentEnd(text: string, kind: SyntaxKind, tokenEnd: number): number {
  const closedBlock =
    kind === SyntaxKind.BlockCommentTrivia && text.slice(tokenEnd - 2, tokenEnd) === '*/';
  return closedBlock ? tokenEnd - 1 : tokenEnd;
}

/** A member as written in an object's text, found by the scanner rather than the tree. */
export interface WrittenMember {
  readonly name: string;
  readonly offset: number;
  /** The member's value when it is a string, as written after the colon. */
  readonly stringValue?: string;
}

/**
 * The members of an object as its text spells them. The parser's error recovery drops the
 * members that follow a key without a colon, so the tree alone would miss them.
 */
export function membersWritten(text: string, object: Node): WrittenMember[] {
  const scanner = createScanner(text, true);
  const end = endOf(object);
  const members: { name: string; offset: number; stringValue?: string }[] = [];
  let depth = 0;
  /** A string of the object's own level, which is a key if a colon follows it. */
  let key: { name: string; offset: number } | undefined;
  /** The member whose colon was the last token, waiting for its value. */
  let awaiting: { name: string; offset: number; stringValue?: string } | undefined;

  scanner.setPosition(object.offset);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (scanner.getTokenOffset() >= end) {
      break;
    }
    depth += depthChange(kind);
    if (awaiting !== undefined && kind === SyntaxKind.StringLiteral) {
      awaiting.stringValue = scanner.getTokenValue();
    }

    awaiting = kind === SyntaxKind.ColonToken && key !== undefined ? { ...key } : undefined;
    if (awaiting !== undefined) {
      members.push(awaiting);
    }
    key = depth === 1 && kind === SyntaxKind.StringLiteral
      ? { name: scanner.getTokenValue(), offset: scanner.getTokenOffset() }
      : undefined;
  }
  return members;
}

/** True when the first token at or after `start` (comments skipped) opens a string. */
export function stringFollows(text: string, start: number): boolean {
  const scanner = createScanner(text, true);
  scanner.setPosition(start);
  return scanner.scan() === SyntaxKind.StringLiteral;
}

function depthChange(kind: SyntaxKind): number {
  if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
    return 1;
  }
  return kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken ? -1 : 0;
}
