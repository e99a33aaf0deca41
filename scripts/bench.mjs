#!/usr/bin/env node
// `npm run bench`: how fast corresp converts the bulk corpus, against baselines measured in the same run.
// Not a test: it prints medians of several runs; nothing is asserted.
//
//   npm run bench                       # corpus at ../shared/corpus, 5 runs, --jobs = cores
//   npm run bench -- --runs 3 --jobs 2 --corpus DIR --limit 200
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { treeRss } from './lib/process-tree.mjs';
import { heapMiBFor, PARSER_MODULE, QUICK_START_FLAGS, REGEXP_FLAGS, startParserProcess } from '../dist/batch/parser-process.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MIB, DEFAULT_MAX_PAGES } from '../dist/limits.js';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus') },
    limit: { type: 'string' },
  },
});
const runs = Number(args.runs);
const jobs = Number(args.jobs);
const limit = args.limit === undefined ? Number.POSITIVE_INFINITY : Number(args.limit);
const BIN = join(root, 'bin', 'corresp.js');
/** One letter of each kind for the single-letter times: a 62 KB HTML response, a two-page PDF staff letter. */
const ONE_HTML = join(root, 'fixtures', 'letters', '2016-ajg-10k-corresp.htm');
const ONE_PDF = join(root, 'fixtures', 'letters', '2017-citigroup-s3-upload.pdf');

if (!existsSync(join(root, 'dist', 'cli.js'))) fail('dist/ is missing: run `npm run build` first');
const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const XARGS = spawnSync('xargs', ['--version']).error === undefined;
if (!pdftotext) {
  console.error('corresp bench: pdftotext not found, so the PDF baseline is skipped.');
  console.error('  Install poppler-utils (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler).');
}

// The three kinds of input the issue names, from the corpus if present, else from the fixtures.
const sets = corpusSets(args.corpus);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The same parser with the analysis fields left empty: what they add to a parse through the CLI.
const BARE_BIN = bareBuild();

console.log(`corresp bench: ${runs} runs, --jobs ${jobs}, ${sets.source}`);
const results = [];
for (const set of sets.list) {
  const times = { corresp: [], bare: [], pdfium: [], pdftotext: [], read: [] };
  let peak = 0;
  let records = 0;
  for (let r = 0; r < runs; r++) {
    // Alternate which side goes first so that neither always meets a warm or a cold page cache.
    const order = r % 2 === 0 ? ['corresp', 'bare', 'pdfium', 'baseline', 'read'] : ['read', 'baseline', 'pdfium', 'bare', 'corresp'];
    for (const step of order) {
      if (step === 'corresp') {
        const run = await timeCorresp(set.files);
        times.corresp.push(run.seconds);
        peak = Math.max(peak, run.peakRss);
        records = run.records;
      } else if (step === 'bare') {
        times.bare.push((await timeCorresp(set.files, BARE_BIN)).seconds);
      } else if (step === 'pdfium' && set.kind === 'pdf') {
        // The engine issue 15 asked to compare, side by side: the same parse with PDFium reading the text layer.
        times.pdfium.push((await timeCorresp(set.files, BIN, ['--pdf-engine', 'pdfium'])).seconds);
      } else if (step === 'baseline' && set.kind === 'pdf' && pdftotext) {
        times.pdftotext.push(await timePdftotext(set.files));
      } else if (step === 'read') {
        times.read.push(timeRead(set.files));
      }
    }
  }
  results.push({ set, times, peak, records });
}

// The whole corpus in one call (issue 15: at most 12 s on 2 cores), and peak memory as the number of files grows (it should
// not): a tenth of the letters, then the same letters ten times over, so that the largest letter is the same in both.
const whole = { seconds: [], peak: 0, tenthPeak: 0, tenfoldPeak: 0 };
const tenth = sets.whole?.files.filter((_, i) => i % 10 === 0) ?? [];
if (sets.whole !== undefined) {
  for (let r = 0; r < runs; r++) {
    const run = await timeCorresp(sets.whole.files);
    whole.seconds.push(run.seconds);
    whole.peak = Math.max(whole.peak, run.peakRss);
    whole.tenthPeak = Math.max(whole.tenthPeak, (await timeCorresp(tenth)).peakRss);
    whole.tenfoldPeak = Math.max(whole.tenfoldPeak, (await timeCorresp(Array.from({ length: 10 }, () => tenth).flat())).peakRss);
  }
}

