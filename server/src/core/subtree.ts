/**
 * Builds the jsonc-parser tree of one value that the structural scan already found valid, with
 * the offsets of the whole text. The nodes have the shape `parseDocument` gives them, so the
 * rules cannot tell the two apart. Iterative: nesting depth costs no stack.
 */
import { Node } from 'jsonc-parser';
import {
  CHAR,
  ESCAPED_FLAG,
  skipLiteral,
  skipNumber,
  skipTrivia,
  TrustedStringSkipper,
  stringValue,
} from './tokens';
import { pin, SAMPLE_DOCUMENT } from './shapeSample';

type MutableNode = {
  -readonly [Key in keyof Node]: Node[Key];
} & { children?: MutableNode[]; parent?: MutableNode };

/**
 * Builds subtrees of one text whose ranges are known to be valid; reusing a builder for ranges
 * in document order is fastest.
 */
export class SubtreeBuilder {
  private readonly strings: TrustedStringSkipper;

  constructor(
    private readonly text: string,
    private readonly comments: boolean,
  ) {
    this.strings = new TrustedStringSkipper(text);
  }

  /**
   * The tree of the valid value between `start` and `end`; its root has no parent. Undefined
   * only if the range turns out not to hold a value after all.
   */
  build(start: number, end: number): Node | undefined {
    const holder: MutableNode = { type: 'array', offset: start, length: 0, children: [] };
    let current = holder;
    let position = skipTrivia(this.text, start, end, this.comments);

    while (position >= 0 && position < end) {
      const code = this.text.charCodeAt(position);
      if (code === CHAR.openBrace || code === CHAR.openBracket) {
        current = this.open(current, position, code === CHAR.openBrace ? 'object' : 'array');
        position++;
      } else if (code === CHAR.closeBrace || code === CHAR.closeBracket) {
        current.length = position + 1 - current.offset;
        current = completed(current.parent ?? holder, position + 1);
        position++;
      } else if (code === CHAR.comma || code === CHAR.colon) {
        position++;
      } else if (code === CHAR.quote && current.type === 'object') {
        current = this.property(current, position, end);
        position = current.colonOffset ?? -1;
      } else {
        const literal = this.literal(current, position, end);
        if (literal === undefined) {
          return undefined;
        }
        position = literal.offset + literal.length;
        current = completed(current, position);
      }
      position = skipTrivia(this.text, position, end, this.comments);
    }

    const root = holder.children?.[0];
    if (root) {
      root.parent = undefined;
    }
    return root;
  }

  private open(parent: MutableNode, offset: number, type: 'object' | 'array'): MutableNode {
    const node: MutableNode = { type, offset, length: 0, parent, children: [] };

    addChild(parent, node);
    return node;
  }

  /** A property node with its key; its `colonOffset` is where reading resumes. */
  private property(object: MutableNode, offset: number, end: number): MutableNode {
    const rawEnd = this.strings.skip(offset, end);
    const escaped = rawEnd >= ESCAPED_FLAG;
    const keyEnd = escaped ? rawEnd - ESCAPED_FLAG : rawEnd;
    const colonOffset = skipTrivia(this.text, keyEnd, end, this.comments);
    const key: MutableNode = {
      type: 'string',
      value: stringValue(this.text, offset, keyEnd, escaped),
      offset,
      length: keyEnd - offset,
    };
    // The key stands in for the value until it is read, so the array is made at its final size.
    const property: MutableNode = {
      type: 'property',
      offset,
      length: 0,
      parent: object,
      children: [key, key],
      colonOffset,
    };

    key.parent = property;
    object.children?.push(property);
    return property;
  }

  /** Adds the string, number or keyword at `offset` to `parent`. */
  private literal(parent: MutableNode, offset: number, end: number): MutableNode | undefined {
    const node = this.literalNode(parent, offset, end);

    if (node) {
      addChild(parent, node);
    }
    return node;
  }

  private literalNode(parent: MutableNode, offset: number, end: number): MutableNode | undefined {
    const text = this.text;
    const code = text.charCodeAt(offset);

    if (code === CHAR.quote) {
      const rawEnd = this.strings.skip(offset, end);
      if (rawEnd < 0) {
        return undefined;
      }

      const escaped = rawEnd >= ESCAPED_FLAG;
      const valueEnd = escaped ? rawEnd - ESCAPED_FLAG : rawEnd;
      const value = stringValue(text, offset, valueEnd, escaped);
      return { type: 'string', value, offset, length: valueEnd - offset, parent };
    }
    if (code === CHAR.lowerT || code === CHAR.lowerF || code === CHAR.lowerN) {
      const literalEnd = skipLiteral(text, offset, end);
      const value = code === CHAR.lowerN ? null : code === CHAR.lowerT;
      const type = value === null ? 'null' : 'boolean';
      return literalEnd < 0 ? undefined
        : { type, value, offset, length: literalEnd - offset, parent };
    }

    const numberEnd = skipNumber(text, offset, end);
    return numberEnd < 0 ? undefined : {
      type: 'number',
      value: Number(text.slice(offset, numberEnd)),
      offset,
      length: numberEnd - offset,
      parent,
    };
  }
}

/** Adds a member to an object, an element to an array, or the value to a property. */
function addChild(parent: MutableNode, child: MutableNode): void {
  if (parent.type === 'property' && parent.children) {
    parent.children[1] = child;
  } else {
    parent.children?.push(child);
  }
}

/** A finished value closes the property holding it; returns the node reading goes on in. */
function completed(node: MutableNode, valueEnd: number): MutableNode {
  if (node.type !== 'property') {
    return node;
  }

  node.length = valueEnd - node.offset;
  return node.parent ?? node;
}

/** A sample builder and tree keep the nodes' hidden classes alive (see shapeSample.ts). */
pin(pin(new SubtreeBuilder(SAMPLE_DOCUMENT, true)).build(0, SAMPLE_DOCUMENT.length));
