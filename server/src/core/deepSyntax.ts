/**
 * Syntax checking of the values nested too deep for the parser. jsonc-parser descends
 * recursively, so those values are masked before parsing (see limits.ts); here their text is
 * read with its scanner and an explicit stack instead, so a file that is not JSON never passes
 * because its mistake lies deep. Their payloads are still not validated.
 */
import { createScanner, ParseErrorCode, ScanError, SyntaxKind } from 'jsonc-parser';
import { DocumentLanguage, SyntaxIssue, syntaxIssue, trailingCommaIssue } from './parse';
import { OffsetRange } from './problems';

/** What may come next, as the grammar of JSON says after the last token read. */
const enum Expect {
  Value,
  ValueOrClose,
  ValueAfterComma,
  KeyOrClose,
  KeyAfterComma,
  Colon,
  Separator,
}

const SCAN_ERRORS: Partial<Record<ScanError, ParseErrorCode>> = {
  [ScanError.UnexpectedEndOfComment]: ParseErrorCode.UnexpectedEndOfComment,
  [ScanError.UnexpectedEndOfString]: ParseErrorCode.UnexpectedEndOfString,
  [ScanError.UnexpectedEndOfNumber]: ParseErrorCode.UnexpectedEndOfNumber,
  [ScanError.InvalidUnicode]: ParseErrorCode.InvalidUnicode,
  [ScanError.InvalidEscapeCharacter]: ParseErrorCode.InvalidEscapeCharacter,
  [ScanError.InvalidCharacter]: ParseErrorCode.InvalidCharacter,
};

const SCALARS = new Set<SyntaxKind>([
  SyntaxKind.StringLiteral,
  SyntaxKind.NumericLiteral,
  SyntaxKind.TrueKeyword,
  SyntaxKind.FalseKeyword,
  SyntaxKind.NullKeyword,
]);

/**
 * The syntax issues of the value that starts at `region.start` (a bracket or brace): every
 * trailing comma up to the first real error, and that error. Reading stops there, as the
 * parser's recovery would be guesswork this deep.
 */
export function deepSyntaxIssues(
  text: string,
  region: OffsetRange,
  language: DocumentLanguage,
): SyntaxIssue[] {
  const scanner = createScanner(text, false);
  const closers: SyntaxKind[] = [];
  const issues: SyntaxIssue[] = [];
  let expect = Expect.Value;
  let comma: OffsetRange | undefined;

  scanner.setPosition(region.start);
  for (;;) {
    const kind = scanner.scan();
    const start = scanner.getTokenOffset();
    // NOTE: the scanner can give an unclosed comment a length past the end of the text.
    const range = { start, end: Math.min(start + scanner.getTokenLength(), text.length) };
    const fail = (code: ParseErrorCode) => [...issues, syntaxIssue(code, range)];

    if (kind === SyntaxKind.EOF || start >= region.end) {
      const open = closers[closers.length - 1];
      const code = open === SyntaxKind.CloseBraceToken
        ? ParseErrorCode.CloseBraceExpected
        : ParseErrorCode.CloseBracketExpected;
      return [...issues, syntaxIssue(code, { start: region.end, end: region.end })];
    }
    const scanError = SCAN_ERRORS[scanner.getTokenError()];
    if (scanError !== undefined) {
      return fail(scanError);
    }
    if (isTrivia(kind)) {
      continue;
    }
    if (isComment(kind)) {
      if (language === 'json') {
        return fail(ParseErrorCode.InvalidCommentToken);
      }
      continue;
    }

    if (kind === closers[closers.length - 1] && closes(expect)) {
      if (expect === Expect.ValueAfterComma || expect === Expect.KeyAfterComma) {
        issues.push(trailingCommaIssue(comma as OffsetRange, language));
      }
      closers.pop();
      if (closers.length === 0) {
        return issues;
      }
      expect = Expect.Separator;
    } else if (expect === Expect.Colon) {
      if (kind !== SyntaxKind.ColonToken) {
        return fail(ParseErrorCode.ColonExpected);
      }
      expect = Expect.Value;
    } else if (expect === Expect.Separator) {
      if (kind !== SyntaxKind.CommaToken) {
        return fail(ParseErrorCode.CommaExpected);
      }
      comma = range;
      const inObject = closers[closers.length - 1] === SyntaxKind.CloseBraceToken;
      expect = inObject ? Expect.KeyAfterComma : Expect.ValueAfterComma;
    } else if (expect === Expect.KeyOrClose || expect === Expect.KeyAfterComma) {
      if (kind !== SyntaxKind.StringLiteral) {
        return fail(ParseErrorCode.PropertyNameExpected);
      }
      expect = Expect.Colon;
    } else if (kind === SyntaxKind.OpenBraceToken) {
      closers.push(SyntaxKind.CloseBraceToken);
      expect = Expect.KeyOrClose;
    } else if (kind === SyntaxKind.OpenBracketToken) {
      closers.push(SyntaxKind.CloseBracketToken);
      expect = Expect.ValueOrClose;
    } else if (SCALARS.has(kind)) {
      expect = Expect.Separator;
    } else {
      return fail(kind === SyntaxKind.Unknown
        ? ParseErrorCode.InvalidSymbol
        : ParseErrorCode.ValueExpected);
    }
  }
}

/** Whether the closing bracket of the innermost container may come next. */
function closes(expect: Expect): boolean {
  return expect !== Expect.Value && expect !== Expect.Colon;
}

function isTrivia(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia;
}

function isComment(kind: SyntaxKind): boolean {
  return kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia;
}
