// Compares a parsed letter with its hand label (fixtures/LABELS.md); shared by the golden test and `npm run eval`.

/** Fold what LABELS.md says is not compared: white space, curly quotes, dashes, bullet glyphs. */
export function fold(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[‘’‚′´`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const sameText = (a, b) => fold(a) === fold(b);
const startsWith = (text, start) => fold(text).startsWith(fold(start));
const endsWith = (text, end) => fold(text).endsWith(fold(end));
const stripName = (name) => fold(name).replace(/^(?:Mr|Ms|Mrs|Dr|Messrs)\.?\s+/i, '').replace(/,?\s+Esq\.?$/i, '');

/**
 * Check one parsed letter against its label.
 * @returns a list of checks: { field, ok, expected, actual, comment? }
 */
export function compareWithLabel(letter, label) {
  const checks = [];
  const check = (field, ok, expected, actual, comment) => checks.push({ field, ok: Boolean(ok), expected, actual, ...(comment === undefined ? {} : { comment }) });
  const want = label.letter ?? {};
  const got = letter.letter;
  if ('kind' in want) check('kind', want.kind === got.kind, want.kind, got.kind);
  if ('category' in want) check('category', want.category === got.category, want.category, got.category);
  if ('date' in want) check('date', want.date === got.date, want.date, got.date);
  if ('company' in want) check('company', want.company === null ? got.company === null : sameText(want.company, got.company ?? ''), want.company, got.company);
  if ('fileNumbers' in want) check('fileNumbers', JSON.stringify(want.fileNumbers) === JSON.stringify(got.fileNumbers), want.fileNumbers, got.fileNumbers);
  if ('filings' in want) {
    const forms = (fs) => fs.map((f) => `${f.form}|${f.fiscalYearEnd}|${f.filedOn}`).join(' ; ');
    check('filings', forms(want.filings) === forms(got.filings), forms(want.filings), forms(got.filings));
  }
  if ('inReplyTo' in want) check('inReplyTo', want.inReplyTo === got.inReplyTo, want.inReplyTo, got.inReplyTo);
  if ('salutation' in want) check('salutation', want.salutation === null ? got.salutation === null : sameText(want.salutation, got.salutation ?? ''), want.salutation, got.salutation);
  if ('signatories' in want) {
    const names = (ss) => ss.map((s) => stripName(s.name)).join(' ; ');
    check('signatories', names(want.signatories) === names(got.signatories), names(want.signatories), names(got.signatories));
  }
  if ('cc' in want) {
    const ok = want.cc.length === got.cc.length && want.cc.every((name, i) => fold(got.cc[i] ?? '').includes(stripName(name)));
    check('cc', ok, want.cc, got.cc);
  }
  const wantComments = label.comments ?? [];
  check('commentCount', wantComments.length === letter.comments.length, wantComments.length, letter.comments.length);
  const numbers = (cs) => cs.map((c) => c.number).join(',');
  check('commentNumbers', numbers(wantComments) === numbers(letter.comments), numbers(wantComments), numbers(letter.comments));
  for (const w of wantComments) {
    const c = letter.comments.find((x) => x.number === w.number);
    const n = w.number;
    if (!c) {
      for (const field of ['headings', 'pageRef', 'textStart', 'textEnd', ...('responseStart' in w ? ['responseStart', 'responseEnd'] : [])]) check(field, false, 'comment present', 'missing', n);
      continue;
    }
    if ('headings' in w) {
      const a = w.headings.map(fold).join(' > ');
      const b = c.headings.map(fold).join(' > ');
      check('headings', a === b, a, b, n);
    }
    if ('pageRef' in w) check('pageRef', (w.pageRef ?? null) === (c.pageRef ?? null), w.pageRef ?? null, c.pageRef, n);
    if ('textStart' in w) check('textStart', startsWith(c.text, w.textStart), w.textStart, c.text.slice(0, 90), n);
    if ('textEnd' in w) check('textEnd', endsWith(c.text, w.textEnd), w.textEnd, c.text.slice(-90), n);
    if ('responseStart' in w) check('responseStart', c.response !== null && startsWith(c.response.text, w.responseStart), w.responseStart, c.response?.text.slice(0, 90) ?? null, n);
    if ('responseEnd' in w) check('responseEnd', c.response !== null && endsWith(c.response.text, w.responseEnd), w.responseEnd, c.response?.text.slice(-90) ?? null, n);
  }
  return checks;
}
