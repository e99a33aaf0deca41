// Owns the command line: argv, stdout/stderr, colour and exit status. The parser and the pool load only when needed.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MIB, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS } from './limits.js';
import { VERSION } from './version.js';
import { PARSE_FORMATS, type ParseFormat } from './format/formats.js';
import type { SchemaKind } from './schema.js';
import { PDF_ENGINES, type PdfEngine } from './load/pdf-reader.js';

interface Io {
  /** Data only: text, or a parsed letter's JSON as the parser process sent it (UTF-8 bytes). */
  stdout: (text: string | Uint8Array) => unknown;
  stderr: (text: string) => void;
  readStdin: (maxBytes: number) => Promise<{ bytes: Uint8Array } | { tooLarge: number }>;
  /** Is stderr a terminal a person watches? (progress bar, summary) */
  interactive: boolean;
  /** Register a cleanup for when the process is stopped; returns the unregister function. */
  onStop: (cleanup: () => void) => () => void;
  /** Standard input as lines (`corresp thread -`); process.stdin when absent. */
  stdinLines?: () => AsyncIterable<string>;
  /** Width of the terminal stdout writes to, when it is one (`corresp topics` wraps to it). */
  columns?: number;
}

/** Standard input line by line (LF or CRLF), without holding it all; a chunk at a time, faster than node:readline. */
async function* stdinLines(): AsyncIterable<string> {
  process.stdin.setEncoding('utf8');
  let pending = '';
  for await (const chunk of process.stdin) {
    pending += chunk as string;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (pending !== '') yield pending;
}

/** Cleanups to run before the process exits on a signal or a closed stdout (parser processes, temp files). */
const cleanups = new Set<() => void>();

/** Run the cleanups and exit: 130 for Ctrl-C, 143 for SIGTERM, 0 when the reader of stdout has gone (`| head`). */
function stopNow(status: number): never {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Exiting anyway: one failed cleanup must not keep the others from running.
    }
  }
  process.exit(status);
}

const defaultIo: Io = {
  // Waits for the pipe to drain so that a slow reader (`| head`, `| jq`) never makes us buffer a whole batch.
  stdout: async (text) => {
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  },
  stderr: (text) => process.stderr.write(text),
  readStdin: async (maxBytes) => {
    // Counted as the bytes come: 1.5 GB piped in with --max-bytes 1000 must not be held in memory.
    const chunks: Buffer[] = [];
    let seen = 0;
    for await (const chunk of process.stdin) {
      seen += (chunk as Buffer).length;
      if (seen > maxBytes) {
        process.stdin.destroy();
        return { tooLarge: seen };
      }
      chunks.push(chunk as Buffer);
    }
    return { bytes: Buffer.concat(chunks) };
  },
  interactive: process.stderr.isTTY === true,
  ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  onStop: (cleanup) => {
    cleanups.add(cleanup);
    return () => cleanups.delete(cleanup);
  },
};

let stopHandlersInstalled = false;

/** Signals and a closed stdout end the run quietly, after the cleanups. */
function installStopHandlers(): void {
  if (stopHandlersInstalled) return;
  stopHandlersInstalled = true;
  process.once('SIGINT', () => stopNow(130));
  process.once('SIGTERM', () => stopNow(143));
  // EPIPE: the reader went away (`corresp --help | true`, `… | head -1`); nothing more can be said, so no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stopNow(0);
    process.stderr.write(`corresp: cannot write to standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`);
    stopNow(1);
  });
}

