// Shared by the tests: the hand-labelled fixture letters and the accepted known gaps.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const LETTERS_DIR = join(import.meta.dirname, '..', 'fixtures', 'letters');

export interface Fixture {
  stem: string;
  file: string;
  path: string;
  format: 'text' | 'html' | 'pdf';
  label: Record<string, unknown>;
}

/** Every letter in fixtures/letters with its hand label. */
export function fixtures(): Fixture[] {
  return readdirSync(LETTERS_DIR)
    .filter((f) => /\.(htm|html|txt|pdf)$/.test(f))
    .sort()
    .flatMap((file) => {
      const stem = file.replace(/\.[^.]+$/, '');
      const labelPath = join(LETTERS_DIR, `${stem}.expected.json`);
      if (!existsSync(labelPath)) return [];
      const format = file.endsWith('.pdf') ? 'pdf' : file.endsWith('.txt') ? 'text' : 'html';
      return [{ stem, file, path: join(LETTERS_DIR, file), format, label: JSON.parse(readFileSync(labelPath, 'utf8')) }];
    });
}

/** Checks that disagree with the hand label today, each with the reason it is accepted (fixtures/known-gaps.json). */
export function knownGaps(): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(join(LETTERS_DIR, '..', 'known-gaps.json'), 'utf8')).gaps;
}

/** The key of one check in known-gaps.json: "field" or "field#commentNumber". */
export function checkKey(check: { field: string; comment?: number }): string {
  return check.comment === undefined ? check.field : `${check.field}#${check.comment}`;
}

const BIN = join(import.meta.dirname, '..', 'bin', 'corresp.js');

/** Run `node bin/corresp.js ARGS` with NO_COLOR, optionally feeding standard input; never throws. */
export async function runCli(args: string[], input?: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const child = promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A letter as JSON for comparing two readings of it: white space collapsed, offsets and the source left out. */
export function sameLetter(letter: unknown): string {
  return JSON.stringify(letter, (key, value: unknown) => (key === 'location' || key === 'source' || key === 'offset' ? undefined : typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value));
}
