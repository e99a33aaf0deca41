// Owns the --out-dir folder: safe, unique, stable file names, atomic writes, and what a resumed run may skip.
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';

const LETTER_SUFFIX = '.json';
const ERROR_SUFFIX = '.error.json';

/**
 * The output file stem for an input: its base name without extension, reduced to safe
 * characters so that no input name can escape the output folder or upset a file system.
 */
export function outputStem(file: string): string {
  const base = basename(file === '-' ? 'stdin' : file).replace(/\.[A-Za-z0-9]{1,5}$/, '');
  let safe = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.-]+/, '_').slice(0, 200);
  // A leading dot hides the file, a leading dash reads as an option to the next shell command.
  // Names Windows reserves for devices; harmless elsewhere, so always avoided.
  if (/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i.test(safe)) safe = `_${safe}`;
  return safe === '' ? 'letter' : safe;
}

/** Where one input's output goes, or that a resumed run already has it. */
export type Claim = { stem: string; skip: boolean };

export class OutDir {
  readonly #root: string;
  readonly #skipExisting: boolean;
  /** Stems given out so far, folded to lower case: "A.pdf" and "a.htm" must not share a file on macOS. */
  readonly #used = new Map<string, number>();
  #existing = new Set<string>();
  /** Temp files being written now: removed if the run is interrupted. */
  readonly #writing = new Set<string>();

  constructor(dir: string, skipExisting: boolean) {
    this.#root = resolve(dir);
    this.#skipExisting = skipExisting;
  }

  /** Create the folder and note the outputs a previous run left. */
  async open(): Promise<void> {
    await mkdir(this.#root, { recursive: true });
    if (this.#skipExisting) this.#existing = new Set(await readdir(this.#root));
  }

  /**
   * The stem for the next input, in input order: the same inputs always get the same
   * stems ("name", "name-2", …), which is what lets a resumed run find its earlier outputs.
   */
  claim(file: string): Claim {
    let stem = outputStem(file);
    const key = stem.toLowerCase();
    const seen = this.#used.get(key) ?? 0;
    this.#used.set(key, seen + 1);
    if (seen > 0) stem = `${stem}-${seen + 1}`;
    const skip = this.#skipExisting && (this.#existing.has(stem + LETTER_SUFFIX) || this.#existing.has(stem + ERROR_SUFFIX));
    return { stem, skip };
  }

  /** Write a letter or an error record: temp file then rename, so a killed run never leaves half a JSON file. */
  async write(stem: string, ok: boolean, json: string): Promise<string> {
    const target = this.#inside(stem + (ok ? LETTER_SUFFIX : ERROR_SUFFIX));
    const temp = `${target}.${process.pid}.tmp`;
    this.#writing.add(temp);
    try {
      await writeFile(temp, json.endsWith('\n') ? json : `${json}\n`);
      await rename(temp, target);
    } finally {
      this.#writing.delete(temp);
    }
    // A letter that failed before and parses now (or the reverse) keeps one current answer.
    await rm(this.#inside(stem + (ok ? ERROR_SUFFIX : LETTER_SUFFIX)), { force: true });
    return target;
  }

  /** On Ctrl-C: drop the temp files of writes in progress (synchronous: the process is about to exit). */
  abandon(): void {
    for (const temp of this.#writing) rmSync(temp, { force: true });
  }

  #inside(name: string): string {
    const path = resolve(this.#root, name);
    if (!path.startsWith(this.#root + sep)) throw new Error(`output path escapes --out-dir: ${name}`);
    return path;
  }
}
