#!/usr/bin/env node
// Part of `npm run bench`: the cost of the analysis fields on one set of letters, in a process of its own
// (as a parser process parses only its own letters: a set measured after another ran slower, its heap and
// compiled code shaped by the other). Two measures, one JSON line:
// - inside the parse: each pass parses every file with a clock around each call of analyzeComment (a
//   copy of the build whose comment.js wraps the real one, made here, removed at exit). Both figures
//   come from the same pass, so their ratio holds however fast the machine runs at the moment. This is
//   what the analysis costs a user: between the parser's own work its code and data are out of the
//   processor's caches.
// - alone: analyzeComment run on every comment found, back to back (fastest of `runs`): its cost warm.
//
//   node scripts/lib/analysis-cost.mjs RUNS FILE...
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const [runsArg, ...files] = process.argv.slice(2);
const runs = Math.max(2, Number(runsArg));

const timed = timedBuild();
const { parseLetter } = await import(join(timed, 'dist', 'index.js'));
const { analyzeComment, analysisClock } = await import(join(timed, 'dist', 'analyze', 'comment.js'));
const { reviewsReports } = await import(join(timed, 'dist', 'assemble', 'letter.js'));

const inputs = files.map((f) => readFileSync(f));
const comments = [];
const passes = [];
for (let r = 0; r < runs; r++) {
  analysisClock.ms = 0;
  const started = performance.now();
  for (const bytes of inputs) {
    try {
      const { letter } = await parseLetter(bytes);
      if (r === 0) for (const c of letter.comments) comments.push([{ headings: c.headings, text: c.text, response: c.response?.text ?? null }, reviewsReports(letter.letter.filings)]);
    } catch {
      // Error records cost the same with or without the analysis.
    }
  }
  passes.push({ parseMs: performance.now() - started, insideMs: analysisClock.ms });
}
// The warm passes (the first also compiles the code), each's share; the median pass.
const warm = passes.slice(1).sort((a, b) => a.insideMs / (a.parseMs - a.insideMs) - b.insideMs / (b.parseMs - b.insideMs));
const { parseMs, insideMs } = warm[(warm.length - 1) >> 1];
let aloneMs = Number.POSITIVE_INFINITY;
for (let r = 0; r < runs; r++) {
  const started = performance.now();
  for (const [comment, reports] of comments) analyzeComment(comment, reports);
  aloneMs = Math.min(aloneMs, performance.now() - started);
}
console.log(JSON.stringify({ parseMs, insideMs, aloneMs, comments: comments.length, passes: passes.length }));

/** A copy of this build whose analyzeComment is the real one with a clock around it (analysisClock.ms). */
function timedBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'corresp-analysis-cost-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const analyze = join(dir, 'dist', 'analyze');
  renameSync(join(analyze, 'comment.js'), join(analyze, 'comment-untimed.js'));
  writeFileSync(
    join(analyze, 'comment.js'),
    [
      "import { analyzeComment as untimed } from './comment-untimed.js';",
      'export const analysisClock = { ms: 0 };',
      'export function analyzeComment(...args) {',
      '  const started = performance.now();',
      '  try {',
      '    return untimed(...args);',
      '  } finally {',
      '    analysisClock.ms += performance.now() - started;',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  return dir;
}
