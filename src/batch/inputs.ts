// Owns turning command-line inputs (files, folders, globs, "-") into the ordered list of letters to parse.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files a folder contributes to a batch. */
const LETTER_FILE = /\.(?:html?|txt|pdf)$/i;
const GLOB_CHARS = /[*?[{]/;

/** One letter to parse, in the order given. */
export type Input = { file: string; kind: 'file' } | { file: string; kind: 'stdin' } | { file: string; kind: 'missing'; error: string };

/**
 * Expand inputs: folders to their letter files (recursive, sorted by path, symlinks followed
 * once), globs the shell did not expand to their matches, "-" to standard input.
 */
export async function expandInputs(args: readonly string[]): Promise<{ inputs: Input[]; folders: number }> {
  const inputs: Input[] = [];
  let folders = 0;
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ file: '-', kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      if (GLOB_CHARS.test(arg) && (error as { code?: string }).code === 'ENOENT') {
        const matches = await expandGlob(arg);
        if (matches.length > 0) {
          folders++;
          for (const file of matches) inputs.push({ file, kind: 'file' });
          continue;
        }
        inputs.push({ file: arg, kind: 'missing', error: 'no file matches this pattern' });
        continue;
      }
      inputs.push({ file: arg, kind: 'missing', error: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      folders++;
      for (const file of await walk(arg, new Set())) inputs.push({ file, kind: 'file' });
    } else {
      inputs.push({ file: arg, kind: 'file' });
    }
  }
  return { inputs, folders };
}

async function expandGlob(pattern: string): Promise<string[]> {
  // Loaded only for a quoted pattern: most runs never need it.
  const { glob } = await import('tinyglobby');
  const matches = await glob(pattern, { onlyFiles: true, expandDirectories: false });
  return matches.sort(byCodePoint);
}

async function walk(dir: string, seen: Set<string>): Promise<string[]> {
  // A symlinked folder that leads back up the tree is walked once, not forever.
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) out.push(...(await walk(path, seen)));
    else if (isFile && LETTER_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A file-system error as a short phrase a user can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