/**
 * Run the program.
 * @param argv process.argv (node, script, args…)
 * @returns the exit status: 0 all parsed, 1 some inputs failed, 2 usage error
 */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  if (io === defaultIo) installStopHandlers();
  const colour = await painter();
  let status = 0;
  const program = new Command()
    .name('corresp')
    .description('Turn SEC comment letters and company responses (text, HTML, PDF, EDGAR .txt) into structured JSON.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => void io.stdout(text), writeErr: io.stderr, outputError: (text, write) => write(colour.red(text)) });

  const parse = program
    .command('parse')
    .description('parse letters: one FILE gives one JSON document; several files, a folder or a glob give NDJSON in input order')
    .argument('<inputs...>', 'files, folders (recursive: .htm .html .txt .pdf), quoted globs, or - for standard input')
    .addOption(
      new Option('--format <format>', 'json: one file gives a JSON document, several NDJSON; ndjson: always NDJSON; csv/tsv: one row per comment; md: the letter as Markdown')
        .choices(PARSE_FORMATS)
        .default('json'),
    )
    .option('--ndjson', 'same as --format ndjson', false)
    .option('--out-dir <dir>', 'write OUT/<name>.json (.csv, .tsv, .md with --format) per letter, <name>.error.json per failure, instead of stdout')
    .option('--skip-existing', 'with --out-dir: leave out inputs whose output is already there (resume an interrupted run)', false)
    .option('--verify', 'check that every word of each letter lands in one output field (warning TEXT_NOT_COVERED)', false);
  withParsingOptions(parse).action(async (inputs: string[], raw: Record<string, unknown>) => {
      const outDir = typeof raw.outDir === 'string' ? raw.outDir : undefined;
      if (raw.skipExisting === true && outDir === undefined) {
        throw new CommanderError(2, 'corresp.usage', 'error: --skip-existing needs --out-dir');
      }
      let format = raw.format as ParseFormat;
      if (raw.ndjson === true) {
        if (format !== 'json' && format !== 'ndjson') throw new CommanderError(2, 'corresp.usage', `error: --ndjson and --format ${format} exclude each other`);
        format = 'ndjson';
      }
      const { runBatch, DEFAULT_JOBS } = await import('./batch/run.js');
      status = await runBatch(
        inputs,
        {
          ndjson: format === 'ndjson',
          format,
          outDir,
          skipExisting: raw.skipExisting === true,
          verify: raw.verify === true,
          ...parsingLimits(raw, DEFAULT_JOBS),
        },
        { ...io, paint: colour },
      );
    });

  const thread = program
    .command('thread')
    .description('group letters into conversations (SEC reviews): NDJSON, one conversation per line by first date (--format for JSON, CSV, TSV or Markdown); - reads parse NDJSON from standard input')
    .argument('<inputs...>', 'files, folders or quoted globs of letters (parsed as by parse), or - for `corresp parse` NDJSON on standard input')
    .addOption(
      new Option('--format <format>', 'ndjson: one conversation per line; json: one conversation as an indented document (several: NDJSON); csv, tsv: one row per staff comment; md: each conversation as Markdown')
        .choices(PARSE_FORMATS)
        .default('ndjson'),
    );
  withParsingOptions(thread).action(async (inputs: string[], raw: Record<string, unknown>) => {
      if (inputs.includes('-') && inputs.length > 1) throw new CommanderError(2, 'corresp.usage', 'error: - (parse records on standard input) cannot be mixed with other inputs');
      const [{ runThread }, { DEFAULT_JOBS }] = await Promise.all([import('./thread/run.js'), import('./batch/run.js')]);
      status = await runThread(
        inputs,
        {
          format: raw.format as ParseFormat,
          batch: {
            ndjson: true,
            outDir: undefined,
            skipExisting: false,
            verify: false,
            ...parsingLimits(raw, DEFAULT_JOBS),
          },
        },
        { ...io, paint: colour, stdinLines: io.stdinLines ?? stdinLines },
      );
    });

  program
    .command('schema')
    .description('print the JSON Schema of an output record: a parsed letter or an error record (one of each kind with --letter / --error), or a `corresp thread` conversation (--conversation)')
    .option('--letter', 'only the parsed-letter record', false)
    .option('--error', 'only the error record of a failed input', false)
    .option('--conversation', 'a conversation: one line of `corresp thread` NDJSON', false)
    .action(async (raw: Record<string, unknown>) => {
      const chosen = (['letter', 'error', 'conversation'] as const).filter((kind) => raw[kind] === true);
      if (chosen.length > 1) throw new CommanderError(2, 'corresp.usage', `error: ${chosen.map((k) => `--${k}`).join(' and ')} exclude each other`);
      await io.stdout(`${JSON.stringify(await schemaOf(chosen[0] ?? 'record'), null, 2)}\n`);
    });

  program
    .command('topics')
    .description('print the topic table: each topic id of comment.topics, what it covers, and the heading words, citations and phrases that are its evidence')
    .option('--json', 'the table as JSON (exact patterns and readable alternatives)', false)
    .action(async (raw: Record<string, unknown>) => {
      const [{ TOPICS }, { topicEntries, topicTableText }] = await Promise.all([import('./analyze/topics.js'), import('./format/topic-table.js')]);
      if (raw.json === true) await io.stdout(`${JSON.stringify(topicEntries(TOPICS), null, 2)}\n`);
      else await io.stdout(`${topicTableText(TOPICS, io.columns ?? 100)}\n`);
    });

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      if (error.code === 'corresp.usage') io.stderr(colour.red(`${error.message}\n`));
      return 2;
    }
    io.stderr(colour.red(`corresp: internal error: ${error instanceof Error ? error.message : String(error)}\n`));
    return 1;
  }
  return status;
}

