/**
 * The objects and arrays of a valid document in document order, as flat typed arrays: where each
 * starts and ends and which container holds it. A few bytes per container, so the index of a
 * 50 MB document stays small, and it answers "what encloses this offset" without a tree.
 */

const INITIAL_CAPACITY = 256;

export class ContainerTable {
  private startArray: Int32Array;
  private endArray: Int32Array;
  private parentArray: Int32Array;
  private size = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    this.startArray = new Int32Array(capacity);
    this.endArray = new Int32Array(capacity);
    this.parentArray = new Int32Array(capacity);
  }

  get count(): number {
    return this.size;
  }

  startOf(index: number): number {
    return this.startArray[index];
  }

  endOf(index: number): number {
    return this.endArray[index];
  }

  parentOf(index: number): number {
    return this.parentArray[index];
  }

  /** Records a container opening at `start` inside `parent` (-1 for none); returns its index. */
  open(start: number, parent: number): number {
    if (this.size === this.startArray.length) {
      this.grow(this.size * 2);
    }

    const index = this.size++;
    this.startArray[index] = start;
    this.endArray[index] = start;
    this.parentArray[index] = parent;
    return index;
  }

  close(index: number, end: number): void {
    this.endArray[index] = end;
  }

  /**
   * The innermost container whose brackets both lie outside `[from, to)`, so that replacing
   * that span leaves the container's own brackets alone; -1 when there is none.
   */
  innermostAround(from: number, to: number): number {
    let low = 0;
    let high = this.size - 1;
    let candidate = -1;

    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.startArray[middle] < from) {
        candidate = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    while (candidate >= 0 && this.endArray[candidate] - 1 < to) {
      candidate = this.parentArray[candidate];
    }
    return candidate;
  }

  /** How many containers from `index` on lie inside the one at `index`, itself included. */
  extentOf(index: number): number {
    const end = this.endArray[index];
    let last = index;

    while (last + 1 < this.size && this.startArray[last + 1] < end) {
      last++;
    }
    return last - index + 1;
  }

  /**
   * A new table where the container at `index` and everything inside it are replaced by
   * `replacement` (whose first entry is the new container, its offsets already final), and every
   * later container is moved by `delta` characters.
   */
  replaced(index: number, replacement: ContainerTable, delta: number): ContainerTable {
    const removed = this.extentOf(index);
    const added = replacement.size;
    const result = new ContainerTable(Math.max(INITIAL_CAPACITY, this.size - removed + added));
    const tail = index + removed;

    result.startArray.set(this.startArray.subarray(0, index));
    result.endArray.set(this.endArray.subarray(0, index));
    result.parentArray.set(this.parentArray.subarray(0, index));
    for (let offset = 0; offset < added; offset++) {
      const parent = replacement.parentArray[offset];
      result.startArray[index + offset] = replacement.startArray[offset];
      result.endArray[index + offset] = replacement.endArray[offset];
      result.parentArray[index + offset] = parent < 0 ? this.parentArray[index] : parent + index;
    }
    for (let old = tail; old < this.size; old++) {
      const moved = old - removed + added;
      const parent = this.parentArray[old];
      result.startArray[moved] = this.startArray[old] + delta;
      result.endArray[moved] = this.endArray[old] + delta;
      result.parentArray[moved] = parent >= tail ? parent - removed + added : parent;
    }
    for (let before = 0; before < index; before++) {
      if (this.endArray[before] >= this.endArray[index]) {
        result.endArray[before] += delta;
      }
    }
    result.size = this.size - removed + added;
    return result;
  }

  private grow(capacity: number): void {
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const parents = new Int32Array(capacity);

    starts.set(this.startArray);
    ends.set(this.endArray);
    parents.set(this.parentArray);
    this.startArray = starts;
    this.endArray = ends;
    this.parentArray = parents;
  }
}
