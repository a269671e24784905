/**
 * Dotted lines, routed in a second pass once the boxes and the solid lines
 * are placed: orthogonal, around every box (never through one), and never
 * along a solid line nor along a dotted line routed before it, so a matrix
 * line reads as its own line on a wall.
 *
 * Each line is a shortest path with few bends (A* on a grid of small cells,
 * a bend costing a few cells) from a side of the dotted-line manager to a
 * side of the report. Cells a box touches are walls; a step along a solid
 * line's cell costs much more than crossing it. The search runs in the
 * window around the two ends, widened only when no path is found there, and
 * a window holds at most MAX_CELLS cells (the cells grow instead), so each
 * line costs about its window's area, not the chart's boxes squared. Boxes
 * near the window come from the grid index (boxGrid.ts).
 *
 * A dotted line already routed is kept off wider than its own cells: a step
 * that runs beside it closer than DOTTED_GAP costs like a step along a solid
 * line. On the bare grid the next line took the neighbouring cell, 6 px away
 * (less where two windows' grids are offset), and two dashed lines that close
 * read as one thick line.
 */
import { BoxGrid } from './boxGrid.js';
import { SPACING, type Rect } from './geometry.js';
import { segmentCrossesRect } from './lineProblems.js';
import type { DrawingEdge } from '../types.js';

type Point = [number, number];

/** Cell side (px): under half the narrowest gap between boxes side by side (SPACING.node = 20). */
const CELL = 6;
const MAX_CELLS = 1_000_000;
/** A bend costs this many steps; a step along a solid line this many more. */
const BEND = 4;
const ALONG_SOLID = 60;
/**
 * How far apart two parallel dotted lines run (px): the distance a line down the middle of the narrowest
 * gap between two boxes (SPACING.node) keeps from each of them. Nearer, their dashes merge into one line.
 */
export const DOTTED_GAP = SPACING.node / 2;
/**
 * The distance still to go counts this much more than the way come (weighted
 * A*): the search heads for the report instead of widening evenly over the
 * many equally short paths of a grid, at the price of a route at most this
 * factor longer than the shortest. Measured on the generated 3k-role org:
 * the 30 dotted lines took 65 s with 1, well under a second with 2.
 */
const GREED = 2;
/**
 * States one line's searches may take in all, over all its windows. Far ends on a chart of
 * 100k roles would otherwise have each line search windows of a million cells, four states each,
 * several times: the chart's time grew faster than its size. A line over budget is drawn straight,
 * as a line with no route is. Chosen well above what any line of the generated 10k-role org or of
 * a golden chart takes, so their routes are unchanged.
 */
const LINE_BUDGET = 400_000;
/** States a search takes before it checks that its two ends are joined at all (see `connected`). */
const FLOOD_AFTER = 20_000;
/** Words a search state takes in the scratch buffer, and where each of its fields is (see Scratch). */
const STATE = 3;
/**
 * The states are kept by square tiles of TILE × TILE cells (64 cells, 3 KB), not row by row: a search
 * walks a band of its window, and row by row every row of a narrow band was a fresh page of memory, each
 * a page fault (30–50 µs on the loaded 2-core bench machine). At 1k roles the pages of states the searches
 * touch went from 1,290 to 643. Each tile is given its room the first time a search reaches it: one buffer
 * laid out over the whole window (48 bytes a cell, 14 MB for a window of 300k cells where the search reached
 * a few thousand states) was zeroed, hence touched, in full. Only where a state is kept moves: the search,
 * and the routes, are the same.
 */
const TILE_SHIFT = 3;
const TILE = 1 << TILE_SHIFT;
const STAMP = 0;
const COST = 1;
const CAME = 2;
/**
 * A state's cost is a whole number of steps (each 1, plus BEND, plus ALONG_SOLID), kept in an Int32Array (see MinHeap
 * for why not a Float32Array) and rounded as the Float32Array it was kept in rounded it: above 2^24 (a path of 258k
 * steps along solid lines, which no chart comes near), so the search is the same whatever the cost. Under LINE_BUDGET
 * a cost stays below 65 × 400k, far from 2^31.
 */
