// The hand-labelled letters as training data, for scripts/train-topics.mjs and scripts/train-actions.mjs:
// where the labels are, which company a letter is from (no company in two folds), and the scores.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The labelled sets: where the labels are and where their letters are. */
export const SETS = [
  { name: 'fixtures', labels: join(root, 'fixtures', 'analysis'), letters: join(root, 'fixtures', 'letters') },
  { name: 'corpus', labels: join(root, 'fixtures', 'analysis-corpus'), letters: join(root, '..', 'shared', 'corpus', 'letters') },
];
/** Company keys that differ between fixture stems and corpus names but are one registrant (kept out of each other's folds). */
const SAME_COMPANY = { archerdanielsmidland: 'adm', facebook: 'meta', walmart: 'walmart', walmartstores: 'walmart', capitalonefinancial: 'capitalone', royalcaribbeancruises: 'royalcaribbean', texaspacificlandcorporatino: 'texaspacificland', texaspacificland: 'texaspacificland' };

function companyKey(set, stem, parsed) {
  if (set === 'fixtures') return stem.split('-')[1];
  const name = (parsed.letter.letter.company ?? stem).toLowerCase().replace(/\b(?:inc|corp|corporation|co|company|plc|ltd|llc|group|holdings?)\b\.?/g, '').replace(/[^a-z0-9]/g, '');
  return SAME_COMPANY[name] ?? name.slice(0, 10);
}

/**
 * Every labelled comment with its parse: `{ set, file, group, number, want, got, parsed }`, `want` the
 * label, `got` the parsed comment of that number (or undefined). Many fixture letters are also in
 * the corpus under another name: a comment met twice (same text) puts its two companies in one group.
 * @param parseLetter the library's parseLetter
 */
export async function labelledComments(parseLetter) {
  const out = [];
  for (const set of SETS) {
    if (!existsSync(set.labels) || !existsSync(set.letters)) continue;
    for (const name of readdirSync(set.labels).filter((f) => f.endsWith('.json')).sort()) {
      const label = JSON.parse(readFileSync(join(set.labels, name), 'utf8'));
      const path = join(set.letters, label.file);
      if (!existsSync(path)) continue;
      const parsed = await parseLetter(readFileSync(path), { file: label.file });
      const group = companyKey(set.name, name.replace(/\.json$/, ''), parsed);
      for (const want of label.comments) {
        const got = parsed.letter.comments.find((c) => c.number === want.number);
        out.push({ set: set.name, file: label.file, group, number: want.number, want, got, parsed });
      }
    }
  }
  return sameTextSameGroup(out);
}

function sameTextSameGroup(list) {
  const parent = new Map();
  const find = (g) => (parent.has(g) && parent.get(g) !== g ? find(parent.get(g)) : g);
  const byText = new Map();
  for (const ex of list) {
    const key = `${ex.got?.text ?? ''}\n${ex.got?.response?.text ?? ''}`.slice(0, 400);
    if (key.trim() === '') continue;
    const other = byText.get(key);
    if (other === undefined) byText.set(key, ex.group);
    else if (find(other) !== find(ex.group)) parent.set(find(ex.group), find(other));
  }
  return list.map((ex) => ({ ...ex, group: find(ex.group) }));
}

/**
 * Grouped k-fold: every company's examples in one fold. The companies are dealt in name order, or with `seed` after a seeded
 * shuffle (another split of the same companies: how much a figure owes to one split).
 */
export function folds(list, k, seed) {
  const groups = [...new Set(list.map((e) => e.group))].sort();
  if (seed !== undefined) {
    let s = Number(seed);
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
    for (let i = groups.length - 1; i > 0; i--) {
      const j = Math.floor((next() / 2147483648) * (i + 1));
      [groups[i], groups[j]] = [groups[j], groups[i]];
    }
  }
  return Array.from({ length: k }, (_, f) => new Set(groups.filter((_, i) => i % k === f)));
}

/** Micro precision, recall and F1 of [got list, want set] pairs. */
export function score(pairs) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [got, want] of pairs) {
    for (const x of got) (want.has(x) ? tp++ : fp++);
    for (const x of want) if (!got.includes(x)) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}

export const fmt = ({ p, r, f1 }) => `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`;

/**
 * The words met in at least `min` examples (`ex.words`) and in at most the share `most` of them, sorted, and each one's index.
 * @param most a word in more examples than this share says nothing of one class ("this", "will"): its weights would only learn how a company writes
 */
export function vocabularyOf(list, min, most = 1) {
  const df = new Map();
  for (const ex of list) for (const w of ex.words) df.set(w, (df.get(w) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= min && n <= most * list.length).map(([w]) => w).sort();
  return { vocab, index: new Map(vocab.map((w, i) => [w, i])) };
}

/**
 * One Adam step of full-batch gradient descent with L2: W, M, S the weights and moments, G the summed
 * gradient over `n` examples, `lambdaOf(k)` weight k's L2 factor. Deterministic.
 */
export function adamStep(W, M, S, G, step, n, lambdaOf) {
  const c1 = 1 - 0.9 ** step;
  const c2 = 1 - 0.999 ** step;
  for (let k = 0; k < W.length; k++) {
    const g = G[k] / n + lambdaOf(k) * W[k];
    M[k] = 0.9 * M[k] + 0.1 * g;
    S[k] = 0.999 * S[k] + 0.001 * g * g;
    W[k] -= (0.05 * (M[k] / c1)) / (Math.sqrt(S[k] / c2) + 1e-8);
  }
}

/** Model objects made so far, per weights and key. */
const MODELS = new WeakMap();

/**
 * The model object for these weights and this key (a choice of thresholds), made by `make` once: the library caches a
 * model's word table by its object (wordTableOf), so a new object per prediction would build the table again each time.
 */
export function modelFor(weights, key, make) {
  let byKey = MODELS.get(weights);
  if (byKey === undefined) MODELS.set(weights, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key);
}
