/**
 * The structural scan of the fast path: one pass over the char codes of a range that checks it
 * is strict JSON (JSONC: comments too), records every container, and finds the payloads by their
 * `@odata.type` or their association position. It builds no tree and never recurses, so big and
 * deeply nested documents cost a read of the text. Any syntax error ends it: the caller then
 * takes the full-tree path, which recovers from errors and reports them.
 */
import { ContainerTable } from './containers';
import { JsonKind } from './messages';
import { DERIVED_TYPE, EntityTypeModel } from './model';
import { ODataTypeMatch } from './odataType';
import { DocumentLanguage } from './parse';
import { pin, SAMPLE_DOCUMENT } from './shapeSample';
import {
  CHAR,
  ESCAPED_FLAG,
  skipLiteral,
  skipNumber,
  skipString,
  skipTrivia,
  stringValue,
} from './tokens';
import { TypeRecognizer, TypeVerdict, UNTYPED } from './typeRecognizer';

/** Which values are payloads by association: none, SPEC 2.3's root positions, or the range. */
export type AssociationScope = 'none' | 'document' | 'range';

export interface ScanOptions {
  readonly language: DocumentLanguage;
  readonly association: AssociationScope;
  /** Deeper nesting ends the scan: the full path reports it as `nesting-too-deep`. */
  readonly maxDepth: number;
  /** How many containers enclose the range, when it is part of a bigger document. */
  readonly baseDepth?: number;
}

/** An object of the range that is a payload, and how its type was named. */
export interface PayloadSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityTypeModel;
  readonly typeMatch?: ODataTypeMatch;
  readonly associated: boolean;
}

/** A value at an association position: an object is a payload, anything else is reported. */
export interface PositionSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: JsonKind;
}

export interface StructureScan {
  readonly containers: ContainerTable;
  /** Sorted by start; a payload nested in another comes after it. */
  readonly payloads: PayloadSpan[];
  /** The association positions in document order; empty without association. */
  readonly positions: PositionSpan[];
}

const TYPE_KEY_TOKEN = '"@odata.type"';
const AT_SIGN = 0x40;
const VALUE_KEY_TOKEN = '"value"';

/** No `@odata.type` member seen in the object yet; NON_STRING: its value was not a string. */
const NO_TYPE = -1;
const NON_STRING_TYPE = -2;

/** Flags of the member whose value is being read, per open object. */
const MEMBER_IS_TYPE = 1;
const MEMBER_IS_COLLECTION = 2;

interface Candidate {
  readonly span: PositionSpan;
  readonly verdict: TypeVerdict;
  readonly role: 'root' | 'rootElement' | 'collection' | 'collectionElement';
}

/**
 * Scans `text` from `start` to `end` as exactly one JSON value with surrounding trivia. Returns
 * undefined at the first syntax error (or anything jsonc-parser would report).
 */
export function scanStructure(
  text: string,
  start: number,
  end: number,
  options: ScanOptions,
): StructureScan | undefined {
  const scanner = new StructureScanner(text, end, options);
  return scanner.run(start) ? scanner.result() : undefined;
}

const EXPECT_VALUE = 0;
const EXPECT_KEY = 1;
const EXPECT_AFTER_VALUE = 2;

class StructureScanner {
  private readonly containers = new ContainerTable();
  private readonly payloads: PayloadSpan[] = [];
  private readonly candidates: Candidate[] = [];
  private readonly comments: boolean;
  private readonly documentScope: boolean;
  private readonly associating: boolean;
  private readonly depthLeft: number;
  private readonly types: TypeRecognizer;

  /** Per open container, innermost last: kind, table index, member flags, type token. */
  private readonly isObject: boolean[] = [];
  private readonly indexes: number[] = [];
  private readonly memberFlags: number[] = [];
  private readonly typeStarts: number[] = [];
  private readonly typeEnds: number[] = [];
  private depth = 0;
  /** Set when a container was opened or a comma read: a member or element comes next. */
  private justOpened = false;

