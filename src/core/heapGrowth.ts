/**
 * A command that holds a large org and then a large drawing (`orgctl chart`)
 * asks V8 to collect its garbage sooner once the org turns out to be large.
 * After each full collection V8 lets the heap grow to up to four times what
 * was still alive before it collects again. The chart lets the model go
 * (half a gigabyte at 100k roles) once it has the view, but a heap allowed
 * to grow that far kept it as garbage while the layout, the routes and the
 * drawing were made on top: 1.2 GiB peak RSS where at most 450 MB is ever
 * alive. Growing by half at most (V8's own flag, read at each collection)
 * keeps the peak near one and a half times what is alive: 820 MiB at 100k
 * roles, for no measurable time there.
 *
 * Only past HEAP_BYTES, checked as the files are read (the collection that
 * sets the limit comes while the model is built, so deciding after loading
 * is too late): on a small org the extra collections cost about 8% of the
 * chart's CPU time (10k roles) and save nothing. A `--heap-growing-percent`
 * given to node itself is left alone.
 *
 * `orgctl serve` (serve/live.ts) asks the same for the same reason: it holds
 * the last good model and the layout it keeps for the next rebuild while it
 * reads, lays out and draws the new version, and a warm rebuild of 100k roles
 * peaked at 1.1 GiB with at most 600 MB alive.
 */
import v8 from 'node:v8';

const FLAG = 'heap-growing-percent';
const GROWING_PERCENT = 50;
/** Heap in use past which the org counts as large: the 10k-role org peaks near 100 MB, the 100k one at 500. */
const HEAP_BYTES = 200 * 2 ** 20;

/** Call it for each file read (the loader's `onFile`): once the heap in use passes HEAP_BYTES, V8 grows it by half at most from then on. */
export function collectSoonerWhenLarge(): () => void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes(FLAG));
  let decided = given;
  return () => {
    if (decided || v8.getHeapStatistics().used_heap_size < HEAP_BYTES) return;
    decided = true;
    v8.setFlagsFromString(`--${FLAG}=${GROWING_PERCENT}`);
  };
}
