// A static packed R-tree over axis-aligned boxes (sort-tile-recursive packing), searched best-first for the item
// nearest to a query under a metric the caller supplies. Built once, queried many times; the search keeps its
// priority queue between queries, so one tree must not be searched from two searches at once (JavaScript's single
// thread guarantees that as long as a metric does not itself search the same tree).

const NODE_SIZE = 8;

export interface BoxMetric {
  /** A lower bound of `itemDistance` over every item whose box lies inside this box. */
  boxLowerBound(minX: number, minY: number, maxX: number, maxY: number): number;
  itemDistance(item: number): number;
}

export interface Nearest {
  item: number;
  distance: number;
}

export interface BoxTree {
  readonly size: number;
  nearest(metric: BoxMetric): Nearest | null;
}

/** `itemBoxes` holds [minX, minY, maxX, maxY] for item 0, then item 1, and so on. */
export function buildBoxTree(itemBoxes: Float64Array): BoxTree {
  const itemCount = itemBoxes.length / 4;
  const entries = packEntries(itemBoxes, itemCount);
  const queue = new MinQueue();
  return {
    size: itemCount,
    nearest(metric: BoxMetric): Nearest | null {
      if (itemCount === 0) return null;
      return searchNearest(entries, itemCount, metric, queue);
    },
  };
}

// Every entry of every level, items first (level 0), the root last. For an entry above level 0, its children are
// the entries [childStart, childEnd); for an item entry, childStart is the item's number.
interface Entries {
  boxes: Float64Array;
  childStart: Uint32Array;
  childEnd: Uint32Array;
}

function packEntries(itemBoxes: Float64Array, itemCount: number): Entries {
  // Level sizes from the items up to a single root; even one item gets a root above it.
  const levelSizes = [itemCount];
  while (itemCount > 0 && (levelSizes.length === 1 || levelSizes[levelSizes.length - 1]! > 1)) {
    levelSizes.push(Math.ceil(levelSizes[levelSizes.length - 1]! / NODE_SIZE));
  }
  const total = levelSizes.reduce((sum, size) => sum + size, 0);
  const boxes = new Float64Array(total * 4);
  const childStart = new Uint32Array(total);
  const childEnd = new Uint32Array(total);

  const itemIds = Uint32Array.from({ length: itemCount }, (_, i) => i);
  writeLevel(itemBoxes, itemIds, itemIds, 0, boxes, childStart, childEnd);

  let levelStart = 0;
  for (let level = 1; level < levelSizes.length; level++) {
    const levelCount = levelSizes[level - 1]!;
    const parentCount = levelSizes[level]!;
    const parentBoxes = new Float64Array(parentCount * 4);
    const parentStarts = new Uint32Array(parentCount);
    const parentEnds = new Uint32Array(parentCount);
    for (let p = 0; p < parentCount; p++) {
      const start = levelStart + p * NODE_SIZE;
      const end = Math.min(start + NODE_SIZE, levelStart + levelCount);
      parentStarts[p] = start;
      parentEnds[p] = end;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let c = start; c < end; c++) {
        minX = Math.min(minX, boxes[c * 4]!);
        minY = Math.min(minY, boxes[c * 4 + 1]!);
        maxX = Math.max(maxX, boxes[c * 4 + 2]!);
        maxY = Math.max(maxY, boxes[c * 4 + 3]!);
      }
      parentBoxes.set([minX, minY, maxX, maxY], p * 4);
    }
    levelStart += levelCount;
    writeLevel(parentBoxes, parentStarts, parentEnds, levelStart, boxes, childStart, childEnd);
  }
  return { boxes, childStart, childEnd };
}

// Writes one level's entries at `offset`, in sort-tile-recursive order: vertical slices by box centre x, each
// slice sorted by centre y, so that runs of NODE_SIZE consecutive entries are spatially compact.
function writeLevel(
  levelBoxes: Float64Array,
  starts: Uint32Array,
  ends: Uint32Array,
  offset: number,
  boxes: Float64Array,
  childStart: Uint32Array,
  childEnd: Uint32Array,
): void {
  const count = starts.length;
  const centreX = (i: number): number => levelBoxes[i * 4]! + levelBoxes[i * 4 + 2]!;
  const centreY = (i: number): number => levelBoxes[i * 4 + 1]! + levelBoxes[i * 4 + 3]!;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => centreX(a) - centreX(b));
  const sliceSize = NODE_SIZE * Math.ceil(Math.sqrt(Math.ceil(count / NODE_SIZE)));
  for (let s = 0; s < count; s += sliceSize) {
    const slice = order.slice(s, s + sliceSize).sort((a, b) => centreY(a) - centreY(b));
    for (let k = 0; k < slice.length; k++) order[s + k] = slice[k]!;
  }
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    boxes.set(levelBoxes.subarray(i * 4, i * 4 + 4), (offset + k) * 4);
    childStart[offset + k] = starts[i]!;
    childEnd[offset + k] = ends[i]!;
  }
}

function searchNearest(entries: Entries, itemCount: number, metric: BoxMetric, queue: MinQueue): Nearest | null {
  const { boxes, childStart, childEnd } = entries;
  let best = Infinity;
  let bestItem = -1;
  queue.clear();
  queue.push(childStart.length - 1, 0);
  while (queue.length > 0) {
    const bound = queue.peekKey();
    if (bound >= best) break;
    const node = queue.pop();
    for (let c = childStart[node]!, end = childEnd[node]!; c < end; c++) {
      if (c < itemCount) {
        const item = childStart[c]!;
        const distance = metric.itemDistance(item);
        if (distance < best) {
          best = distance;
          bestItem = item;
        }
      } else {
        const o = c * 4;
        const childBound = metric.boxLowerBound(boxes[o]!, boxes[o + 1]!, boxes[o + 2]!, boxes[o + 3]!);
        if (childBound < best) queue.push(c, childBound);
      }
    }
  }
  return bestItem < 0 ? null : { item: bestItem, distance: best };
}

// Binary min-heap of (key, value) pairs in growable typed arrays.
class MinQueue {
  private keys = new Float64Array(64);
  private values = new Uint32Array(64);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  push(value: number, key: number): void {
    if (this.length === this.keys.length) this.grow();
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.values[i] = this.values[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  pop(): number {
    const top = this.values[0]!;
    const last = --this.length;
    const key = this.keys[last]!;
    const value = this.values[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.values[i] = this.values[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const values = new Uint32Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
