// Owns running a script bundle from V8's code cache of it: the compiled code read back instead of compiled again, the
// functions the process had compiled when the cache was made included. V8 takes a cache only from its own version and
// flags and checks of the source only its length, so each cache is named by the bundle's first line (which names its
// content) and the process's flags; a cache that is missing, or that V8 rejects, costs only the compiling it would spare.
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** A bundle run: its exports, what became of its cache, and how to write one of what has been compiled since. */
export interface BundleRun {
  exports: Record<string, unknown>;
  cache: 'used' | 'rejected' | 'none';
  writeCache(): void;
}

/**
 * Run a CommonJS bundle (`file`, whose first line names its content) as Node would, from its cache for `flags` if there is one.
 * @param flags the V8 flags the process runs with (process.execArgv)
 */
export function runBundle(file: string, flags: readonly string[]): BundleRun {
  const source = readFileSync(file, 'utf8');
  const cacheFile = codeCacheFile(file, source, flags);
  const cachedData = readIfThere(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cache: cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'rejected' : 'used',
    writeCache() {
      // Written whole under a name of this process's own, then renamed: V8 checks no checksum of a cache (it would take a
      // damaged one and abort), so two builds at once must never write into one file.
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    },
  };
}

/** The build is making the caches (scripts/bundle-child.mjs starts its parser processes so). */
const WRITING_CACHES = process.env.CORRESP_WRITE_CODE_CACHE === '1';

/**
 * Run a bundle of this package (a parser process's, the PDF libraries') from its cache for this process's flags. The build
 * sends a few letters through a process started with `CORRESP_WRITE_CODE_CACHE=1` (scripts/bundle-child.mjs): each bundle
 * that process ran writes its cache, what the letters compiled included, as it exits.
 */
export function runCachedBundle(file: string): BundleRun {
  const run = runBundle(file, process.execArgv);
  if (WRITING_CACHES) process.on('exit', () => run.writeCache());
  return run;
}

/**
 * Whether the bundle `file` is there and has a cache for `flags` (this process's), or the build is making one: where the
 * bundle's modules could be imported instead, a bundle compiled afresh may start later than they would (the PDF
 * libraries' 3 MB: ~250 ms against ~210 ms imported, ~120 ms from the cache).
 */
export function hasCodeCache(file: string, flags: readonly string[] = process.execArgv): boolean {
  if (!existsSync(file)) return false;
  if (WRITING_CACHES) return true;
  // The cache's name needs only the bundle's first line.
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(256);
    const firstLine = head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0));
    return existsSync(codeCacheFile(file, firstLine, flags));
  } finally {
    closeSync(fd);
  }
}

/** Where the cache of `file` (its text `source`) for a process run with `flags` is kept: beside it. */
export function codeCacheFile(file: string, source: string, flags: readonly string[]): string {
  const key = [source.slice(0, source.indexOf('\n')), process.version, process.arch, ...flags].join('\0');
  // FNV-1a: a name, not a defence (the build removes the caches of a bundle it replaces).
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return `${file}.${(hash >>> 0).toString(16).padStart(8, '0')}.cache`;
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
