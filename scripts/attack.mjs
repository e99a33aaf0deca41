#!/usr/bin/env node
// `npm run attack`: the hostile-input families of the hardening issue, run against a corresp build.
// Not a test (the tests assert each family); this prints, per family, what happened: records and codes,
// exit status, wall time and the peak resident memory of the whole process tree, so two builds can be
// compared side by side (`--bin` of an older checkout gives the "before" column).
//
//   npm run attack                                  # this checkout
//   node scripts/attack.mjs --bin /old/bin/corresp.js --only font,stdin
//   node scripts/attack.mjs --pdf-engine pdfium     # every parse with PDFium reading the PDFs
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentStringBomb, fontBomb } from './lib/hostile-pdf.mjs';
import { treeRss } from './lib/process-tree.mjs';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    bin: { type: 'string', default: join(root, 'bin', 'corresp.js') },
    only: { type: 'string' },
    limit: { type: 'string', default: '180' },
    'pdf-engine': { type: 'string' },
  },
});
const LETTERS = join(root, 'fixtures', 'letters');
const HOSTILE = join(root, 'fixtures', 'hostile');
const VIANET = join(LETTERS, '2017-21vianet-corresp.txt');
const AJG_PDF = join(LETTERS, '2016-ajg-10k-upload.pdf');
const MiB = 1024 * 1024;

/** Run corresp with a time limit; sample the tree's memory every 20 ms. */
function run(cliArgs, { stdin, stdinBytes, env } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    // `--pdf-engine` goes after the command, for every parse.
    const engine = args['pdf-engine'] !== undefined && cliArgs[0] === 'parse' ? ['--pdf-engine', args['pdf-engine']] : [];
    const child = spawn(process.execPath, [args.bin, ...cliArgs.slice(0, 1), ...engine, ...cliArgs.slice(1)], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let killed = false;
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.stdin.on('error', () => {});
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 20);
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, Number(args.limit) * 1000);
    child.on('exit', (status, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolve({ status, signal, killed, stdout, stderr, seconds: (performance.now() - started) / 1000, peakMiB: Math.round(peak / MiB) });
    });
    if (stdinBytes !== undefined) feed(child.stdin, stdinBytes);
    else child.stdin.end(stdin);
  });
}

async function feed(stream, total) {
  const chunk = Buffer.alloc(MiB, 'a');
  for (let sent = 0; sent < total && !stream.destroyed; sent += chunk.length) {
    if (!stream.write(chunk)) {
      await new Promise((resolve) => {
        const done = () => {
          stream.off('drain', done).off('close', done);
          resolve();
        };
        stream.on('drain', done).on('close', done);
      });
    }
  }
  stream.end();
}

const records = (stdout) =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return { unparsable: true };
      }
    });
const codes = (stdout) => records(stdout).map((r) => r.error?.code ?? (r.unparsable ? 'BAD_JSON' : 'ok'));
const tempDir = () => mkdtempSync(join(tmpdir(), 'corresp-attack-'));
const stackTrace = (stderr) => /\n\s+at |Fatal|native stack|Error: /i.test(stderr);
const outcome = (r, extra = '') =>
  `${r.killed ? `KILLED after ${args.limit} s` : `exit ${r.status ?? r.signal}`}, ${r.seconds.toFixed(1)} s, peak ${r.peakMiB} MiB${extra ? `; ${extra}` : ''}${stackTrace(r.stderr) ? '; STACK TRACE on stderr' : ''}`;

