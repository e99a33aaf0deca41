// Owns what a person watching a batch sees on stderr: a progress bar on a TTY and a one-line summary.
import type { ErrorCode } from '../errors.js';

/** Counts of a batch, for the summary line. */
export interface Tally {
  total: number;
  parsed: number;
  skipped: number;
  failed: Map<ErrorCode, number>;
}

export function newTally(total: number): Tally {
  return { total, parsed: 0, skipped: 0, failed: new Map() };
}

export const failedCount = (tally: Tally) => [...tally.failed.values()].reduce((a, b) => a + b, 0);

/** "1149 files in 12.3 s (93.4/s): 1140 parsed, 9 failed (PDF_CORRUPT 5, NOT_A_LETTER 4), 3 skipped" */
export function summaryLine(tally: Tally, seconds: number): string {
  const failed = failedCount(tally);
  const byCode = [...tally.failed].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
  const rate = seconds > 0 ? (tally.total - tally.skipped) / seconds : 0;
  return (
    `corresp: ${tally.total} files in ${seconds.toFixed(1)} s (${rate.toFixed(1)}/s): ${tally.parsed} parsed, ${failed} failed` +
    (failed > 0 ? ` (${byCode})` : '') +
    (tally.skipped > 0 ? `, ${tally.skipped} skipped (already in --out-dir)` : '')
  );
}

/** The live view of a batch; a no-op unless stderr is a terminal. */
export interface Progress {
  tick(tally: Tally): void;
  /** Print a message line without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

const silent = (write: (text: string) => void): Progress => ({ tick() {}, log: write, stop() {} });

/** A cli-progress bar: files done/total, letters/s, errors, ETA. */
export async function startProgress(enabled: boolean, total: number, write: (text: string) => void): Promise<Progress> {
  if (!enabled) return silent(write);
  // Loaded only when a person is watching.
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'corresp {bar} {value}/{total} files | {rate}/s | {errors} errors | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0.0', errors: 0 });
  const started = Date.now();
  return {
    tick(tally) {
      const done = tally.parsed + tally.skipped + failedCount(tally);
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? ((done - tally.skipped) / seconds).toFixed(1) : '0.0', errors: failedCount(tally) });
    },
    log(line) {
      // Clear the bar's line, print the message; the bar redraws itself below on the next tick.
      write(`\r\x1b[2K${line.endsWith('\n') ? line : `${line}\n`}`);
      bar.render();
    },
    stop() {
      bar.stop();
    },
  };
}
