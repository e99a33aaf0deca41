#!/usr/bin/env node
// The same comment labelled twice with different topics: a staff letter and its response, or one sweep
// letter sent to several companies, labelled by different people. Groups the labelled comments whose
// texts share 60% of their word trigrams (Jaccard) across letters and prints each group whose topic
// labels disagree, for a person to reconcile by the rule book (fixtures/analysis-corpus/README.md).
//   npm run build && node scripts/label-copies.mjs
import { labelledComments } from './lib/labelled.mjs';
const { parseLetter } = await import('../dist/index.js');
const list = (await labelledComments(parseLetter)).filter((c) => c.got);
const norm = (s) => s.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const sh = (s) => { const w = norm(s).split(' '); const out = new Set(); for (let i = 0; i + 2 < w.length; i++) out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]); return out; };
const S = list.map((c) => sh(c.got.text));
const parent = list.map((_, i) => i);
const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
  if (list[i].file === list[j].file) continue;
  const a = S[i], b = S[j]; if (a.size < 4 || b.size < 4) continue;
  const small = a.size < b.size ? a : b, big = small === a ? b : a;
  if (small.size / big.size < 0.6) continue;
  let n = 0; for (const x of small) if (big.has(x)) n++;
  if (n / (a.size + b.size - n) >= 0.6) parent[find(i)] = find(j);
}
const groups = new Map();
list.forEach((c, i) => { const r = find(i); if (!groups.has(r)) groups.set(r, []); groups.get(r).push(c); });
let k = 0, dis = 0;
for (const g of groups.values()) {
  if (g.length < 2) continue; k++;
  const sets = new Set(g.map((c) => [...c.want.topics].sort().join(',')));
  if (sets.size < 2) continue; dis++;
  console.log(`\n## cluster ${dis}: ${g.length} comments, companies ${[...new Set(g.map((c) => c.group))].join(' ')}`);
  console.log('   text: ' + g[0].got.text.slice(0, 300).replace(/\n/g, ' '));
  for (const c of g) console.log(`   ${c.set === 'fixtures' ? 'F' : 'C'} ${c.file} #${c.number} [${c.want.topics.join(',')}] | ${c.got.headings.join(' > ').slice(-90)}`);
}
console.error(`clusters ${k}, disagreeing ${dis}`);
