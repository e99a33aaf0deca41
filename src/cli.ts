// Owns the command line: argv, stdout/stderr, colour and exit status. The parser is loaded only when needed.
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { CorrespError, ErrorCode } from './errors.js';
import { VERSION } from './version.js';

/** Files a folder contributes to a batch. */
const LETTER_FILE = /\.(?:html?|txt|pdf)$/i;

/** Options of `corresp parse`, normalised once with their defaults. */
interface ParseCliOptions {
  ndjson: boolean;
  outDir: string | undefined;
  verify: boolean;
  maxBytes: number;
  quiet: boolean;
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

/**
 * Run the program.
 * @param argv process.argv (node, script, args…)
 * @returns the exit status: 0 all parsed, 1 some inputs failed, 2 usage error
 */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  // chalk's own detection ignores NO_COLOR; colour only on a TTY (STYLE.md §5).
  const colour = new Chalk({ level: process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '' ? 0 : process.stderr.isTTY ? 1 : 0 });
  let status = 0;
  const program = new Command()
    .name('corresp')
    .description('Turn SEC comment letters and company responses (text, HTML, EDGAR .txt) into structured JSON.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(colour.red(text)) });

  program
    .command('parse')
    .description('parse letters: one FILE gives one JSON document; several files or a folder give NDJSON, one line per letter')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .option('--ndjson', 'one JSON line per letter even for a single file', false)
    .option('--out-dir <dir>', 'write OUT/<name>.json per letter (<name>.error.json for a failure) instead of stdout')
    .option('--verify', 'check that every word of each letter lands in one output field (warning TEXT_NOT_COVERED)', false)
    .addOption(new Option('--max-bytes <n>', 'largest input accepted, in bytes').default(50 * 1024 * 1024).argParser(positiveInt))
    .option('-q, --quiet', 'no summary line on stderr', false)
    .action(async (inputs: string[], raw: Record<string, unknown>) => {
      const options: ParseCliOptions = {
        ndjson: raw.ndjson === true,
        outDir: typeof raw.outDir === 'string' ? raw.outDir : undefined,
        verify: raw.verify === true,
        maxBytes: Number(raw.maxBytes),
        quiet: raw.quiet === true,
      };
      status = await runParse(inputs, options, io, colour);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      const { outputJsonSchema } = await import('./schema.js');
      io.stdout(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    io.stderr(colour.red(`corresp: internal error: ${error instanceof Error ? error.message : String(error)}\n`));
    return 1;
  }
  return status;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(2, 'corresp.badNumber', `error: not a positive whole number: ${value}`);
  return n;
}

type Job = { file: string } & ({ kind: 'file' } | { kind: 'stdin' } | { kind: 'missing'; error: string });

/** Expand inputs: folders to their letter files (sorted), "-" to standard input. */
async function expandInputs(inputs: readonly string[]): Promise<{ jobs: Job[]; folders: number }> {
  const jobs: Job[] = [];
  let folders = 0;
  for (const input of inputs) {
    if (input === '-') {
      jobs.push({ file: '-', kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      jobs.push({ file: input, kind: 'missing', error: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      folders++;
      for (const file of await walk(input)) jobs.push({ file, kind: 'file' });
    } else {
      jobs.push({ file: input, kind: 'file' });
    }
  }
  return { jobs, folders };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && LETTER_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

async function runParse(inputs: readonly string[], options: ParseCliOptions, io: Io, colour: InstanceType<typeof Chalk>): Promise<number> {
  const [{ parseLetter }, emit] = await Promise.all([import('./index.js'), import('./emit.js')]);
  const { jobs, folders } = await expandInputs(inputs);
  // One file named on its own gives one JSON document; a folder always gives NDJSON, even of one letter.
  const single = jobs.length === 1 && folders === 0 && !options.ndjson && options.outDir === undefined;
  if (options.outDir !== undefined) await mkdir(options.outDir, { recursive: true });
  let failed = 0;
  const usedStems = new Map<string, number>();
  for (const job of jobs) {
    let record;
    let ok = false;
    try {
      if (job.kind === 'missing') throw new CorrespError(ErrorCode.READ_FAILED, job.error, { file: job.file });
      const bytes = job.kind === 'stdin' ? await io.readStdin() : await readBytes(job.file);
      const result = await parseLetter(bytes, { file: job.file, maxBytes: options.maxBytes, verify: options.verify });
      record = result.letter;
      ok = true;
      if (result.coverage && !result.coverage.ok) io.stderr(colour.yellow(`corresp: ${job.file}: warning TEXT_NOT_COVERED: ${result.coverage.problem}\n`));
    } catch (error) {
      failed++;
      const code = error instanceof CorrespError ? error.code : ErrorCode.INTERNAL;
      const message = error instanceof Error ? error.message : String(error);
      record = emit.errorRecord(job.file, code, message);
      io.stderr(colour.red(`corresp: ${job.file}: ${message} [${code}]\n`));
    }
    if (options.outDir !== undefined) {
      let stem = emit.outputStem(job.file);
      const seen = usedStems.get(stem) ?? 0;
      usedStems.set(stem, seen + 1);
      if (seen > 0) stem = `${stem}-${seen + 1}`;
      const target = resolve(options.outDir, `${stem}${ok ? '.json' : '.error.json'}`);
      // Write then rename, so an interrupted run never leaves half a JSON file.
      await writeFile(`${target}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
      await rename(`${target}.tmp`, target);
    } else if (single) {
      if (ok) io.stdout(emit.letterDocument(record as Parameters<typeof emit.letterDocument>[0]));
      else io.stdout(emit.ndjsonLine(record));
    } else {
      io.stdout(emit.ndjsonLine(record));
    }
  }
  if (!options.quiet && jobs.length > 1) {
    io.stderr(`corresp: ${jobs.length - failed} parsed, ${failed} failed\n`);
  }
  return failed > 0 ? 1 : 0;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CorrespError(ErrorCode.READ_FAILED, describeFsError(error), { file, cause: error });
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