const startup = timeStartup(Math.max(10, runs * 2));
const inside = await timeParserProcess(Math.max(10, runs * 2));
const analysis = [];
for (const set of sets.list) analysis.push({ set, ...timeAnalysis(set.files) });

console.log('');
for (const { set, times, peak, records } of results) {
  const c = median(times.corresp);
  const read = median(times.read);
  console.log(`${set.name}: ${set.files.length} files, ${mb(set.bytes)} MB (${records} records written)`);
  console.log(`  corresp parse --jobs ${jobs}   median ${c.toFixed(2)} s   ${(set.files.length / c).toFixed(0)} letters/s   ${(set.bytes / 1e6 / c).toFixed(1)} MB/s   peak RSS ${mb(peak)} MB`);
  const p = times.pdftotext.length > 0 ? median(times.pdftotext) : undefined;
  if (p !== undefined) console.log(`  pdftotext, ${XARGS ? `xargs -P${jobs}` : `${jobs} at a time`}    median ${p.toFixed(2)} s   ${(set.files.length / p).toFixed(0)} letters/s   corresp / pdftotext = ${(c / p).toFixed(2)}x`);
  if (times.pdfium.length > 0) {
    const f = median(times.pdfium);
    console.log(`  --pdf-engine pdfium         median ${f.toFixed(2)} s   ${(set.files.length / f).toFixed(0)} letters/s   ${p === undefined ? '' : `pdfium / pdftotext = ${(f / p).toFixed(2)}x   `}pdf.js / pdfium = ${(c / f).toFixed(2)}x`);
  }
  console.log(`  plain read of the bytes     median ${read.toFixed(3)} s   corresp / read = ${(c / read).toFixed(0)}x`);
  const bare = median(times.bare);
  console.log(`  without the analysis fields median ${bare.toFixed(2)} s   the analysis fields add ${((100 * (c - bare)) / bare).toFixed(1)}% (runs: ${times.corresp.map((t) => t.toFixed(2)).join(' ')} vs ${times.bare.map((t) => t.toFixed(2)).join(' ')})`);
}
if (sets.whole !== undefined) {
  const w = median(whole.seconds);
  console.log(`whole corpus: ${sets.whole.files.length} letters (PDF and HTML) in one call, --jobs ${jobs}: median ${w.toFixed(2)} s, ${(sets.whole.files.length / w).toFixed(0)} letters/s (runs: ${whole.seconds.map((t) => t.toFixed(2)).join(' ')})`);
  console.log(`  peak RSS ${mb(whole.peak)} MB; ${tenth.length} of the letters (every tenth file) ${mb(whole.tenthPeak)} MB, the same ten times over (${tenth.length * 10} inputs) ${mb(whole.tenfoldPeak)} MB`);
}
console.log('analysis fields (citations, topics, response actions) in one process, each set in a process of its own (scripts/lib/analysis-cost.mjs):');
console.log('  inside the parse: a clock around each comment\'s analysis while every file is parsed, against the rest of the same pass (median of the warm passes);');
console.log('  alone: the same comments analysed back to back, against the rest of that pass (fastest of the runs; its caches stay warm, so it understates the cost)');
for (const { set, parseMs, insideMs, aloneMs, comments } of analysis) {
  const rest = parseMs - insideMs;
  console.log(`  ${set.name}: ${comments} comments, parse ${parseMs.toFixed(0)} ms of which analysis ${insideMs.toFixed(0)} ms: the analysis adds ${((100 * insideMs) / rest).toFixed(1)}% (alone ${aloneMs.toFixed(0)} ms: ${((100 * aloneMs) / rest).toFixed(1)}%)`);
}
const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
const ratio = (seconds) => `${(seconds / startup.node).toFixed(2)}x`;
console.log(`start-up and one letter, median of ${Math.max(10, runs * 2)} each, against node -e 0 (median ${ms(startup.node)}):`);
console.log(`  corresp --help                      ${ms(startup.help)}   ${ratio(startup.help)}`);
console.log(`  corresp parse, one HTML letter      ${ms(startup.html)}   ${ratio(startup.html)}   (${ONE_HTML.split('/').pop()}, ${(statSync(ONE_HTML).size / 1000).toFixed(0)} KB)`);
console.log(`  corresp parse, one 2-page PDF       ${ms(startup.pdf)}   ${ratio(startup.pdf)}   (${ONE_PDF.split('/').pop()})`);
console.log(`  the same, --pdf-engine pdfium       ${ms(startup.pdfium)}   ${ratio(startup.pdfium)}`);
console.log(`  where the one HTML letter's time goes, in a parser process started as for one letter: the process up and answering`);
console.log(`    ${ms(inside.up)}, the letter's first parse there ${ms(inside.first)}, the same letter again ${ms(inside.again)}; the rest is the command's own`);
console.log('    start-up before it starts that process (Node, then bin/corresp.js) and its exit');

