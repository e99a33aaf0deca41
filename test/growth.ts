// Shared by the timing tests: linear time asserted as growth (CPU time at 4x the input against 1x), never as a wall-clock bound.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';

// A full collection before each timed run, so no run pays for the garbage of the one before it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * The most CPU time the 4x input may take, as a multiple of the 1x input's: linear work gives
 * about 4, quadratic 16. Slack for garbage collection, which grows a little faster than the heap.
 */
export const GROWTH_LIMIT = 6;

/**
 * Below this the 1x time counts as this much: timer and scheduler noise of a few milliseconds
 * must not fail a fast case. Sizes are chosen so that 1x takes more than this anyway.
 */
const FLOOR_MS = 40;

/** CPU time (user + system) of this process while `run` runs, in milliseconds (all its threads: GC helpers count). */
async function cpuMs(run: () => unknown): Promise<number> {
  collect();
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * Time `run(1)` and `run(4)`, interleaved, `repeats` times each, and keep the least of each:
 * CPU time, not wall time, and the minimum, so a busy machine (CI is a shared 2-core box)
 * stretches neither. Inputs are built by `make` outside the timed part.
 * @returns the two times in milliseconds
 */
export async function growth<T, R>(make: (scale: 1 | 4) => T, run: (input: T) => R | Promise<R>, repeats = 2): Promise<{ small: number; large: number; result: R }> {
  const small = make(1);
  const large = make(4);
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  let result: R | undefined;
  for (let k = 0; k < repeats; k++) {
    smallMs = Math.min(smallMs, await cpuMs(() => run(small)));
    largeMs = Math.min(largeMs, await cpuMs(async () => { result = await run(large); }));
  }
  return { small: smallMs, large: largeMs, result: result as R };
}

/**
 * How many times the two sizes are measured before growth past GROWTH_LIMIT fails: a test file beside this one on a 2-core box
 * can keep the other core and the memory bus busy for seconds, longer than all the 4x runs of one measure (the full suite once
 * measured 6.4x, 255 ms at 1x and 1,621 ms at 4x, where the test alone measures 3.7-4.8x). Work that grows faster than linear
 * fails every measure; the bound stays GROWTH_LIMIT.
 */
const MEASURES = 3;

/**
 * Assert that `run` takes at most GROWTH_LIMIT times as long on the 4x input as on the 1x one.
 * Give the test a generous vitest timeout as a guard against hangs; it is no assertion.
 * @returns what `run` gave for the 4x input
 */
export async function expectLinear<T, R>(make: (scale: 1 | 4) => T, run: (input: T) => R | Promise<R>, repeats = 2): Promise<R> {
  for (let measure = 1; ; measure++) {
    const { small, large, result } = await growth(make, run, repeats);
    const message = `CPU time ${small.toFixed(0)} ms at 1x, ${large.toFixed(0)} ms at 4x (${(large / small).toFixed(1)}x; linear is about 4x)`;
    if (process.env.CORRESP_GROWTH_LOG) console.log(message);
    const bound = GROWTH_LIMIT * Math.max(small, FLOOR_MS);
    if (large <= bound || measure === MEASURES) {
      expect(large, message).toBeLessThanOrEqual(bound);
      return result;
    }
  }
}