const asFloat32 = (cost: number) => (cost < 16_777_216 ? cost : Math.fround(cost));
/** The bits of a cell in Scratch.along. */
const ALONG_ROW = 1;
const ALONG_COLUMN = 2;
const GOAL = 4;
/** Steps right, down, left, up. */
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

interface Window {
  x: number;
  y: number;
  cell: number;
  cols: number;
  rows: number;
}

/**
 * A binary heap of (key, value) in typed arrays (a search pushes millions: plain arrays of numbers were most of its time).
 * The keys are whole numbers (a cost and a distance in steps, see COST), so they are kept as integers: until V8 has
 * optimised the search, each number read from a Float64Array was a new heap object (garbage), one from an Int32Array is not.
 */
class MinHeap {
  private keys = new Int32Array(1024);
  private values = new Int32Array(1024);
  size = 0;
  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Int32Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Int32Array(this.size * 2);
      values.set(this.values);
      this.values = values;
    }
    const { keys, values } = this;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      values[i] = values[p]!;
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }
  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    const last = --this.size;
    const lastKey = keys[last]!;
    const lastValue = values[last]!;
    if (last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const c = l + 1 < last && keys[l + 1]! < keys[l]! ? l + 1 : l;
        if (keys[c]! >= lastKey) break;
        keys[i] = keys[c]!;
        values[i] = values[c]!;
        i = c;
      }
      keys[i] = lastKey;
      values[i] = lastValue;
    }
    return top;
  }
}

/** Words a tile's states take: TILE × TILE cells, four headings a cell, STATE words a state. */
const TILE_WORDS = TILE * TILE * 4 * STATE;

/**
 * A search's grids, kept from one line to the next: fresh ones of up to
 * MAX_CELLS cells (tens of MB, filled) for each of a thousand lines were
 * most of the routing time. The states are not cleared at all: a state's
 * cost counts only when its stamp is this search's.
 */
class Scratch {
  private size = 0;
  blocked = new Uint8Array(0);
  /** ALONG_ROW: a horizontal solid line is in the cell, ALONG_COLUMN: a vertical one; GOAL: a door of the report. */
  along = new Uint8Array(0);
  /**
   * The states of the tiles made so far, side by side in one buffer (STATE words a state: STAMP, COST,
   * CAME): which search wrote the state, its cost so far and the state it was reached from. Interleaved, a
   * state the search reaches first touches one fresh page of memory, not three (each a page fault). The
   * three views share the buffer, which doubles when full (one ArrayBuffer a tile was its own cost).
   * Each search hands the room out again from the first tile (see `take`).
   */
  stamp = new Uint32Array(0);
  cost = new Int32Array(0);
  came = new Int32Array(0);
  /** Per tile of the window (row by row of tiles): the first word of its states, or -1 before this search first reaches it (`tile`). */
  tileAt = new Int32Array(0);
  /** The tiles this search has made, in the order it made them (`take` forgets them). */
  private made = new Int32Array(0);
  private tilesMade = 0;
  search = 0;
  /** Per cell: the search that reached it in the flood fill, and the fill's queue (made at the first fill). */
  reached = new Uint32Array(0);
  queue = new Int32Array(0);
  /** The first `n` cells cleared, room for `tiles` tiles, and a new search number. */
  take(n: number, tiles: number): this {
    // The last search's tiles are forgotten and the room is handed out again from the first tile: a search's
    // states land on pages an earlier search already touched, and the buffer is as large as the largest
    // search, not as all of them (the tile numbers of one window are not those of the next, so keeping each
    // tile's room made the buffer grow with every line: 717 tiles for the 10 lines of the 1k-role org where
    // the largest search takes 211, each new page a page fault of ~15 µs on the bench machine, and each
    // doubling a copy). The stamps tell the searches apart, as before: only where a state is kept changes.
    const { tileAt, made } = this;
    for (let i = 0; i < this.tilesMade; i++) tileAt[made[i]!] = -1;
    this.tilesMade = 0;
    if (tiles > tileAt.length) this.tileAt = new Int32Array(tiles).fill(-1);
    if (n > this.size) {
      this.size = n;
      this.blocked = new Uint8Array(n);
      this.along = new Uint8Array(n);
    } else {
      this.blocked.fill(0, 0, n);
      this.along.fill(0, 0, n);
    }
    if (++this.search === 0xffffffff) {
      this.stamp.fill(0);
      this.reached.fill(0);
      this.search = 1;
    }
    return this;
  }

