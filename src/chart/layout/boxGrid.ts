/**
 * A uniform grid over the chart's boxes: which boxes lie near a point or a
 * segment, without comparing every line with every box (a 3k-role chart has
 * thousands of each). A box is filed in every cell it touches; a query visits
 * the cells its bounding box touches.
 */
import type { Rect } from './geometry.js';

export class BoxGrid<T extends Rect> {
  private readonly cells = new Map<number, T[]>();

  constructor(
    items: Iterable<T>,
    private readonly cell = 160,
  ) {
    for (const item of items)
      this.visit(item.x, item.y, item.x + item.width, item.y + item.height, (k) => {
        this.file(k, item);
      });
  }

  private file(key: number, item: T): void {
    const list = this.cells.get(key);
    if (list) list.push(item);
    else this.cells.set(key, [item]);
  }

  /** Cell keys are row × 2^20 + column: charts stay far below a million cells a side. */
  private visit(x0: number, y0: number, x1: number, y1: number, fn: (key: number) => void): void {
    const [c0, c1] = [Math.floor(Math.min(x0, x1) / this.cell), Math.floor(Math.max(x0, x1) / this.cell)];
    const [r0, r1] = [Math.floor(Math.min(y0, y1) / this.cell), Math.floor(Math.max(y0, y1) / this.cell)];
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) fn(r * 1048576 + c);
  }

  /** The items whose cells meet the rectangle spanned by the two corners, each once. */
  near(x0: number, y0: number, x1: number, y1: number): T[] {
    const seen = new Set<T>();
    this.visit(x0, y0, x1, y1, (k) => {
      for (const item of this.cells.get(k) ?? []) seen.add(item);
    });
    return [...seen];
  }
}
