// Owns heading nesting: the chain of headings in force above each comment, from what each heading names and the letter's own formatting.
import { headingKind, type HeadingKind, headingLevel, PAGE_REF } from '../classify/heading.js';
import type { Line } from '../normalize.js';

/** A heading as printed: its text and its formatting (see headingStyle). */
export interface PrintedHeading {
  text: string;
  style: string;
}

/** A heading in the chain above a comment. `level` only orders the chain: lower is outer. */
export interface ChainHeading extends PrintedHeading {
  level: number;
  kind: HeadingKind;
  paged: boolean;
}

/**
 * The formatting of a heading line as a short key: "b" bold, "i" italic, "u" underlined (each
 * across at least 80% of its letters), "C" all capitals, "c" centred; "" when plain.
 */
export function headingStyle(line: Line): string {
  const letters = line.text.replace(/[^\p{L}]/gu, '');
  return [
    line.bold >= 0.8 ? 'b' : '',
    line.italic >= 0.8 ? 'i' : '',
    line.underline >= 0.8 ? 'u' : '',
    letters.length >= 3 && !/\p{Ll}/u.test(letters) ? 'C' : '',
    line.centered ? 'c' : '',
  ].join('');
}

/**
 * The letter's own hierarchy of heading styles: `outer(a, b)` when a heading styled `a` stands
 * directly above one styled `b` somewhere in the letter (with no comment between) and never the
 * other way round. Bold "Form 10-K …" over underlined "…, page N" headings gives outer("b", "u").
 * @param groups the styles of each run of consecutive headings, in print order
 */
export function styleHierarchy(groups: readonly (readonly string[])[]): (a: string, b: string) => boolean {
  const seen = new Set<string>();
  for (const group of groups) {
    for (let i = 1; i < group.length; i++) {
      const above = group[i - 1] as string;
      const below = group[i] as string;
      if (above !== below) seen.add(`${above}>${below}`);
    }
  }
  return (a, b) => a !== b && seen.has(`${a}>${b}`) && !seen.has(`${b}>${a}`);
}

/**
 * Update the heading chain with the headings printed above a comment. The first new heading
 * replaces the chain from its level down, where its level comes from, in order:
 * what it names (headingLevel), lifted to the level of its peer: a heading naming nothing known
 * ("Our Business Model", "Goodwill, page 54") stands no deeper than the innermost such heading in
 * the chain printed the same way and alike in having a page reference or not (same style, same
 * level; 2021-constellation-drs-form10-upload). It never sits below a heading (other than a filing)
 * of a style that the letter prints inside its own style, nor (having no page reference) below a "…, page N" heading
 * printed the same way (2024-adm-10k-upload). A note ("Note 7. Acquisitions") is a peer of the note before it.
 * "General" never holds others. The headings printed right after the first nest under it.
 * @param chain the chain in force before this comment, outermost first
 * @param added the new headings, in print order
 * @param outer the letter's style hierarchy (styleHierarchy)
 */
export function nestHeadings(chain: readonly ChainHeading[], added: readonly PrintedHeading[], outer: (a: string, b: string) => boolean = () => false): ChainHeading[] {
  const [first, ...rest] = added;
  if (first === undefined) return [...chain];
  const entry = (h: PrintedHeading, level: number): ChainHeading => ({ ...h, level, kind: headingKind(h.text), paged: PAGE_REF.test(h.text.trim()) });
  const head = entry(first, headingLevel(first.text, chain.map((h) => h.text)));
  const peer =
    head.kind === 'generic' ? chain.findLast((h) => h.kind === 'generic' && h.style === head.style && h.paged === head.paged)
    : head.kind === 'note' ? chain.findLast((h) => h.kind === 'note')
    : undefined;
  if (peer) head.level = Math.min(head.level, peer.level);
  const kept = chain.filter((h) => h.level < head.level);
  for (let last = kept.at(-1); last; last = kept.at(-1)) {
    const inner = outer(head.style, last.style) && last.kind !== 'filing';
    const pagedAbove = head.kind === 'generic' && !head.paged && last.kind === 'generic' && last.paged && last.style === head.style;
    if (!inner && !pagedAbove) break;
    kept.pop();
  }
  const out = [...kept.filter((h) => !/^General$/i.test(h.text)), head];
  for (const h of rest) {
    out.push(entry(h, Math.max(headingLevel(h.text, out.map((o) => o.text)), out.at(-1)?.level ?? 0)));
  }
  return out;
}