function corpusSets(corpus) {
  const letters = join(corpus, 'letters');
  const flat = join(corpus, 'flat-text');
  if (existsSync(letters)) {
    const list = [
      set('PDF letters', 'pdf', letters, /\.pdf$/i),
      set('HTML letters', 'html', letters, /\.html?$/i),
    ];
    if (existsSync(flat)) list.push(set('flat text', 'flat', flat, /\.txt$/i));
    return { source: `corpus ${corpus}`, list, whole: set('whole corpus', 'all', letters, /\.(?:pdf|html?)$/i) };
  }
  console.error(`corresp bench: no corpus at ${corpus} (pass --corpus DIR); timing the fixtures instead`);
  const fixtures = join(root, 'fixtures', 'letters');
  return { source: 'fixtures/letters', list: [set('PDF letters', 'pdf', fixtures, /\.pdf$/i), set('text and HTML letters', 'html', fixtures, /\.(?:html?|txt)$/i)] };
}

function set(name, kind, dir, pattern) {
  const files = readdirSync(dir).filter((f) => pattern.test(f)).sort().slice(0, limit).map((f) => join(dir, f));
  return { name, kind, files, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}

async function timeCorresp(files, bin = BIN, options = []) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'parse', '--ndjson', '-q', '--jobs', String(jobs), ...options, ...files], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let records = 0;
  child.stdout.on('data', (chunk) => {
    for (const byte of chunk) if (byte === 10) records++;
  });
  // The whole tree: the parser processes hold the letters, the main process only their output.
  let peakRss = 0;
  const sampler = process.platform === 'linux' ? setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid))), 100) : undefined;
  await new Promise((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, peakRss, records };
}

/**
 * pdftotext over the files, `jobs` at a time, as a user runs it from a shell: `xargs -0 -P jobs`, one
 * pdftotext per file and no Node in between (spawned one by one from Node, the spawns' own time went
 * into the baseline and flattered corresp by a quarter). Spawned from Node only where there is no xargs.
 */