  private rootKind: JsonKind | undefined;
  private collectionSeen = false;
  private collectionKind: JsonKind | undefined;
  private collectionIndex = -1;

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly options: ScanOptions,
  ) {
    this.comments = options.language === 'jsonc';
    this.documentScope = options.association === 'document';
    this.associating = options.association !== 'none';
    this.depthLeft = options.maxDepth - (options.baseDepth ?? 0);
    this.types = new TypeRecognizer(text);
  }

  run(start: number): boolean {
    const first = start === 0 && this.text.charCodeAt(0) === CHAR.byteOrderMark ? 1 : start;
    let position = skipTrivia(this.text, first, this.end, this.comments);
    let expect = EXPECT_VALUE;

    while (position >= 0) {
      if (expect === EXPECT_VALUE) {
        position = this.value(position);
        expect = this.justOpened ? this.firstInside() : EXPECT_AFTER_VALUE;
      } else if (expect === EXPECT_KEY) {
        position = this.key(position);
        expect = EXPECT_VALUE;
      } else {
        position = skipTrivia(this.text, position, this.end, this.comments);
        if (this.depth === 0 || position < 0) {
          return position === this.end;
        }
        position = this.separator(position);
        expect = this.justOpened ? this.firstInside() : EXPECT_AFTER_VALUE;
      }
    }
    return false;
  }

  /** After `{`, `[` or a comma: a key in an object, a value in an array. */
  private firstInside(): number {
    this.justOpened = false;
    return this.isObject[this.depth - 1] ? EXPECT_KEY : EXPECT_VALUE;
  }

  /**
   * Reads the comma or closing bracket after a value inside a container. After a comma,
   * `justOpened` is set, as the next thing is again a first member or element.
   */
  private separator(position: number): number {
    if (position >= this.end) {
      return -1;
    }

    const code = this.text.charCodeAt(position);
    const inObject = this.isObject[this.depth - 1];
    if (code === CHAR.comma) {
      this.justOpened = true;
      return skipTrivia(this.text, position + 1, this.end, this.comments);
    }
    if (code === (inObject ? CHAR.closeBrace : CHAR.closeBracket)) {
      return this.closeContainer(position + 1);
    }
    return -1;
  }

  /** Reads a value, or opens a container; returns the offset after what was read, or -1. */
  private value(position: number): number {
    const { text, end } = this;
    if (position >= end) {
      return -1;
    }

    const code = text.charCodeAt(position);
    if (code === CHAR.openBrace || code === CHAR.openBracket) {
      return this.openContainer(position, code === CHAR.openBrace);
    }

    let valueEnd: number;
    let kind: JsonKind;
    if (code === CHAR.quote) {
      valueEnd = skipString(text, position, end);
      kind = 'string';
    } else if (code === CHAR.lowerT || code === CHAR.lowerF || code === CHAR.lowerN) {
      valueEnd = skipLiteral(text, position, end);
      kind = code === CHAR.lowerN ? 'null' : 'boolean';
    } else {
      valueEnd = skipNumber(text, position, end);
      kind = 'number';
    }
    if (valueEnd < 0) {
      return -1;
    }
    this.completeValue(position, valueEnd, kind);
    return valueEnd >= ESCAPED_FLAG ? valueEnd - ESCAPED_FLAG : valueEnd;
  }

  private openContainer(position: number, isObject: boolean): number {
    if (this.depth >= this.depthLeft) {
      return -1;
    }

    const parent = this.depth > 0 ? this.indexes[this.depth - 1] : -1;
    const index = this.containers.open(position, parent);
    const after = skipTrivia(this.text, position + 1, this.end, this.comments);
    const depth = this.depth++;

    this.isObject[depth] = isObject;
    this.indexes[depth] = index;
    this.memberFlags[depth] = 0;
    this.typeStarts[depth] = NO_TYPE;
    if (!isObject && depth === 1 && (this.memberFlags[0] & MEMBER_IS_COLLECTION) !== 0) {
      this.collectionIndex = index;
    }
    if (after >= 0 && after < this.end
      && this.text.charCodeAt(after) === (isObject ? CHAR.closeBrace : CHAR.closeBracket)) {
      return this.closeContainer(after + 1);
    }
    this.justOpened = true;
    return after;
  }

  private closeContainer(end: number): number {
    const depth = --this.depth;
    const index = this.indexes[depth];
    const start = this.containers.startOf(index);

    this.containers.close(index, end);
    this.justOpened = false;
    if (this.isObject[depth]) {
      this.completeObject(start, end, depth);
    } else {
      this.completeValue(start, end, 'array');
    }
    return end;
  }

  /** Reads a member name and its colon; returns the offset of the value, or -1. */
  private key(position: number): number {
    const { text, end } = this;
    if (position >= end || text.charCodeAt(position) !== CHAR.quote) {
      return -1;
    }

    const rawEnd = skipString(text, position, end);
    if (rawEnd < 0) {
      return -1;
    }

    const escaped = rawEnd >= ESCAPED_FLAG;
    const keyEnd = escaped ? rawEnd - ESCAPED_FLAG : rawEnd;
    const depth = this.depth - 1;
    let flags = 0;
    const mayBeType = escaped || text.charCodeAt(position + 1) === AT_SIGN;
    if (mayBeType && isKey(text, position, keyEnd, escaped, TYPE_KEY_TOKEN)) {
      flags = MEMBER_IS_TYPE;
    } else if (this.documentScope && depth === 0 && !this.collectionSeen
      && isKey(text, position, keyEnd, escaped, VALUE_KEY_TOKEN)) {
      this.collectionSeen = true;
      flags = MEMBER_IS_COLLECTION;
    }
    this.memberFlags[depth] = flags;

    const colon = skipTrivia(text, keyEnd, end, this.comments);
    if (colon < 0 || colon >= end || text.charCodeAt(colon) !== CHAR.colon) {
      return -1;
    }
    return skipTrivia(text, colon + 1, end, this.comments);
  }

  private completeObject(start: number, end: number, depth: number): void {
    const verdict = this.verdictOf(depth);
    const role = this.roleOfValue();

    if (role !== undefined) {
      this.candidates.push({ span: { start, end, kind: 'object' }, verdict, role });
    } else if (verdict.kind === 'ours') {
      this.pushPayload(start, end, verdict.match, false);
    }
    this.completeValue(start, end, 'object');
  }

  /** Called for every finished value: notes type tokens, collections and root positions. */
  private completeValue(start: number, rawEnd: number, kind: JsonKind): void {
    const end = rawEnd >= ESCAPED_FLAG ? rawEnd - ESCAPED_FLAG : rawEnd;
    const parent = this.depth - 1;

    if (parent >= 0 && this.isObject[parent]) {
      const flags = this.memberFlags[parent];
      if ((flags & MEMBER_IS_TYPE) !== 0) {
        this.typeStarts[parent] = kind === 'string' ? start : NON_STRING_TYPE;
        this.typeEnds[parent] = rawEnd;
      } else if ((flags & MEMBER_IS_COLLECTION) !== 0) {
        this.collectionKind = kind;
      }
    }
    if (parent < 0) {
      this.rootKind = kind;
    }
    if (this.associating && kind !== 'object') {
      const role = this.roleOfValue();
      if (role !== undefined) {
        this.candidates.push({ span: { start, end, kind }, verdict: UNTYPED, role });
      }
    }
  }

  /** Where the value just finished stands among the possible association positions. */
  private roleOfValue(): Candidate['role'] | undefined {
    const parent = this.depth - 1;
    if (this.options.association === 'none') {
      return undefined;
    }
    if (parent < 0) {
      return 'root';
    }
    if (!this.documentScope) {
      return undefined;
    }
    if (parent === 0) {
      if (!this.isObject[0]) {
        return 'rootElement';
      }
      return (this.memberFlags[0] & MEMBER_IS_COLLECTION) !== 0 ? 'collection' : undefined;
    }
    const inCollection = parent === 1 && this.indexes[1] === this.collectionIndex;
    return inCollection ? 'collectionElement' : undefined;
  }

  private verdictOf(depth: number): TypeVerdict {
    const typeStart = this.typeStarts[depth];
    const untyped = typeStart === NO_TYPE || typeStart === NON_STRING_TYPE;

    return untyped ? UNTYPED : this.types.verdictOn(typeStart, this.typeEnds[depth]);
  }

  private pushPayload(
    start: number,
    end: number,
    match: ODataTypeMatch | undefined,
    associated: boolean,
  ): void {
    const type = match?.type ?? DERIVED_TYPE;
    this.payloads.push(match ? { start, end, type, typeMatch: match, associated }
      : { start, end, type, associated });
  }

  /** Settles the association positions, now that the root's members are all known. */
  result(): StructureScan {
    const positionRoles = this.positionRoles();
    const positions: PositionSpan[] = [];

    for (const candidate of this.candidates) {
      const isPosition = positionRoles.has(candidate.role);
      const { start, end, kind } = candidate.span;
      if (isPosition) {
        positions.push(candidate.span);
      }
      if (kind !== 'object' || candidate.verdict.kind === 'foreign') {
        continue;
      }
      if (candidate.verdict.kind === 'ours') {
        this.pushPayload(start, end, candidate.verdict.match, isPosition);
      } else if (isPosition) {
        this.pushPayload(start, end, undefined, true);
      }
    }
    this.payloads.sort((left, right) => left.start - right.start);
    positions.sort((left, right) => left.start - right.start);
    return { containers: this.containers, payloads: this.payloads, positions };
  }

  private positionRoles(): Set<Candidate['role']> {
    if (this.options.association === 'none') {
      return new Set();
    }
    if (!this.documentScope || (this.rootKind !== 'array' && this.rootKind !== 'object')) {
      return new Set(['root']);
    }
    if (this.rootKind === 'array') {
      return new Set(['rootElement']);
    }
    if (this.collectionKind === 'array') {
      return new Set(['collectionElement']);
    }
    return new Set([this.collectionKind === 'object' ? 'collection' : 'root']);
  }
}

/** True when the string token at `start..end` is `expected` (a quoted name), escapes decoded. */
function isKey(text: string, start: number, end: number, escaped: boolean, expected: string) {
  if (!escaped) {
    return end - start === expected.length && text.startsWith(expected, start);
  }
  return stringValue(text, start, end, true) === expected.slice(1, -1);
}

/** A sample scanner and its result keep the scan's hidden classes alive (see shapeSample.ts). */
function pinScannerShapes(): void {
  const options: ScanOptions = { language: 'jsonc', association: 'document', maxDepth: 8 };
  const scanner = pin(new StructureScanner(SAMPLE_DOCUMENT, SAMPLE_DOCUMENT.length, options));

  if (scanner.run(0)) {
    pin(scanner.result());
  }
}

pinScannerShapes();
