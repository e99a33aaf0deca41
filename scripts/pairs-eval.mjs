#!/usr/bin/env node
// Same letter, same answer, at corpus scale: pair each response with the staff letter it answers
// (same company, its "letter dated" = the staff letter's date) and measure how far the two parses agree.
// Needs no labels, so it checks the parser on letters nobody has read.
//
//   node bin/corresp.js parse ../shared/corpus/letters -q | node scripts/pairs-eval.mjs [--worst N] [--headings]
// --headings: list every comment whose innermost heading differs between the two letters.
import { readFileSync } from 'node:fs';
import { commentKeys } from './lib/comment-keys.mjs';
import { similarity } from './similarity.mjs';

const worstShown = Number(process.argv[process.argv.indexOf('--worst') + 1]) || 10;
/** Comments whose innermost heading differs between the two letters (--headings). */
const headingMisses = [];
const records = readFileSync(0, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((r) => !r.error);

const companyKey = (name) =>
  (name ?? '')
    .toLowerCase()
    .replace(/\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.?p|n\.v|s\.a|holdings?|group)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const name = (r) => r.source.file.replace(/^.*\//, '');

const staffByKey = new Map();
for (const r of records) {
  if (r.letter.kind !== 'staff' || r.comments.length === 0 || !r.letter.date) continue;
  const key = `${companyKey(r.letter.company)}|${r.letter.date}`;
  staffByKey.set(key, [...(staffByKey.get(key) ?? []), r]);
}

const pairs = [];
for (const response of records) {
  if (response.letter.kind !== 'response' || response.comments.length === 0 || !response.letter.inReplyTo) continue;
  const candidates = staffByKey.get(`${companyKey(response.letter.company)}|${response.letter.inReplyTo}`) ?? [];
  // The same staff letter may be on EDGAR twice (PDF and its text twin): take the closest parse.
  let best;
  for (const staff of candidates) {
    const scored = compare(staff, response);
    if (!best || scored.meanText > best.meanText) best = scored;
  }
  if (best) pairs.push(best);
}

function compare(staff, response) {
  // A number a letter prints twice pairs in order: the response's second "1" with the staff letter's second.
  const staffKeys = commentKeys(staff.comments);
  const responseKeys = commentKeys(response.comments);
  const invented = response.comments.filter((_, i) => !staffKeys.includes(responseKeys[i])).map((c) => c.number);
  const texts = [];
  const headings = [];
  for (const [i, repeated] of response.comments.entries()) {
    const original = staff.comments[staffKeys.indexOf(responseKeys[i])];
    if (!original) continue;
    texts.push({ number: repeated.number, score: similarity(original.text, repeated.text) });
    const lastOf = (c) => c.headings.at(-1) ?? '';
    const alike = similarity(lastOf(original), lastOf(repeated)) >= 0.8;
    headings.push(alike);
    if (!alike) headingMisses.push(`${name(staff)} ~ ${name(response)} #${repeated.number}: ${JSON.stringify(original.headings)} vs ${JSON.stringify(repeated.headings)}`);
  }
  const meanText = texts.length ? texts.reduce((s, t) => s + t.score, 0) / texts.length : 0;
  return {
    staff: name(staff),
    response: name(response),
    staffCount: staff.comments.length,
    responseCount: response.comments.length,
    invented,
    texts,
    meanText,
    headingsAgree: headings.filter(Boolean).length,
    headingsCompared: headings.length,
  };
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const allTexts = pairs.flatMap((p) => p.texts);
const sameCount = pairs.filter((p) => p.staffCount === p.responseCount).length;
const noneInvented = pairs.filter((p) => p.invented.length === 0).length;
const closeTexts = allTexts.filter((t) => t.score >= 0.9).length;
const headingsAgree = pairs.reduce((s, p) => s + p.headingsAgree, 0);
const headingsCompared = pairs.reduce((s, p) => s + p.headingsCompared, 0);
console.log(`corresp pairs-eval: ${pairs.length} response letters paired with the staff letter they answer\n`);
console.log(`same comment count           ${sameCount} / ${pairs.length}  ${pct(sameCount, pairs.length)}`);
console.log(`no comment number invented   ${noneInvented} / ${pairs.length}  ${pct(noneInvented, pairs.length)}`);
console.log(`comment text >= 90% alike    ${closeTexts} / ${allTexts.length}  ${pct(closeTexts, allTexts.length)}`);
console.log(`mean comment text likeness   ${pct(allTexts.reduce((s, t) => s + t.score, 0), allTexts.length)}`);
console.log(`innermost heading alike      ${headingsAgree} / ${headingsCompared}  ${pct(headingsAgree, headingsCompared)}`);
console.log(`\nleast alike pairs:`);
for (const p of [...pairs].sort((a, b) => a.meanText - b.meanText).slice(0, worstShown)) {
  const low = p.texts.filter((t) => t.score < 0.9).map((t) => `#${t.number} ${(100 * t.score).toFixed(0)}%`);
  console.log(`  ${p.staff} (${p.staffCount}) ~ ${p.response} (${p.responseCount}): text ${(100 * p.meanText).toFixed(0)}%${p.invented.length ? `, invented ${p.invented.join(',')}` : ''}${low.length ? `; ${low.slice(0, 6).join(' ')}` : ''}`);
}
if (process.argv.includes('--headings')) {
  console.log('\ninnermost headings that differ (staff letter vs response):');
  for (const miss of headingMisses) console.log(`  ${miss}`);
}
