import { Node, ParseErrorCode, visit } from 'jsonc-parser';
import { OffsetRange } from './problems';

export type DocumentLanguage = 'json' | 'jsonc';

export interface SyntaxIssue {
  readonly range: OffsetRange;
  readonly message: string;
  /** A trailing comma is only a warning in JSONC, where editors commonly accept it. */
  readonly trailingComma: boolean;
}

export interface ParsedDocument {
  readonly root: Node | undefined;
  readonly syntaxIssues: readonly SyntaxIssue[];
}

const SYNTAX_MESSAGES: Record<ParseErrorCode, string> = {
  [ParseErrorCode.InvalidSymbol]: 'Unexpected character; a JSON value was expected.',
  [ParseErrorCode.InvalidNumberFormat]: 'Invalid number.',
  [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes.',
  [ParseErrorCode.ValueExpected]: 'Expected a JSON value.',
  [ParseErrorCode.ColonExpected]: "Expected ':' after the property name.",
  [ParseErrorCode.CommaExpected]: "Expected ',' between members.",
  [ParseErrorCode.CloseBraceExpected]: "Expected '}' to close the object.",
  [ParseErrorCode.CloseBracketExpected]: "Expected ']' to close the array.",
  [ParseErrorCode.EndOfFileExpected]: 'Expected the end of the document after the root value.',
  [ParseErrorCode.InvalidCommentToken]:
    'Comments are not allowed in JSON; name the file .jsonc to allow them.',
  [ParseErrorCode.UnexpectedEndOfComment]: "The block comment is not closed with '*/'.",
  [ParseErrorCode.UnexpectedEndOfString]: 'The string is not closed with a double quote.',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'The number ends too early.',
  [ParseErrorCode.InvalidUnicode]: "Invalid '\\u' escape; four hexadecimal digits are needed.",
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape sequence in a string.',
  [ParseErrorCode.InvalidCharacter]: 'Control characters must be escaped inside strings.',
};

const BYTE_ORDER_MARK = '\ufeff';
const EMPTY_MESSAGE = 'The document is empty; a JSON value was expected.';

/**
 * Parses the whole text into a jsonc-parser tree with error recovery, and lists what is not
 * JSON (or JSONC). Offsets stay those of `text`; a leading byte order mark is read as space.
 */
export function parseDocument(text: string, language: DocumentLanguage): ParsedDocument {
  const source = text.startsWith(BYTE_ORDER_MARK) ? ` ${text.slice(1)}` : text;
  if (source.trim() === '') {
    const empty = { start: source.length, end: source.length };
    return { root: undefined, syntaxIssues: [{ range: empty, message: EMPTY_MESSAGE,
      trailingComma: false }] };
  }

  const builder = new TreeBuilder();
  const syntaxIssues: SyntaxIssue[] = [];
  let pendingComma: OffsetRange | undefined;

  const closeContainer = (offset: number, length: number): void => {
    if (pendingComma) {
      syntaxIssues.push(trailingCommaIssue(pendingComma, language));
      pendingComma = undefined;
    }
    // NOTE: after an unclosed comment the token's length can reach past the end of the text.
    builder.close(Math.min(offset + length, source.length));
  };

  visit(
    source,
    {
      onObjectBegin: (offset) => {
        pendingComma = undefined;
        builder.open('object', offset);
      },
      onObjectProperty: (name, offset, length) => {
        pendingComma = undefined;
        builder.property(name, offset, length);
      },
      onObjectEnd: closeContainer,
      onArrayBegin: (offset) => {
        pendingComma = undefined;
        builder.open('array', offset);
      },
      onArrayEnd: closeContainer,
      onLiteralValue: (value: unknown, offset, length) => {
        pendingComma = undefined;
        builder.literal(value, offset, length);
      },
      onSeparator: (separator, offset, length) => {
        if (separator === ',') {
          pendingComma = { start: offset, end: offset + length };
        } else {
          builder.colon(offset);
        }
      },
      onError: (error, offset, length) => {
        pendingComma = undefined;

        const message = SYNTAX_MESSAGES[error] ?? 'Invalid JSON.';
        const previous = syntaxIssues[syntaxIssues.length - 1];
        if (previous?.range.start === offset && previous.message === message) {
          return;
        }
        // NOTE: jsonc-parser can give an unclosed comment a length past the end of the text.
        const start = Math.min(offset, source.length);
        const end = Math.min(offset + length, source.length);
        syntaxIssues.push({ range: { start, end }, message, trailingComma: false });
      },
    },
    { disallowComments: language === 'json', allowTrailingComma: true, allowEmptyContent: false },
  );
  return { root: builder.finish(source.length), syntaxIssues };
}

/** The issue jsonc-parser's error code names, in our words. */
export function syntaxIssue(code: ParseErrorCode, range: OffsetRange): SyntaxIssue {
  return { range, message: SYNTAX_MESSAGES[code] ?? 'Invalid JSON.', trailingComma: false };
}

export function trailingCommaIssue(range: OffsetRange, language: DocumentLanguage): SyntaxIssue {
  const message =
    language === 'json'
      ? 'Trailing comma; JSON allows no comma before a closing bracket or brace.'
      : 'Trailing comma; strict JSON readers reject it.';

  return { range, message, trailingComma: true };
}

type MutableNode = {
  -readonly [Key in keyof Node]: Node[Key];
} & { children?: MutableNode[]; parent?: MutableNode };

/** Builds jsonc-parser nodes from visitor events, keeping a property open until its value. */
class TreeBuilder {
  private readonly top: MutableNode = { type: 'array', offset: 0, length: 0, children: [] };
  private current: MutableNode = this.top;

  open(type: 'object' | 'array', offset: number): void {
    const node: MutableNode = { type, offset, length: 0, parent: this.current, children: [] };

    this.add(node);
    this.current = node;
  }

  close(end: number): void {
    this.completeProperty(end);
    if (this.current === this.top) {
      return;
    }

    this.current.length = end - this.current.offset;
    this.current = this.current.parent ?? this.top;
    this.completeProperty(end);
  }

  property(name: string, offset: number, length: number): void {
    this.completeProperty(offset);

    const property: MutableNode = {
      type: 'property',
      offset,
      length: 0,
      parent: this.current,
      children: [],
    };
    this.add(property);
    property.children?.push({ type: 'string', value: name, offset, length, parent: property });
    this.current = property;
  }

  colon(offset: number): void {
    if (this.current.type === 'property') {
      this.current.colonOffset = offset;
    }
  }

  literal(value: unknown, offset: number, length: number): void {
    const type = value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean');

    this.add({ type, value, offset, length, parent: this.current });
    this.completeProperty(offset + length);
  }

  finish(end: number): Node | undefined {
    while (this.current !== this.top) {
      this.close(end);
    }

    const root = this.top.children?.[0];
    if (root) {
      root.parent = undefined;
    }
    return root;
  }

  private add(node: MutableNode): void {
    this.current.children?.push(node);
  }

  /** A property ends at its value, or where the next member starts when the value is missing. */
  private completeProperty(end: number): void {
    if (this.current.type === 'property') {
      const lastChild = this.current.children?.[this.current.children.length - 1];
      const valueEnd = lastChild ? lastChild.offset + lastChild.length : end;

      this.current.length = Math.max(valueEnd, end) - this.current.offset;
      this.current = this.current.parent ?? this.top;
    }
  }
}