  /** The first word of tile `t`'s states, made now if no search has reached it yet (the views may be new ones after). */
  tile(t: number): number {
    const made = this.tileAt[t]!;
    if (made >= 0) return made;
    const at = this.tilesMade * TILE_WORDS;
    if (at + TILE_WORDS > this.stamp.length) {
      // Room for 256 tiles at first (768 KB, touched only as the searches reach it): the largest search of the
      // 1k-role org takes 211, and each doubling copies what is there.
      const tiles = Math.max(256, 2 * this.made.length);
      const states = new ArrayBuffer(tiles * TILE_WORDS * 4);
      const stamp = new Uint32Array(states);
      stamp.set(this.stamp);
      this.stamp = stamp;
      this.cost = new Int32Array(states);
      this.came = new Int32Array(states);
      const made = new Int32Array(tiles);
      made.set(this.made);
      this.made = made;
    }
    this.made[this.tilesMade++] = t;
    this.tileAt[t] = at;
    return at;
  }

  /** The flood fill's arrays, for a window of `n` cells (this search's `reached` marks are its number). */
  fill(n: number): { reached: Uint32Array; queue: Int32Array } {
    if (this.reached.length < n) {
      this.reached = new Uint32Array(n);
      this.queue = new Int32Array(n);
    }
    return { reached: this.reached, queue: this.queue };
  }
}

export class DottedRouter {
  private readonly scratch = new Scratch();
  private readonly boxes: BoxGrid<Rect>;
  /**
   * The solid lines' segments, and those of every dotted line routed so far: a step along one (for a dotted
   * line, a step beside it closer than its `keepOff`) costs ALONG_SOLID.
   */
  private readonly solids: BoxGrid<Track>;

  constructor(
    boxes: Iterable<Rect>,
    solid: DrawingEdge[],
    private readonly bounds: { width: number; height: number },
  ) {
    this.boxes = new BoxGrid(boxes);
    const tracks: Track[] = [];
    for (let i = 0; i < solid.length; i++) segmentsOf(solid[i]!.points, 0, tracks);
    this.solids = new BoxGrid(tracks);
  }

  /** The route from `from`'s border to `to`'s border, or undefined when no window has one. */
  route(from: Rect, to: Rect): Point[] | undefined {
    const x0 = Math.min(from.x, to.x);
    const y0 = Math.min(from.y, to.y);
    const x1 = Math.max(from.x + from.width, to.x + to.width);
    const y1 = Math.max(from.y + from.height, to.y + to.height);
    const budget = { left: LINE_BUDGET };
    for (const pad of [60, 240, 960, Infinity]) {
      const left = Math.max(0, x0 - pad);
      const top = Math.max(0, y0 - pad);
      const right = Math.min(this.bounds.width, x1 + pad);
      const bottom = Math.min(this.bounds.height, y1 + pad);
      const cell = Math.max(CELL, Math.ceil(Math.sqrt(((right - left) * (bottom - top)) / MAX_CELLS)));
      // Cells over twice the usual size are wider than the gaps between boxes: such a window blocks nearly
      // every way through, and on a very large chart searching it (filling a million cells) was most of the time.
      if (cell > 2 * CELL) break;
      const w: Window = { x: left, y: top, cell, cols: Math.ceil((right - left) / cell), rows: Math.ceil((bottom - top) / cell) };
      const found = this.search(w, from, to, budget);
      if (found) {
        // The next dotted line keeps DOTTED_GAP off this one's track: two lines on one track could not be
        // told apart, and two lines a cell apart read as one thick line.
        for (const s of segmentsOf(found, DOTTED_GAP, [])) this.solids.add(s);
        return found;
      }
      if (budget.left <= 0) break;
      if (right - left >= this.bounds.width && bottom - top >= this.bounds.height) break;
    }
    return undefined;
  }

