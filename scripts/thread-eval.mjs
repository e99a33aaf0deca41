#!/usr/bin/env node
// `corresp thread` against the hand-labelled conversations in fixtures/threads: pairwise P/R/F1 of
// "same conversation" (pairs of one company's letters), answers, follows and closedBy accuracy, and
// every disagreement. Letters are matched by base name.
//
//   node bin/corresp.js parse ../shared/corpus/letters -q | node bin/corresp.js thread - | node scripts/thread-eval.mjs [--quiet]
//   node bin/corresp.js parse ../shared/corpus/flat-text -q | node bin/corresp.js thread - | node scripts/thread-eval.mjs --any-form
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const quiet = process.argv.includes('--quiet');
// --labels DIR scores against another label folder of the same format (fixtures/threads-holdout).
const labelsAt = process.argv.indexOf('--labels');
const labelsDir = labelsAt > 0 ? process.argv[labelsAt + 1] : new URL('../fixtures/threads/', import.meta.url).pathname;

/** Read thread NDJSON: base name -> {conversation, answers, follows}, conversation -> closedBy. */
export function readPredicted(text) {
  const letterOf = new Map();
  const closedByOf = new Map();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    if (c.error) continue;
    closedByOf.set(c.conversation, c.closedBy && basename(c.closedBy));
    for (const l of c.letters) {
      letterOf.set(basename(l.file), { conversation: c.conversation, answers: l.answers && basename(l.answers), follows: l.follows && basename(l.follows) });
    }
  }
  return { letterOf, closedByOf };
}

/** Score predicted conversations against every label file. */
export function score(predicted, dir = labelsDir) {
  const { letterOf, closedByOf } = predicted;
  const out = { tp: 0, fp: 0, fn: 0, answers: [0, 0], follows: [0, 0], closedBy: [0, 0], disagreements: [] };
  const say = (text) => out.disagreements.push(text);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const label = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const truthOf = new Map();
    const letters = [];
    for (const conv of label.conversations) {
      for (const l of conv.letters) {
        truthOf.set(l.file, conv.id);
        letters.push(l);
      }
    }
    const files = [...truthOf.keys()].sort();
    const predictedConv = (f) => letterOf.get(f)?.conversation ?? `missing:${f}`;
    for (let i = 0; i < files.length; i++) {
      for (let j = i + 1; j < files.length; j++) {
        const a = files[i];
        const b = files[j];
        const truth = truthOf.get(a) === truthOf.get(b);
        const guess = predictedConv(a) === predictedConv(b);
        if (truth && guess) out.tp++;
        else if (guess) {
          out.fp++;
          say(`${name}: ${a} + ${b} joined (labels: ${truthOf.get(a)} / ${truthOf.get(b)})`);
        } else if (truth) {
          out.fn++;
          say(`${name}: ${a} + ${b} split (label ${truthOf.get(a)}; got ${predictedConv(a)} / ${predictedConv(b)})`);
        }
      }
    }
    for (const l of letters) {
      const got = letterOf.get(l.file);
      if (l.kind === 'response' || l.answers !== null) {
        out.answers[1]++;
        if ((got?.answers ?? null) === l.answers) out.answers[0]++;
        else say(`${name}: ${l.file} answers ${got?.answers ?? null}, label ${l.answers}`);
      }
      if (l.kind === 'staff' && l.category === 'comments') {
        out.follows[1]++;
        if ((got?.follows ?? null) === l.follows) out.follows[0]++;
        else say(`${name}: ${l.file} follows ${got?.follows ?? null}, label ${l.follows}`);
      }
    }
    for (const conv of label.conversations) {
      // The predicted conversation holding most of this conversation's letters.
      const counts = new Map();
      for (const l of conv.letters) counts.set(predictedConv(l.file), (counts.get(predictedConv(l.file)) ?? 0) + 1);
      const [main] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
      const got = closedByOf.get(main) ?? null;
      out.closedBy[1]++;
      if (got === conv.closedBy) out.closedBy[0]++;
      else say(`${name}: ${conv.id} closedBy ${got}, label ${conv.closedBy}`);
    }
  }
  const p = out.tp / (out.tp + out.fp || 1);
  const r = out.tp / (out.tp + out.fn || 1);
  return { ...out, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Predicted letters renamed to the labels' names by stem: a letter in another form ("c0123.txt" flattened or laid
 * out, "c0123.pdf" printed) stands for the corpus letter of that stem ("c0123.htm"). For `--any-form`.
 */
export function byStem(predicted, dir = labelsDir) {
  const labelled = new Map();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const conv of JSON.parse(readFileSync(join(dir, name), 'utf8')).conversations) for (const l of conv.letters) labelled.set(l.file.replace(/\.\w+$/, ''), l.file);
  }
  const rename = (file) => (file === null || file === undefined ? file : (labelled.get(file.replace(/\.\w+$/, '')) ?? file));
  const letterOf = new Map([...predicted.letterOf].map(([file, l]) => [rename(file), { ...l, answers: rename(l.answers), follows: rename(l.follows) }]));
  const closedByOf = new Map([...predicted.closedByOf].map(([conversation, file]) => [conversation, rename(file)]));
  return { letterOf, closedByOf };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --any-form: the letters were parsed in another form than the corpus's (flattened text, laid-out text, printed PDF), matched by stem.
  const predicted = readPredicted(readFileSync(0, 'utf8'));
  const result = score(process.argv.includes('--any-form') ? byStem(predicted) : predicted);
  const pct = ([ok, all]) => `${((100 * ok) / (all || 1)).toFixed(1)}% (${ok}/${all})`;
  console.log(`pairs: P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)} F1 ${result.f1.toFixed(3)} (tp ${result.tp}, fp ${result.fp}, fn ${result.fn})`);
  console.log(`answers ${pct(result.answers)}  follows ${pct(result.follows)}  closedBy ${pct(result.closedBy)}`);
  if (!quiet) for (const d of result.disagreements) console.log(`  ${d}`);
}