/** One family: make the inputs, run, say what happened in a line. */
const families = {
  'pdf-string-bomb': async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.pdf'), contentStringBomb(140));
    const r = await run(['parse', join(dir, 'bomb.pdf')]);
    return outcome(r, `records ${codes(r.stdout).join(',') || 'none'}`);
  },
  'pdf-font-bombs-batch': async () => {
    const dir = tempDir();
    for (let i = 1; i <= 3; i++) writeFileSync(join(dir, `bomb${i}.pdf`), fontBomb(3000));
    writeFileSync(join(dir, 'letter.pdf'), readFileSync(AJG_PDF));
    const r = await run(['parse', '--jobs', '3', dir]);
    return outcome(r, `4 inputs -> records ${codes(r.stdout).join(',') || 'none'}`);
  },
  'mixed-batch-31': async () => {
    const dir = tempDir();
    const names = [];
    for (let i = 0; i < 31; i++) {
      const name = `f${String(i).padStart(2, '0')}`;
      if (i % 10 === 3) writeFileSync(join(dir, `${name}.pdf`), contentStringBomb(140));
      else if (i % 10 === 7) writeFileSync(join(dir, `${name}.pdf`), fontBomb(1500));
      else writeFileSync(join(dir, `${name}.txt`), readFileSync(VIANET));
      names.push(name);
    }
    const r = await run(['parse', '--jobs', '2', dir]);
    const got = codes(r.stdout);
    return outcome(r, `31 inputs -> ${got.length} records (${got.filter((c) => c === 'ok').length} ok, ${got.filter((c) => c !== 'ok').join(',')})`);
  },
  'stdin-over-max-bytes': async () => {
    const r = await run(['parse', '--max-bytes', '1000', '-'], { stdinBytes: 1536 * MiB });
    return outcome(r, `records ${codes(r.stdout).join(',') || 'none'}`);
  },
  'huge-file-3gb': async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 3 * 1024 * MiB);
    const r = await run(['parse', '--ndjson', join(dir, 'huge.txt')]);
    rmSync(dir, { recursive: true });
    return outcome(r, `records ${codes(r.stdout).join(',') || 'none'}`);
  },
  'out-dir-name-collisions': async () => {
    const dir = tempDir();
    const names = ['a.htm', 'a.pdf', 'a-2.htm', 'x.htm', 'x.error.htm', 'A.txt', 'a-3.txt', 'b.htm', 'b.error.htm', 'B.error.txt', 'c.txt', 'c.TXT', 'c-2.txt', 'd.error.error.htm', 'd.htm', 'd.error.htm'];
    for (const n of names) writeFileSync(join(dir, n), n.startsWith('x.htm') || n === 'b.htm' ? '' : readFileSync(VIANET));
    const out = join(tempDir(), 'out');
    const r = await run(['parse', '--out-dir', out, ...names.map((n) => join(dir, n))]);
    const written = readdirSync(out).filter((f) => f.endsWith('.json'));
    const sources = new Set(written.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).source.file));
    return outcome(r, `${names.length} inputs -> ${written.length} files for ${sources.size} distinct inputs`);
  },
  'out-dir-planted-links': async () => {
    const out = tempDir();
    const victim = join(tempDir(), 'victim.txt');
    writeFileSync(victim, 'keep');
    for (const name of ['2017-21vianet-corresp.json', '2017-21vianet-corresp.error.json']) symlinkSync(victim, join(out, name));
    const r = await run(['parse', '--out-dir', out, VIANET]);
    return outcome(r, `file outside --out-dir ${readFileSync(victim, 'utf8') === 'keep' ? 'untouched' : 'OVERWRITTEN'}`);
  },
  'fifo-named': async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const r = await run(['parse', '--timeout', '3', join(dir, 'pipe.txt')], { stdin: '' });
    return outcome(r, `records ${codes(r.stdout).join(',') || 'none'}`);
  },
  'fifo-in-folder': async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.htm')]);
    writeFileSync(join(dir, 'z.txt'), readFileSync(VIANET));
    const r = await run(['parse', dir]);
    return outcome(r, `records ${codes(r.stdout).join(',') || 'none'}`);
  },
  'edgar-header-blank-run': async () => {
    const dir = tempDir();
    const letter = readFileSync(VIANET, 'utf8');
    const text = `<SEC-DOCUMENT>0001.txt\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:${' '.repeat(60_000)}CORRESP\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>CORRESP\n<TEXT>\n${letter}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n`;
    writeFileSync(join(dir, 'blank.txt'), text);
    const r = await run(['parse', '--ndjson', join(dir, 'blank.txt')]);
    return outcome(r, `records ${codes(r.stdout).join(',')}`);
  },
  'html-attribute-lt-200k': async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lt.htm'), `<html><body><p>Dear Sir:</p>${'<div title="<">'.repeat(200_000)}<p>1. Please revise.</p></body></html>`);
    writeFileSync(join(dir, 'comment.htm'), `<html><body><p>Dear Sir:</p>${'<div title="<!--">'.repeat(200_000)}<p>1. Please revise.</p></body></html>`);
    const r = await run(['parse', dir]);
    return outcome(r, `records ${codes(r.stdout).join(',')}`);
  },
  'response-comment-30mb': async () => {
    const dir = tempDir();
    const head = 'August 1, 2017\n\nRe: Form 10-K for the Fiscal Year Ended December 31, 2016\n\nDear Mr. Smith:\n\n';
    writeFileSync(join(dir, 'heavy.txt'), head + 'Response: Comment 1: '.repeat(Math.ceil((30 * MiB) / 21)));
    const r = await run(['parse', '--ndjson', join(dir, 'heavy.txt')]);
    return outcome(r, `records ${codes(r.stdout).join(',')}`);
  },
  encodings: async () => {
    const expected = JSON.parse(readFileSync(join(HOSTILE, 'expected.json'), 'utf8')).letters;
    const files = Object.keys(expected).map((f) => join(HOSTILE, f));
    const base = records((await run(['parse', '--ndjson', join(HOSTILE, 'base.txt')])).stdout)[0];
    const r = await run(['parse', '--verify', ...files]);
    const same = records(r.stdout).filter((rec) => rec.comments?.length === base.comments.length && !JSON.stringify(rec).includes('\\u0092')).length;
    return outcome(r, `${same}/${files.length} variants give the base letter's ${base.comments.length} comments (cp1252, UTF-16, BOM+EDGAR, marks, %PDF in meta, unclosed svg/title)`);
  },
  'write-failure': async () => {
    const out = tempDir();
    mkdirSync(join(out, 'a.json'));
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), readFileSync(VIANET));
    writeFileSync(join(dir, 'b.txt'), readFileSync(VIANET));
    const r = await run(['parse', '--out-dir', out, dir]);
    const left = readdirSync(out);
    return outcome(r, `stderr: ${r.stderr.trim().split('\n')[0]?.slice(0, 90)}; folder: ${left.join(' ')}`);
  },
  'out-dir-is-a-file': async () => {
    const file = join(tempDir(), 'file');
    writeFileSync(file, 'x');
    const r = await run(['parse', '--out-dir', file, VIANET]);
    return outcome(r, `stderr lines ${r.stderr.trim().split('\n').length}`);
  },
  'timeout-overflow': async () => {
    const r = await run(['parse', '--ndjson', '--timeout', '2147484', VIANET]);
    return outcome(r, `records ${codes(r.stdout).join(',')}`);
  },
  'help-epipe': async () => {
    const child = spawn(process.execPath, [args.bin, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.destroy();
    const status = await new Promise((r) => child.on('exit', (code, signal) => r(code ?? signal)));
    return `exit ${status}${stackTrace(stderr) ? '; STACK TRACE on stderr' : '; stderr clean'}`;
  },
  'control-chars-in-name': async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'evil\u001b]0;pwned\u0007\u202e.txt'), '');
    const r = await run(['parse', dir]);
    return outcome(r, /[\u0000-\u0008\u001b\u202e]/.test(r.stderr) ? 'RAW control characters on stderr' : 'escaped on stderr');
  },
  'broken-symlink-in-folder': async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'nowhere.htm'), join(dir, 'a.htm'));
    writeFileSync(join(dir, 'b.txt'), readFileSync(VIANET));
    const r = await run(['parse', dir]);
    return outcome(r, `2 inputs -> records ${codes(r.stdout).join(',')}`);
  },
  'empty-folder': async () => {
    const r = await run(['parse', tempDir()]);
    return outcome(r, `stderr: ${r.stderr.trim() || '(nothing)'}`.slice(0, 120));
  },
  'error-record-schema': async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse((await run(['schema'])).stdout);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await run(['parse', VIANET, join(dir, 'empty.txt')]);
    return `${records(r.stdout).filter((rec) => validate(rec)).length}/2 records validate against \`corresp schema\``;
  },
};

const chosen = args.only === undefined ? Object.keys(families) : args.only.split(',').flatMap((part) => Object.keys(families).filter((f) => f.includes(part)));
console.log(`corresp attack: ${args.bin}`);
for (const name of chosen) {
  let line;
  try {
    line = await families[name]();
  } catch (error) {
    line = `script failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  console.log(`| ${name} | ${line} |`);
}