  private search(w: Window, from: Rect, to: Rect, budget: { left: number }): Point[] | undefined {
    const n = w.cols * w.rows;
    const tilesPerRow = Math.ceil(w.cols / TILE);
    const scratch = this.scratch.take(n, tilesPerRow * Math.ceil(w.rows / TILE));
    const { blocked, along, tileAt, search: mark } = scratch;
    /** The first word of the states of the tile cell (c, r) is in (made if need be: read the views after). */
    const tileOf = (c: number, r: number) => {
      const t = (r >> TILE_SHIFT) * tilesPerRow + (c >> TILE_SHIFT);
      const at = tileAt[t]!;
      return at >= 0 ? at : scratch.tile(t);
    };
    /** The first of cell (c, r)'s four states in its tile, row by row in the tile (heading added, × STATE: its words). */
    const slotOf = (c: number, r: number) => (((r & (TILE - 1)) << TILE_SHIFT) | (c & (TILE - 1))) * 4;
    /** The word where the state `state` (cell × 4 + heading, as the heap and `came` name states) is kept. */
    const at = (state: number): number => {
      const cell = state >> 2;
      const c = cell % w.cols;
      const r = (cell - c) / w.cols;
      return tileOf(c, r) + (slotOf(c, r) + (state & 3)) * STATE;
    };
    const right = w.x + w.cols * w.cell;
    const bottom = w.y + w.rows * w.cell;
    // The cells from `lo` to `hi` (a column or row number apiece, not a pair: these run for every box and line
    // near the window, before the search's code is optimised, where a pair and its destructuring were garbage).
    const firstCell = (lo: number, origin: number) => Math.max(0, Math.floor((lo - origin) / w.cell));
    const lastCell = (hi: number, origin: number, count: number) => Math.min(count - 1, Math.floor((hi - origin) / w.cell));
    const nearBoxes = this.boxes.near(w.x, w.y, right, bottom);
    for (let i = 0; i < nearBoxes.length; i++) {
      const b = nearBoxes[i]!;
      const c0 = firstCell(b.x - 1, w.x);
      const c1 = lastCell(b.x + b.width + 1, w.x, w.cols);
      const r1 = lastCell(b.y + b.height + 1, w.y, w.rows);
      for (let r = firstCell(b.y - 1, w.y); r <= r1; r++) blocked.fill(1, r * w.cols + c0, r * w.cols + c1 + 1);
    }
    // Rows (or columns) whose centres lie nearer than `keepOff` to the line at `at`.
    const firstBeside = (at: number, keepOff: number, origin: number) =>
      Math.max(0, Math.floor((at - keepOff - origin) / w.cell - 0.5) + 1);
    const lastBeside = (at: number, keepOff: number, origin: number, count: number) =>
      Math.min(count - 1, Math.ceil((at + keepOff - origin) / w.cell - 0.5) - 1);
    const nearSolids = this.solids.near(w.x, w.y, right, bottom);
    for (let i = 0; i < nearSolids.length; i++) {
      const s = nearSolids[i]!;
      const beside = s.keepOff;
      const c0 = beside && !s.horizontal ? firstBeside(s.x, beside, w.x) : firstCell(s.x, w.x);
      const c1 = beside && !s.horizontal ? lastBeside(s.x, beside, w.x, w.cols) : lastCell(s.x + s.width, w.x, w.cols);
      const r0 = beside && s.horizontal ? firstBeside(s.y, beside, w.y) : firstCell(s.y, w.y);
      const r1 = beside && s.horizontal ? lastBeside(s.y, beside, w.y, w.rows) : lastCell(s.y + s.height, w.y, w.rows);
      const bit = s.horizontal ? ALONG_ROW : ALONG_COLUMN;
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) along[r * w.cols + c]! |= bit;
    }
    const centre = (i: number): Point => [w.x + ((i % w.cols) + 0.5) * w.cell, w.y + (Math.floor(i / w.cols) + 0.5) * w.cell];
    /**
     * Whether no box but the two ends is in the way from a to b; `around`: the boxes near both (a superset of those near
     * the segment). A box the segment's bounding box stays clear of is not in the way (segmentCrossesRect says so too, but
     * asked of every box around, hundreds of times an end, it was most of the doors' time).
     */
    const clear = (a: Point, b: Point, around: Rect[]) => {
      const left = a[0] < b[0] ? a[0] : b[0];
      const right = a[0] < b[0] ? b[0] : a[0];
      const top = a[1] < b[1] ? a[1] : b[1];
      const bottom = a[1] < b[1] ? b[1] : a[1];
      for (let i = 0; i < around.length; i++) {
        const box = around[i]!;
        if (box === from || box === to) continue;
        if (right <= box.x || left >= box.x + box.width || bottom <= box.y || top >= box.y + box.height) continue;
        if (segmentCrossesRect(a, b, box)) return false;
      }
      return true;
    };