async function timePdftotext(files) {
  const started = process.hrtime.bigint();
  if (XARGS) {
    const child = spawn('xargs', ['-0', '-P', String(jobs), '-I{}', 'pdftotext', '-q', '{}', '/dev/null'], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.end(files.join('\0'));
    await new Promise((done) => child.on('close', done));
  } else {
    let next = 0;
    const lane = async () => {
      while (next < files.length) {
        const file = files[next++];
        await new Promise((done) => spawn('pdftotext', ['-q', file, '/dev/null'], { stdio: 'ignore' }).on('close', done));
      }
    };
    await Promise.all(Array.from({ length: jobs }, lane));
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The cost of the analysis fields on a set, measured in a process of its own (scripts/lib/analysis-cost.mjs), run as a parser process of a batch of this size is (REGEXP_FLAGS, QUICK_START_FLAGS). */
function timeAnalysis(files) {
  const run = spawnSync(process.execPath, [...REGEXP_FLAGS, ...QUICK_START_FLAGS, join(root, 'scripts', 'lib', 'analysis-cost.mjs'), String(runs), ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) fail(`analysis cost: ${run.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(run.stdout);
}

/**
 * A copy of this build whose analysis (dist/analyze/comment.js) returns empty fields, its parser bundle
 * made again: everything else, the models' loading included, is the same code. Removed at exit.
 * @returns its bin/corresp.js
 */
function bareBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'corresp-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'dist', 'analyze', 'comment.js'),
    'export function analyzeComment(comment) {\n  return { citations: [], topics: [], response: comment.response === null ? null : { citations: [], actions: [] } };\n}\n',
  );
  const bundled = spawnSync(process.execPath, [join(root, 'scripts', 'bundle-child.mjs'), join(dir, 'dist')], { encoding: 'utf8' });
  if (bundled.status !== 0) fail(`cannot bundle the build without analysis: ${bundled.stderr.trim()}`);
  return join(dir, 'bin', 'corresp.js');
}

function timeRead(files) {
  const started = process.hrtime.bigint();
  let n = 0;
  for (const f of files) n += readFileSync(f).length;
  if (n < 0) console.log(n);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * What one command costs from start to exit (median of `times`, alternated): `node -e 0`, `corresp
 * --help`, and corresp parsing one letter as an analyst piping a letter to jq meets it: a 62 KB HTML
 * response (the size issue 15 names) and a two-page PDF staff letter, from the fixtures.
 */
function timeStartup(times) {
  const once = (argv) => {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, argv, { stdio: 'ignore' });
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const commands = {
    node: ['-e', '0'],
    help: [BIN, '--help'],
    html: [BIN, 'parse', ONE_HTML],
    pdf: [BIN, 'parse', ONE_PDF],
    pdfium: [BIN, 'parse', '--pdf-engine', 'pdfium', ONE_PDF],
  };
  const seconds = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < times; i++) for (const [name, argv] of Object.entries(commands)) seconds[name].push(once(argv));
  return Object.fromEntries(Object.entries(seconds).map(([name, list]) => [name, median(list)]));
}

/**
 * Where a one-letter `corresp parse` spends its time, inside a parser process started as the command starts one for a single
 * letter (parser-process.ts startEarly's settings): from the fork to its answer for a text that is no letter (the process's own
 * start-up: Node, then the parser's bundle from its code cache), the 62 KB HTML letter's first parse there (its code run cold,
 * each regular expression compiled at its first use), and the same letter again (warm). Medians of `times` processes.
 */
async function timeParserProcess(times) {
  const settings = { heapMiB: heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024), coresBusy: false, longRun: false };
  const task = (file, bytes) => ({ file, ...(bytes ? { bytes } : {}), maxBytes: DEFAULT_MAX_BYTES, maxPages: DEFAULT_MAX_PAGES, verify: false, pretty: true });
  const seconds = { up: [], first: [], again: [] };
  for (let i = 0; i < times; i++) {
    const child = startParserProcess(PARSER_MODULE, settings);
    // Held while it answers, as the pool holds it (started unreferenced, it would let this script end first).
    child.ref();
    child.channel?.ref?.();
    const answer = (t) =>
      new Promise((done) => {
        const started = process.hrtime.bigint();
        child.once('message', () => done(Number(process.hrtime.bigint() - started) / 1e9));
        child.send(t);
      });
    const forked = process.hrtime.bigint();
    await answer(task('start-up', new TextEncoder().encode('no letter')));
    seconds.up.push(Number(process.hrtime.bigint() - forked) / 1e9);
    seconds.first.push(await answer(task(ONE_HTML)));
    seconds.again.push(await answer(task(ONE_HTML)));
    child.disconnect();
  }
  return Object.fromEntries(Object.entries(seconds).map(([name, list]) => [name, median(list)]));
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

function fail(message) {
  console.error(`corresp bench: ${message}`);
  process.exit(2);
}