/** The options of every command that parses letters (parse, thread): the parser processes and their limits. */
function withParsingOptions(command: Command): Command {
  return command
    .addOption(new Option('-j, --jobs <n>', 'parser processes working in parallel').default(undefined, 'number of cores').argParser(positiveInt))
    .addOption(new Option('--timeout <seconds>', 'give up on one file after this long (TIMEOUT)').default(DEFAULT_TIMEOUT_MS / 1000).argParser(positiveNumber))
    .addOption(
      new Option('--max-memory <MiB>', 'memory all parsing may use at once; a file that needs more gets TOO_LARGE')
        .default(DEFAULT_MAX_MEMORY_MIB)
        .argParser(positiveInt),
    )
    .addOption(new Option('--max-bytes <n>', 'largest input accepted, in bytes (TOO_LARGE)').default(DEFAULT_MAX_BYTES).argParser(positiveInt))
    .addOption(new Option('--max-pages <n>', 'most PDF pages accepted (TOO_LARGE)').default(DEFAULT_MAX_PAGES).argParser(positiveInt))
    .addOption(new Option('--pdf-engine <engine>', 'what reads a PDF\'s text: pdf.js, or PDFium (experimental: faster, see README)').choices(PDF_ENGINES).default('pdfjs'))
    .option('-q, --quiet', 'no progress bar and no summary (error lines still go to stderr)', false);
}

/** Those options as the batch runner takes them, with units and defaults settled once. */
function parsingLimits(raw: Record<string, unknown>, defaultJobs: number) {
  return {
    jobs: typeof raw.jobs === 'number' ? raw.jobs : defaultJobs,
    timeoutMs: Number(raw.timeout) * 1000,
    maxMemoryBytes: Number(raw.maxMemory) * 1024 * 1024,
    maxBytes: Number(raw.maxBytes),
    maxPages: Number(raw.maxPages),
    pdfEngine: raw.pdfEngine as PdfEngine,
    quiet: raw.quiet === true,
  };
}

interface Painter {
  red: (text: string) => string;
  yellow: (text: string) => string;
}

/**
 * Colour only on a TTY and never with NO_COLOR (STYLE.md §5; chalk's own detection ignores
 * NO_COLOR). chalk is loaded only when it will paint, so `--help` in a script does not pay for it.
 */
async function painter(): Promise<Painter> {
  const noColour = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  if (noColour || !process.stderr.isTTY) return { red: (text) => text, yellow: (text) => text };
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CommanderError(2, 'corresp.usage', `error: not a positive number: ${value}`);
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(2, 'corresp.usage', `error: not a positive whole number: ${value}`);
  return n;
}

/**
 * The JSON Schema `corresp schema` prints: from the file `npm run build` writes (scripts/write-schemas.mjs), which
 * spares the command loading zod and deriving it, else derived here (a build without it, the tests' sources).
 */
async function schemaOf(kind: SchemaKind): Promise<unknown> {
  try {
    const written = (JSON.parse(readFileSync(new URL('./output-schemas.json', import.meta.url), 'utf8')) as Record<string, unknown>)[kind];
    if (written !== undefined) return written;
  } catch {
    // No file: derive it below.
  }
  const { outputJsonSchema } = await import('./schema.js');
  return outputJsonSchema(kind);
}
