/**
 * A uniform grid over the chart's boxes: which boxes lie near a point or a
 * segment, without comparing every line with every box (a 3k-role chart has
 * thousands of each). A box is filed in every cell it touches; a query visits
 * the cells its bounding box touches. Each item has a number, and a query
 * marks the items it has taken with its own stamp rather than building a
 * set: the dotted-line router asks for windows holding most of a 100k-role
 * chart, thousands of times.
 */
import type { Rect } from './geometry.js';

export class BoxGrid<T extends Rect> {
  /** Per cell, the numbers of the items filed in it. */
  private readonly cells = new Map<number, number[]>();
  private readonly items: T[] = [];
  private taken: Uint32Array;
  private query = 0;

  constructor(
    items: Iterable<T>,
    private readonly cell = 160,
  ) {
    for (const item of items) this.file(item);
    this.taken = new Uint32Array(this.items.length);
  }

  /** Files one more item (the dotted-line router adds each line it has routed). */
  add(item: T): void {
    this.file(item);
    if (this.items.length > this.taken.length) {
      const taken = new Uint32Array(Math.max(16, this.taken.length * 2));
      taken.set(this.taken);
      this.taken = taken;
    }
  }

  private file(item: T): void {
    const n = this.items.push(item) - 1;
    const c1 = this.last(item.x, item.x + item.width);
    const r1 = this.last(item.y, item.y + item.height);
    for (let r = this.first(item.y, item.y + item.height); r <= r1; r++)
      for (let c = this.first(item.x, item.x + item.width); c <= c1; c++) {
        const key = r * 1048576 + c;
        const list = this.cells.get(key);
        if (list) list.push(n);
        else this.cells.set(key, [n]);
      }
  }

  /**
   * The first and the last column (or row) of the cells the span from `a` to `b` meets. Cell keys are row × 2^20 +
   * column. Two numbers, not a tuple: filing a chart's thousands of line segments before V8 optimises this code, a
   * tuple and its destructuring were garbage.
   */
  private first(a: number, b: number): number {
    return Math.floor(Math.min(a, b) / this.cell);
  }

  private last(a: number, b: number): number {
    return Math.floor(Math.max(a, b) / this.cell);
  }

  /** The items whose cells meet the rectangle spanned by the two corners, each once (in the order cells and items were filed). */
  near(x0: number, y0: number, x1: number, y1: number): T[] {
    if (++this.query === 0xffffffff) {
      this.taken.fill(0);
      this.query = 1;
    }
    const { taken, query, items, cells } = this;
    const out: T[] = [];
    const c1 = this.last(x0, x1);
    const r1 = this.last(y0, y1);
    for (let r = this.first(y0, y1); r <= r1; r++)
      for (let c = this.first(x0, x1); c <= c1; c++) {
        const list = cells.get(r * 1048576 + c);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const n = list[i]!;
          if (taken[n] !== query) {
            taken[n] = query;
            out.push(items[n]!);
          }
        }
      }
    return out;
  }
}
