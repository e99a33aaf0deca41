// Owns turning command-line inputs (files, folders, globs, "-") into the ordered list of letters to parse.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files a folder contributes to a batch. */
export const LETTER_FILE = /\.(?:html?|txt|pdf)$/i;
const GLOB_CHARS = /[*?[{]/;

/** One letter to parse, in the order given; `unreadable` inputs get a READ_FAILED record without being opened. */
export type Input = { file: string; kind: 'file' } | { file: string; kind: 'stdin' } | { file: string; kind: 'unreadable'; error: string };

/** Why a FIFO, socket or device is never opened: reading one can block forever. */
export const NOT_REGULAR = 'not a regular file (a pipe, socket or device): not read';

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
        inputs.push({ file: arg, kind: 'unreadable', error: 'no file matches this pattern' });
        continue;
      }
      inputs.push({ file: arg, kind: 'unreadable', error: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      folders++;
      const found = await walk(arg, new Set());
      // A folder with no letter in it is a failed input too: a typo'd path must not pass as an empty success.
      if (found.length === 0) inputs.push({ file: arg, kind: 'unreadable', error: NO_LETTERS });
      inputs.push(...found);
    } else if (info.isFile()) {
      inputs.push({ file: arg, kind: 'file' });
    } else {
      inputs.push({ file: arg, kind: 'unreadable', error: NOT_REGULAR });
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

/** What a folder holds for a batch, when it holds no letter file. */
export const NO_LETTERS = 'no letter files (.htm .html .txt .pdf) in this folder';

/**
 * The letter files under a folder, sorted by path. A name that looks like a letter but
 * cannot be one (a broken symbolic link, a FIFO, a device, an unreadable sub-folder) is
 * listed as unreadable, so that it gets a record instead of vanishing from the batch.
 */
async function walk(dir: string, seen: Set<string>): Promise<Input[]> {
  // A symlinked folder that leads back up the tree is walked once, not forever.
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [{ file: dir, kind: 'unreadable', error: describeFsError(error) }];
  }
  const out: Input[] = [];
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let broken = false;
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      broken = target === undefined;
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) out.push(...(await walk(path, seen)));
    else if (!LETTER_FILE.test(entry.name)) continue;
    else if (isFile) out.push({ file: path, kind: 'file' });
    else out.push({ file: path, kind: 'unreadable', error: broken ? 'broken symbolic link: its target does not exist' : NOT_REGULAR });
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
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
