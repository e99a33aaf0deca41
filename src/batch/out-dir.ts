// Owns the --out-dir folder: safe names unique by construction, exclusive atomic writes, and what a resumed run may skip.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { recordLine } from './outcome.js';

const JSON_SUFFIX = '.json';
const ERROR_SUFFIX = '.error.json';
const TEMP_SUFFIX = '.tmp';

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

/** The output folder cannot be used at all: the run stops before parsing anything. */
export class OutDirUnusable extends Error {
  override name = 'OutDirUnusable';
}

/** One output could not be written (disk full, permission denied): that input fails, the run goes on. */
export class WriteFailed extends Error {
  override name = 'WriteFailed';
}

export class OutDir {
  readonly #root: string;
  readonly #skipExisting: boolean;
  /** Extension of a letter's file: ".json", or the --format's (".csv", ".tsv", ".md"). */
  readonly #letterSuffix: string;
  /**
   * Output file names reserved so far, folded to lower case ("A.pdf" and "a.htm" must not share
   * a file on macOS). A stem reserves both its letter and its error name, so "x.error.htm" can
   * never be mistaken for the error record of "x.htm".
   */
  readonly #reserved = new Set<string>();
  /** Next suffix to try per base stem, so a thousand inputs named alike cost a thousand steps, not a million. */
  readonly #nextSuffix = new Map<string, number>();
  #existing = new Set<string>();
  /** Temp files being written now: removed if the run is interrupted. */
  readonly #writing = new Set<string>();

  /** @param letterSuffix extension of a letter's file; error records are always `<name>.error.json` */
  constructor(dir: string, skipExisting: boolean, letterSuffix = JSON_SUFFIX) {
    this.#root = resolve(dir);
    this.#skipExisting = skipExisting;
    this.#letterSuffix = letterSuffix;
  }

  /**
   * Create the folder, check that a file can be written in it, and note the outputs a previous run left.
   * @throws OutDirUnusable when the folder cannot be created or written
   */
  async open(): Promise<void> {
    try {
      await mkdir(this.#root, { recursive: true });
      if (!(await stat(this.#root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      const probe = this.#createTemp('probe');
      closeSync(probe.fd);
      this.#writing.delete(probe.path);
      rmSync(probe.path, { force: true });
      if (this.#skipExisting) this.#existing = new Set(await readdir(this.#root));
    } catch (error) {
      throw new OutDirUnusable(`--out-dir ${this.#root}: ${describeWriteError(error)}`);
    }
  }

  /**
   * The stem for the next input, in input order: the same inputs always get the same
   * stems ("name", "name-2", …), which is what lets a resumed run find its earlier outputs.
   */
  claim(file: string): Claim {
    const base = outputStem(file);
    const key = base.toLowerCase();
    let n = this.#nextSuffix.get(key) ?? 1;
    for (;; n++) {
      const stem = n === 1 ? base : `${base}-${n}`;
      const names = [stem + this.#letterSuffix, stem + ERROR_SUFFIX].map((name) => name.toLowerCase());
      if (names.some((name) => this.#reserved.has(name))) continue;
      for (const name of names) this.#reserved.add(name);
      this.#nextSuffix.set(key, n + 1);
      const skip = this.#skipExisting && (this.#existing.has(stem + this.#letterSuffix) || this.#existing.has(stem + ERROR_SUFFIX));
      return { stem, skip };
    }
  }

  /**
   * Write a letter or an error record: a temp file of a random name, created exclusively (a link
   * planted there is never followed), then renamed over the target, so a killed run never leaves
   * half a JSON file.
   * @throws WriteFailed when the file cannot be written; no temp file is left behind
   */
  async write(stem: string, ok: boolean, json: string | Uint8Array): Promise<string> {
    const target = this.#inside(stem + (ok ? this.#letterSuffix : ERROR_SUFFIX));
    let temp: string | undefined;
    let renamed = false;
    try {
      const created = this.#createTemp(stem);
      temp = created.path;
      try {
        writeFileSync(created.fd, recordLine(json));
      } finally {
        closeSync(created.fd);
      }
      await rename(temp, target);
      renamed = true;
      // A letter that failed before and parses now (or the reverse) keeps one current answer.
      await rm(this.#inside(stem + (ok ? ERROR_SUFFIX : this.#letterSuffix)), { force: true });
    } catch (error) {
      throw new WriteFailed(`cannot write ${target}: ${describeWriteError(error)}`);
    } finally {
      // Written or not, the temp file is no longer in progress (kept in the set, every output of a run piled up there).
      // Removed in the same step as it leaves the set: a signal in between would leave it behind.
      if (temp !== undefined) {
        this.#writing.delete(temp);
        if (!renamed) rmSync(temp, { force: true });
      }
    }
    return target;
  }

  /** On a signal or a fatal stop: drop the temp files of writes in progress (synchronous: the process is about to exit). */
  abandon(): void {
    for (const temp of this.#writing) rmSync(temp, { force: true });
    this.#writing.clear();
  }

  /**
   * A temp file created and noted as in progress in one synchronous step, written the same way: an
   * asynchronous open or write runs on another thread, where a signal's cleanup (abandon) can come before
   * the file exists and the process exit after, leaving it behind (seen once in CI).
   */
  #createTemp(stem: string): { path: string; fd: number } {
    // Hidden (leading dot) so a reader of the folder never takes it for an output.
    const path = this.#inside(`.${stem}.${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`);
    // 'wx': O_CREAT | O_EXCL, which fails on any existing name, a symbolic link included.
    const fd = openSync(path, 'wx', 0o644);
    this.#writing.add(path);
    return { path, fd };
  }

  #inside(name: string): string {
    const path = resolve(this.#root, name);
    if (!path.startsWith(this.#root + sep) || path !== join(this.#root, basename(path))) {
      throw new Error(`output path escapes --out-dir: ${name}`);
    }
    return path;
  }
}

/** A file-system error on writing, as a short phrase a user can act on. */
function describeWriteError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'disk quota exceeded';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'not a folder';
  return error instanceof Error ? error.message : String(error);
}