    /** Free cells just outside each side of `r`, with the point on the border each one is reached from, and the step out. */
    const doorways = (r: Rect) => {
      const out: Array<{ cell: number; border: Point; dir: number }> = [];
      const c0 = firstCell(r.x, w.x);
      const c1 = lastCell(r.x + r.width, w.x, w.cols);
      const r0 = firstCell(r.y, w.y);
      const r1 = lastCell(r.y + r.height, w.y, w.rows);
      // Each door's way out runs from r's border to the centre of a cell at most a cell and a half outside it: the boxes
      // near the band two cells wide around r are all those near any of them (one grid query, not one a door).
      const margin = 2 * w.cell;
      const around = this.boxes.near(r.x - margin, r.y - margin, r.x + r.width + margin, r.y + r.height + margin);
      const side = (cell: number, border: Point, dir: number) => {
        if (cell < 0 || cell >= n || blocked[cell]) return;
        if (clear(border, centre(cell), around)) out.push({ cell, border, dir });
      };
      for (let c = c0; c <= c1; c++) {
        const x = w.x + (c + 0.5) * w.cell;
        if (x <= r.x + 2 || x >= r.x + r.width - 2) continue;
        if (r1 + 1 < w.rows) side((r1 + 1) * w.cols + c, [x, r.y + r.height], 1);
        if (r0 - 1 >= 0) side((r0 - 1) * w.cols + c, [x, r.y], 3);
      }
      for (let q = r0; q <= r1; q++) {
        const y = w.y + (q + 0.5) * w.cell;
        if (y <= r.y + 2 || y >= r.y + r.height - 2) continue;
        if (c1 + 1 < w.cols) side(q * w.cols + c1 + 1, [r.x + r.width, y], 0);
        if (c0 - 1 >= 0) side(q * w.cols + c0 - 1, [r.x, y], 2);
      }
      return out;
    };
    const starts = doorways(from);
    const goals = new Map(doorways(to).map((d) => [d.cell, d]));
    if (!starts.length || !goals.size) return undefined;
    // Marked in the grid: each state the search takes asks whether it is at a door, and a bit is cheaper than the map.
    for (const cell of goals.keys()) along[cell]! |= GOAL;

