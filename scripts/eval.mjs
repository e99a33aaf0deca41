#!/usr/bin/env node
// `npm run eval`: per-field accuracy of the parser against the hand labels in fixtures/letters (see fixtures/LABELS.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtParser, root } from './lib/corpus-check.mjs';
import { compareWithLabel } from './labels.mjs';

const parseLetter = await builtParser('eval');
const dir = join(root, 'fixtures', 'letters');
const verbose = process.argv.includes('--verbose');

const fields = new Map();
const letters = [];
for (const file of readdirSync(dir).filter((f) => /\.(htm|html|txt|pdf)$/.test(f)).sort()) {
  const stem = file.replace(/\.[^.]+$/, '');
  const labelPath = join(dir, `${stem}.expected.json`);
  if (!existsSync(labelPath)) continue;
  const label = JSON.parse(readFileSync(labelPath, 'utf8'));
  let checks;
  try {
    const { letter } = await parseLetter(readFileSync(join(dir, file)), { file });
    checks = compareWithLabel(letter, label);
  } catch (error) {
    letters.push({ file, error: `${error.code ?? 'ERROR'}: ${error.message}` });
    continue;
  }
  const failed = checks.filter((c) => !c.ok);
  letters.push({ file, passed: checks.length - failed.length, total: checks.length, failed });
  for (const c of checks) {
    const entry = fields.get(c.field) ?? { ok: 0, total: 0 };
    entry.total++;
    if (c.ok) entry.ok++;
    fields.set(c.field, entry);
  }
}

const pct = (ok, total) => (total === 0 ? '-' : `${((100 * ok) / total).toFixed(1)}%`);
console.log('corresp eval: parser output against hand labels (fixtures/letters/*.expected.json)\n');
console.log('field             correct / checked');
let ok = 0;
let total = 0;
for (const [field, e] of fields) {
  ok += e.ok;
  total += e.total;
  console.log(`${field.padEnd(17)} ${String(e.ok).padStart(5)} / ${String(e.total).padEnd(5)} ${pct(e.ok, e.total)}`);
}
console.log(`${'all checks'.padEnd(17)} ${String(ok).padStart(5)} / ${String(total).padEnd(5)} ${pct(ok, total)}\n`);
const parsed = letters.filter((l) => !l.error);
console.log(`letters parsed: ${parsed.length}/${letters.length}; letters with every check right: ${parsed.filter((l) => l.failed.length === 0).length}`);
for (const l of letters) {
  if (l.error) console.log(`  ${l.file}: not parsed (${l.error})`);
  else if (l.failed.length > 0) {
    console.log(`  ${l.file}: ${l.passed}/${l.total}`);
    if (verbose) for (const c of l.failed) console.log(`      ${c.field}${c.comment === undefined ? '' : `#${c.comment}`}: want ${JSON.stringify(c.expected)} got ${JSON.stringify(c.actual)}`);
  }
}
