#!/usr/bin/env node
// Where the analysis fields spend their time, stage by stage: each stage run on every comment of a set of letters, warm
// (back to back) and cold (the processor's caches cleared between comments by reading a buffer larger than them, as the
// parser's own work does between a letter's analysis and the next). Not a test: it prints the fastest of a few runs.
// The cold figures are the ones to cut: inside a real parse the analysis runs cache-cold (npm run bench, "inside the parse").
//
//   npm run build && node scripts/analysis-stages.mjs [--runs 3] [--cache-mb 8] FILE|DIR ...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values: args, positionals } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'cache-mb': { type: 'string', default: '8' } }, allowPositionals: true });
const runs = Math.max(1, Number(args.runs));
const dist = (path) => import(join(root, 'dist', path));
const { parseLetter } = await dist('index.js');
const { findCitations } = await dist('analyze/citations.js');
const topics = await dist('analyze/topics.js');
const actions = await dist('analyze/actions.js');
const { reviewsReports } = await dist('assemble/letter.js');

const files = positionals.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(?:htm|html|txt|pdf)$/i.test(f)).map((f) => join(p, f)) : [p]));
if (files.length === 0) {
  console.error('corresp analysis-stages: give letters or folders of letters');
  process.exit(2);
}
const comments = [];
for (const file of files) {
  try {
    const { letter } = await parseLetter(readFileSync(file));
    for (const c of letter.comments) comments.push({ headings: c.headings, text: c.text, response: c.response?.text ?? null, reports: reviewsReports(letter.letter.filings) });
  } catch {
    // Error records have no comments.
  }
}
const citations = comments.map((c) => findCitations(c.text).map((x) => x.canonical));
const evidence = comments.map((c, i) => topics.topicEvidence(c.headings, c.text, citations[i]));
const topicRows = comments.map((c) => topics.textWordWeights(c.headings, c.text));
const actionEvidence = comments.map((c) => c.response && actions.actionEvidence(c.response, c.reports));
const actionRows = comments.map((c) => c.response && actions.textWordWeights(c.response, c.text));

const STAGES = {
  'citations, comment': (c) => findCitations(c.text),
  'citations, response': (c) => c.response && findCitations(c.response),
  'topics: table evidence': (c, i) => topics.topicEvidence(c.headings, c.text, citations[i]),
  'topics: model words': (c) => topics.textWordWeights(c.headings, c.text),
  'topics: choosing': (_, i) => topics.chooseTopics(evidence[i], topicRows[i]),
  'actions: rules': (c) => c.response && actions.actionEvidence(c.response, c.reports),
  'actions: model words': (c) => c.response && actions.textWordWeights(c.response, c.text),
  'actions: choosing': (_, i) => actionEvidence[i] && actions.chooseActions(actionEvidence[i], actionRows[i]),
};

const buffer = new Int32Array((Number(args['cache-mb']) * 1024 * 1024) / 4);
let sink = 0;
const clearCaches = () => {
  for (let k = 0; k < buffer.length; k += 16) sink += buffer[k]++;
};
const time = (stage, cold) => {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    let total = 0;
    comments.forEach((c, i) => {
      if (cold) clearCaches();
      const started = performance.now();
      stage(c, i);
      total += performance.now() - started;
    });
    best = Math.min(best, total);
  }
  return best;
};

console.log(`corresp analysis-stages: ${comments.length} comments of ${files.length} files, fastest of ${runs} runs (ms)`);
console.log(`${'stage'.padEnd(24)} ${'warm'.padStart(8)} ${'cold'.padStart(8)}  cold/warm`);
let warm = 0;
let cold = 0;
for (const [name, stage] of Object.entries(STAGES)) {
  const w = time(stage, false);
  const c = time(stage, true);
  warm += w;
  cold += c;
  console.log(`${name.padEnd(24)} ${w.toFixed(1).padStart(8)} ${c.toFixed(1).padStart(8)}  ${(c / w).toFixed(2)}x`);
}
console.log(`${'all stages'.padEnd(24)} ${warm.toFixed(1).padStart(8)} ${cold.toFixed(1).padStart(8)}  ${(cold / warm).toFixed(2)}x`);
if (sink === 0.5) console.log(sink);