    const tx0 = Math.floor((to.x - w.x) / w.cell);
    const tx1 = Math.floor((to.x + to.width - w.x) / w.cell);
    const ty0 = Math.floor((to.y - w.y) / w.cell);
    const ty1 = Math.floor((to.y + to.height - w.y) / w.cell);
    const h = (cell: number) => {
      const c = cell % w.cols;
      const r = Math.floor(cell / w.cols);
      return Math.max(0, tx0 - c, c - tx1) + Math.max(0, ty0 - r, r - ty1);
    };
    const heap = new MinHeap();
    let pops = 0;
    for (const s of starts) {
      const state = s.cell * 4 + s.dir;
      const kept = at(state);
      scratch.stamp[kept + STAMP] = mark;
      scratch.cost[kept + COST] = 0;
      scratch.came[kept + CAME] = -1;
      heap.push(GREED * h(s.cell), state);
    }
    while (heap.size) {
      const state = heap.pop();
      // A window where no path of free cells joins the two ends has the search try every state before
      // giving up (most of the routing time on a 100k-role chart). A search that runs long asks a flood
      // fill once, which costs a few steps per cell; a search that finds its way soon never does.
      if (++pops === FLOOD_AFTER && !this.connected(w, blocked, starts, goals)) return undefined;
      if (--budget.left < 0) return undefined;
      const cell = state >> 2;
      const dir = state & 3;
      const c = cell % w.cols;
      const r = (cell - c) / w.cols;
      const g = scratch.cost[tileOf(c, r) + (slotOf(c, r) + dir) * STATE + COST]!;
      const goal = along[cell]! & GOAL ? goals.get(cell) : undefined;
      if (goal) return this.path(state, (s) => scratch.came[at(s) + CAME]!, centre, starts, goal);
      for (let d = 0; d < 4; d++) {
        if (d === (dir ^ 2)) continue; // no turning back
        const nc = c + DX[d]!;
        const nr = r + DY[d]!;
        if (nc < 0 || nr < 0 || nc >= w.cols || nr >= w.rows) continue;
        const next = nr * w.cols + nc;
        if (blocked[next]) continue;
        const alongSolid = (along[next]! & (d % 2 === 0 ? ALONG_ROW : ALONG_COLUMN)) !== 0;
        const ng = g + 1 + (d !== dir ? BEND : 0) + (alongSolid ? ALONG_SOLID : 0);
        const ns = next * 4 + d;
        const kept = tileOf(nc, nr) + (slotOf(nc, nr) + d) * STATE;
        const { stamp, cost, came } = scratch;
        if (stamp[kept + STAMP] === mark && ng >= cost[kept + COST]!) continue;
        stamp[kept + STAMP] = mark;
        cost[kept + COST] = asFloat32(ng);
        came[kept + CAME] = state;
        heap.push(ng + GREED * h(next), ns);
      }
    }
    return undefined;
  }

  /** Whether free cells join a start to a goal (four-way steps): without that the search cannot succeed. */
  private connected(w: Window, blocked: Uint8Array, starts: Array<{ cell: number }>, goals: Map<number, unknown>): boolean {
    const { reached, queue } = this.scratch.fill(w.cols * w.rows);
    const mark = this.scratch.search;
    let tail = 0;
    for (const s of starts)
      if (reached[s.cell] !== mark) {
        reached[s.cell] = mark;
        queue[tail++] = s.cell;
      }
    for (let head = 0; head < tail; head++) {
      const cell = queue[head]!;
      if (goals.has(cell)) return true;
      const c = cell % w.cols;
      for (let d = 0; d < 4; d++) {
        const next =
          d === 0 ? (c + 1 < w.cols ? cell + 1 : -1) : d === 1 ? (c > 0 ? cell - 1 : -1) : d === 2 ? cell + w.cols : cell - w.cols;
        if (next < 0 || next >= w.cols * w.rows || blocked[next] || reached[next] === mark) continue;
        reached[next] = mark;
        queue[tail++] = next;
      }
    }
    return false;
  }

  private path(
    end: number,
    came: (state: number) => number,
    centre: (i: number) => Point,
    starts: Array<{ cell: number; border: Point; dir: number }>,
    goal: { border: Point },
  ): Point[] {
    const cells: number[] = [];
    for (let s = end; s !== -1; s = came(s)) cells.push(s >> 2);
    cells.reverse();
    const start = starts.find((s) => s.cell === cells[0])!;
    const points: Point[] = [start.border];
    for (let i = 0; i < cells.length; i++) points.push(centre(cells[i]!));
    points.push(goal.border);
    return simplifyOrthogonal(points);
  }
}

/**
 * A line's segment as a rectangle (zero width or height) for a BoxGrid; `keepOff`: how far beside it a parallel step
 * still counts as along it (0: a solid line's, only its own cells).
 */
type Track = Rect & { horizontal: boolean; keepOff: number };

/** A line's axis-parallel segments as rectangles (zero width or height) for a BoxGrid, added to `out`. */
function segmentsOf(points: Point[], keepOff: number, out: Track[]): Track[] {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const x = Math.min(a[0], b[0]);
    const y = Math.min(a[1], b[1]);
    out.push({ x, y, width: Math.abs(a[0] - b[0]), height: Math.abs(a[1] - b[1]), horizontal: a[1] === b[1], keepOff });
  }
  return out;
}

/** Drop repeated points and the middle of three in a row on one line. */
function simplifyOrthogonal(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev[0] === last[0] && last[0] === p[0]) || (prev[1] === last[1] && last[1] === p[1]))) out.pop();
    out.push(p);
  }
  return out;
}
