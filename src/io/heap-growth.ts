/**
 * Node's memory while an archive is ingested or paired (issue 17: flat in the archive's size and
 * under 500 MB at 10⁵ articles). What the writer's thread holds stays the same as the archive
 * grows: its live heap after a full collection was 48–54 MB at every tenth of a 3·10⁴ ingest
 * and while pairing it (`node --expose-gc` on `bench:archive`). What rose to 500 MB was what V8
 * had not collected yet: after each full collection V8 lets a heap grow by a factor of up to
 * four before the next, on a machine with much memory (its heap controller; with a 256 MB limit,
 * `--max-old-space-size=256`, the same run peaked 80 MB lower, but a limit is a crash when
 * reached). Growing by 30% instead, a 3,000-article ingest and pairing peaked at 327 MB of RSS
 * against 403 MB (`bench:archive`, loads of 9–14; the README has the runs).
 * The flag is process-wide and read at each collection, so set at run time it holds for the
 * main thread and for the threads that prepare articles (`ready-workers.ts`) alike; it changes
 * when memory is collected, never a result.
 */
import { setFlagsFromString } from 'node:v8';

/** Let each heap of this process grow by `percent` over what was live after its last full collection, not up to fourfold. */
export function keepHeapTight(percent = 30): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
