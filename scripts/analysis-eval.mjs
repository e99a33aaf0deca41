#!/usr/bin/env node
// `npm run analysis-eval`: topics, citations and response actions against the hand labels in fixtures/analysis.
// Prints micro precision/recall/F1 per field and per topic, and (with --misses) every disagreement.
// --split dev (2016-2020 letters: tune on these) | test (2021-2025: check only) | all (default).
// --labels corpus: the labels of corpus letters (fixtures/analysis-corpus, letters read from ../shared/corpus/letters).
// --only FILE: only the letters listed in FILE (one file name per line), e.g. a labelling round.
// --from FILE.ndjson: score saved `corresp parse --format ndjson` output instead of parsing (an older build's, say).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, split: { type: 'string', default: 'all' }, labels: { type: 'string', default: 'fixtures' }, from: { type: 'string' }, only: { type: 'string' } } });
if (!['all', 'dev', 'test'].includes(args.split)) {
  console.error(`analysis-eval: --split must be dev, test or all, not ${args.split}`);
  process.exit(2);
}
/** dev: letters dated 2016-2020 (the stem starts with the year); test: 2021-2025. */
const inSplit = (name) => args.split === 'all' || !/^\d{4}/.test(name) || (Number(name.slice(0, 4)) <= 2020) === (args.split === 'dev');
const { parseLetter } = await import(join(root, 'dist', 'index.js'));
if (!['fixtures', 'corpus'].includes(args.labels)) {
  console.error(`analysis-eval: --labels must be fixtures or corpus, not ${args.labels}`);
  process.exit(2);
}
const LABELS = join(root, 'fixtures', args.labels === 'corpus' ? 'analysis-corpus' : 'analysis');
const LETTERS = args.labels === 'corpus' ? join(root, '..', 'shared', 'corpus', 'letters') : join(root, 'fixtures', 'letters');
const only = args.only ? new Set(readFileSync(args.only, 'utf8').split(/\s+/).filter(Boolean)) : null;
/** Saved parser output by file name, when --from is given. */
const saved = args.from ? new Map(readFileSync(args.from, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.comments).map((r) => [r.source.file.split('/').at(-1), r])) : null;

const tally = () => ({ tp: 0, fp: 0, fn: 0 });
const fields = { topics: tally(), citations: tally(), responseCitations: tally(), actions: tally() };
const perTopic = new Map();
const misses = [];

function compare(field, stem, number, got, want) {
  const g = new Set(got);
  const w = new Set(want);
  const t = fields[field];
  for (const x of g) (w.has(x) ? t.tp++ : t.fp++);
  for (const x of w) if (!g.has(x)) t.fn++;
  if (field === 'topics') {
    for (const x of new Set([...g, ...w])) {
      const p = perTopic.get(x) ?? tally();
      if (g.has(x) && w.has(x)) p.tp++;
      else if (g.has(x)) p.fp++;
      else p.fn++;
      perTopic.set(x, p);
    }
  }
  const extra = [...g].filter((x) => !w.has(x));
  const missing = [...w].filter((x) => !g.has(x));
  if (extra.length + missing.length > 0) misses.push(`${stem} #${number} ${field}: ${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length && missing.length ? '; ' : ''}${extra.length ? `extra ${extra.join(', ')}` : ''}`);
}

let letters = 0;
let comments = 0;
for (const name of readdirSync(LABELS).filter((f) => f.endsWith('.json') && inSplit(f)).sort()) {
  const label = JSON.parse(readFileSync(join(LABELS, name), 'utf8'));
  const path = join(LETTERS, label.file);
  if (saved ? !saved.has(label.file) : !existsSync(path)) continue;
  if (only && !only.has(label.file)) continue;
  const letter = saved ? saved.get(label.file) : (await parseLetter(readFileSync(path), { file: label.file })).letter;
  letters++;
  const stem = name.replace(/\.json$/, '');
  for (const want of label.comments) {
    comments++;
    const got = letter.comments.find((c) => c.number === want.number);
    compare('topics', stem, want.number, got?.topics ?? [], want.topics ?? []);
    compare('citations', stem, want.number, got?.references.citations ?? [], want.citations ?? []);
    if (want.response) {
      compare('responseCitations', stem, want.number, got?.response?.references?.citations ?? [], want.response.citations ?? []);
      compare('actions', stem, want.number, got?.response?.actions ?? [], want.response.actions ?? []);
    }
  }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
};
const fmt = (x) => x.toFixed(3);
if (args.json) {
  console.log(JSON.stringify({ letters, comments, fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, prf(v)])) }));
} else {
  console.log(`analysis eval (${args.split}): ${letters} letters, ${comments} labelled comments`);
  for (const [k, v] of Object.entries(fields)) {
    const s = prf(v);
    console.log(`  ${k.padEnd(18)} P ${fmt(s.p)}  R ${fmt(s.r)}  F1 ${fmt(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  console.log('  per topic:');
  for (const [k, v] of [...perTopic].sort((a, b) => a[0].localeCompare(b[0]))) {
    const s = prf(v);
    console.log(`    ${k.padEnd(24)} P ${fmt(s.p)}  R ${fmt(s.r)}  F1 ${fmt(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  if (args.misses) for (const m of misses) console.log(`  ${m}`);
}
