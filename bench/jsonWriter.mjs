// Writes JSON as JSON.stringify would (pretty with two spaces, or minified) while recording
// where marked keys and values land, in UTF-16 offsets and as JSON pointers.

/** Objects with an injected mistake, and which member carries it. */
export const MISTAKE_MARKS = new WeakMap();

export class JsonWriter {
  constructor(pretty) {
    this.pretty = pretty;
    this.parts = [];
    this.length = 0;
    this.path = [];
    this.mistakes = [];
  }

  write(text) {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Writes one value at the given depth; `depth` only sets the indentation. */
  value(value, depth) {
    if (value === null || typeof value !== 'object') {
      this.write(JSON.stringify(value));
    } else if (Array.isArray(value)) {
      this.array(value, depth);
    } else {
      this.object(value, depth);
    }
  }

  array(items, depth) {
    if (items.length === 0) {
      this.write('[]');
      return;
    }

    this.write('[');
    items.forEach((item, index) => {
      this.write(index === 0 ? this.newline(depth + 1) : `,${this.newline(depth + 1)}`);
      this.path.push(String(index));
      this.value(item, depth + 1);
      this.path.pop();
    });
    this.write(`${this.newline(depth)}]`);
  }

  object(object, depth) {
    const keys = Object.keys(object);
    const mark = MISTAKE_MARKS.get(object);
    if (keys.length === 0) {
      this.write('{}');
      return;
    }

    this.write('{');
    keys.forEach((key, index) => {
      this.write(index === 0 ? this.newline(depth + 1) : `,${this.newline(depth + 1)}`);
      const marked = mark !== undefined && mark.key === key;
      this.recorded(marked && mark.on === 'key', mark, key, () => this.write(JSON.stringify(key)));
      this.write(this.pretty ? ': ' : ':');
      this.path.push(key);
      const writeValue = () => this.value(object[key], depth + 1);
      this.recorded(marked && mark.on === 'value', mark, key, writeValue);
      this.path.pop();
    });
    this.write(`${this.newline(depth)}}`);
  }

  /** Runs `emit`, and when the span is a marked mistake, records its range and pointer. */
  recorded(isMarked, mark, key, emit) {
    const start = this.length;
    emit();
    if (!isMarked) {
      return;
    }

    // A key mistake is located at its object (the key is not yet on the path), as ajv does.
    const pointer = this.pointer();
    this.mistakes.push({ code: mark.code, start, end: this.length, pointer, key, on: mark.on });
  }

  pointer() {
    const escaped = this.path.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'));
    return escaped.length === 0 ? '' : `/${escaped.join('/')}`;
  }

  newline(depth) {
    return this.pretty ? `\n${'  '.repeat(depth)}` : '';
  }

  /** The text so far, handed over in one piece; the writer starts empty again. */
  take() {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }
}
