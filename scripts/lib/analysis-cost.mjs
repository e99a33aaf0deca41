#!/usr/bin/env node
// Part of `npm run bench`: the cost of the analysis fields on one set of letters, in a process of its own
// (as a parser process parses only its own letters: a set measured after another ran slower, its heap and
// compiled code shaped by the other). Each file is parsed (the analysis included; fastest of `runs`),
// then analyzeComment alone runs on every comment found (fastest of `runs`). Prints one JSON line.
//
//   node scripts/lib/analysis-cost.mjs RUNS FILE...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const [runsArg, ...files] = process.argv.slice(2);
const runs = Math.max(2, Number(runsArg));
const { parseLetter } = await import(join(root, 'dist', 'index.js'));
const { analyzeComment } = await import(join(root, 'dist', 'analyze', 'comment.js'));
const { reviewsReports } = await import(join(root, 'dist', 'assemble', 'letter.js'));

const inputs = files.map((f) => readFileSync(f));
const comments = [];
let parseMs = Number.POSITIVE_INFINITY;
for (let r = 0; r < runs; r++) {
  const started = performance.now();
  for (const bytes of inputs) {
    try {
      const { letter } = await parseLetter(bytes);
      if (r === 0) for (const c of letter.comments) comments.push([{ headings: c.headings, text: c.text, response: c.response?.text ?? null }, reviewsReports(letter.letter.filings)]);
    } catch {
      // Error records cost the same with or without the analysis.
    }
  }
  parseMs = Math.min(parseMs, performance.now() - started);
}
let analysisMs = Number.POSITIVE_INFINITY;
for (let r = 0; r < runs; r++) {
  const started = performance.now();
  for (const [comment, reports] of comments) analyzeComment(comment, reports);
  analysisMs = Math.min(analysisMs, performance.now() - started);
}
console.log(JSON.stringify({ parseMs, analysisMs, comments: comments.length }));
