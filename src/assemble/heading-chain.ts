// Owns heading nesting: the chain of headings in force above each comment, from what each heading names and the letter's own formatting.
import { isTitleCase } from '../chars.js';
import { type ChainFacts, headingKind, type HeadingKind, headingLevel, NO_CHAIN, PAGE_REF, pageRefOf, withHeading } from '../classify/heading.js';
import type { Line } from '../normalize.js';
import { COMPLETE_SECTION_TITLE, DESCRIPTION_OF_SECURITIES, JOINING_WORDS, MANAGEMENTS, MDNA_FULL_TITLE, MONTH_DAY_YEAR, NOTE_TITLE, titleGoesOnWithParticiple } from '../vocabulary.js';

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
 * The headings one printed line holds. Usually one; two when a response's HTML runs the staff
 * letter's stacked headings into one paragraph, each underlined (or bold) on its own with a plain
 * space between, the first naming a section ("Management's Discussion and Analysis …" + " " +
 * "Overview, page 34", corpus c0224, c0288, c0291).
 */
export function printedHeadings(line: Line): PrintedHeading[] {
  const style = headingStyle(line);
  return runInHeadings(line, style).flatMap(apartFromMdnaTitle).flatMap(apartFromNoteTitle);
}

/**
 * The MD&A title is fixed, so a sub-heading typed on after it splits off (corpus c0291, c0293), on the same line or joined to
 * it from the title's wrapped line ("… Results of" / "Operations Consolidated Results of Operations, page 41", c0387 dumped by
 * html2text), with no space between where a tool dropped it ("… Results of OperationsOverview, page 34", c0224 likewise), or after a comma.
 */
function apartFromMdnaTitle(h: PrintedHeading): PrintedHeading[] {
  const title = MDNA_TITLE.exec(h.text)?.[0];
  if (title === undefined) return [h];
  // After a comma too, which the title keeps as printed ("… Results of Operations," / "Comparison of Fiscal 2016 to Fiscal 2015",
  // c0341); "…, page 24" is the title's page.
  const comma = /^,\s*/.exec(h.text.slice(title.length))?.[0] ?? '';
  const rest = h.text.slice(title.length + comma.length);
  // "… Results of Operations and Other" is a longer title, not a title and a sub-heading.
  if (!/^[\p{Lu}\d]/u.test(rest)) return [h];
  return [{ ...h, text: title.trim() + comma.trim() }, { ...h, text: rest.trim() }];
}

/** A numbered note's standard title (NOTE_TITLE) with more words after it: "Note 1. Significant Accounting Policies", "2: Revenue". */
const NUMBERED_NOTE_TITLE = new RegExp(String.raw`^(?:Notes?\s+(?:\d{1,2}|[A-Z])(?:[.:]|\s+[-–—])?|\d{1,2}[.:])\s+(?:${NOTE_TITLE})(?=\s+\S)`, 'i');

/**
 * A numbered note's standard title ends its heading where a heading under it is typed on after it, printed alike ("Note 1. Significant
 * Accounting Policies Inventories, page 38", c0293 as filed), as a flattened run's is read (load/flat/headings.ts): a capital opens the
 * heading under it. Not a title going on with a participle and its preposition ("Note 15 - Investments Accounted for by the Equity
 * Method …", c0055), nor with a joining word typed with a capital ("… Of …").
 */
function apartFromNoteTitle(h: PrintedHeading): PrintedHeading[] {
  const title = NUMBERED_NOTE_TITLE.exec(h.text)?.[0];
  if (title === undefined) return [h];
  const rest = h.text.slice(title.length).trim();
  const [first = '', second = ''] = rest.split(/\s+/, 2);
  if (!/^[\p{Lu}“"]/u.test(rest) || titleGoesOnWithParticiple(first, second) || /^(?:Of|And|Or|For|To|In|On|At|By|With|From)$/.test(first)) return [h];
  return [{ ...h, text: title.trim() }, { ...h, text: rest }];
}

/**
 * A heading line that cannot end there: it stops on a joining word ("… Results of", "…, page") or a dash, on a
 * numbered part's label alone ("Item 8.", c0876 printed), or on a word its date follows ("… Compared to Year Ended", c0860 printed).
 */
const WRAPS_ON = new RegExp(String.raw`(?:\b(?:${JOINING_WORDS}|under|page|pages|Form|Exhibit|Note|Item|Schedule|Ended|Ending|Dated)|[&,—–-]|^(?:Item|Note|Part)\s+\d{1,2}[A-Z]?\.?)$`, 'i');
/**
 * A line that only finishes the heading above it: starts in lower case (not a list letter of its own: "c) Loss
 * Development Tables, page F-46", c0653), with "and", "of" or "or" in any case, which no heading opens with ("ITEM 7.
 * MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION" / "AND RESULTS OF OPERATIONS", a title in capitals), or
 * is its page number ("37", "page 37", "F-12").
 */
const FINISHES = /^(?:(?!\p{Ll}{1,4}[.)]\s)\p{Ll}|(?:AND|And|OF|Of|OR|Or)\s|(?:pages?\s+)?[A-Z]?-?\d{1,4}(?:\s*[-–]\s*\d{1,4})?$)/u;
/** The short name a heading defines, on a line of its own: "(“MD&A”)", "(MD&A), page 37" (c0779); all capitals, whatever the heading's case. */
const DEFINED_NAME = /^\(["“]?[\p{Lu}&.-]{2,12}["”]?\)(?:,?\s+pages?\s+\S+)?$/u;

/**
 * Headings printed on two lines as one ("…Results of" / "Operations"; "…Operations, page" / "37"):
 * same style, and the first cannot end where it does or the second only finishes it.
 */
export function joinWrappedHeadings(headings: readonly PrintedHeading[]): PrintedHeading[] {
  const out: PrintedHeading[] = [];
  for (const h of headings) {
    const last = out.at(-1);
    const sameStyle = last !== undefined && (last.style === h.style || (DEFINED_NAME.test(h.text) && last.style.replace('C', '') === h.style.replace('C', '')));
    if (last !== undefined && sameStyle && (WRAPS_ON.test(last.text) || FINISHES.test(h.text) || DEFINED_NAME.test(h.text) || completesTitle(last.text, h.text) || datesFiling(last.text, h.text))) {
      out.splice(-1, 1, ...apartFromMdnaTitle({ ...last, text: `${last.text} ${h.text}` }));
    } else out.push(h);
  }
  return out;
}

/** A line that only dates a filing: "Filed June 3, 2019", "Submitted on May 1, 2023". */
const FILED_ON = new RegExp(String.raw`^(?:Filed|Submitted|Furnished)(?:\s+on)?,?\s+${MONTH_DAY_YEAR}\.?$`, 'i');

/** A filing heading and, on its own line, when the filing was filed: one heading ("… on Form S-4" / "Filed June 3, 2019", an HTML line break between them). */
function datesFiling(above: string, below: string): boolean {
  return FILED_ON.test(below) && headingKind(above) === 'filing';
}

/** A standard section title whole, and nothing more. */
const WHOLE_SECTION_TITLE = new RegExp(`^(?:${COMPLETE_SECTION_TITLE})$`, 'i');

/**
 * Two lines that make a standard title only together, its page after it or not: "Item 8. Financial Statements and Supplementary" /
 * "Data" (c0876 printed), "Non-GAAP" / "Financial Measures, page 72" (c0452 printed).
 */
function completesTitle(above: string, below: string): boolean {
  return !WHOLE_SECTION_TITLE.test(above) && WHOLE_SECTION_TITLE.test(`${above} ${below}`.replace(PAGE_REF, '').trim());
}

/** The full MD&A title with more words after it, not cut inside its last word ("… RESULTS OF OPERATION" + "S" is the whole title in capitals). */
const MDNA_TITLE = new RegExp(String.raw`^(?:Item\s+\d{1,2}[A-C]?\.?\s*)?${MDNA_FULL_TITLE}(?!(?<=Operation|Condition)s)\s*(?=\S)`, 'i');

function runInHeadings(line: Line, style: string): PrintedHeading[] {
  const text = withoutColon(line.text.replace(/\t+/g, ' ')).trim();
  const key = line.underline >= 0.8 ? 'underline' : line.bold >= 0.8 ? 'bold' : undefined;
  if (key === undefined) return [{ text, style }];
  const pieces: string[] = [];
  let open = false;
  for (const span of line.spans) {
    const piece = line.text.slice(span.start, span.end);
    if (span[key]) {
      if (open) pieces[pieces.length - 1] += piece;
      else pieces.push(piece);
      open = true;
    } else {
      // Words outside the formatting: one heading printed with mixed styles, not two.
      if (piece.trim() !== '') return [{ text, style }];
      open = false;
    }
  }
  const texts = pieces.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  if (texts.length < 2 || headingKind(texts[0] as string) === 'generic') return [{ text, style }];
  return texts.map((t) => ({ text: withoutColon(t), style }));
}

/**
 * The text without a colon that ends it and the white space before that, as `text.replace(/\s*:$/, '')`
 * would give, found from the end: that regex scanned a run of blanks from each of its characters.
 */
function withoutColon(text: string): string {
  if (!text.endsWith(':')) return text;
  let end = text.length - 1;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
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
export function nestHeadings(above: readonly ChainHeading[], added: readonly PrintedHeading[], outer: (a: string, b: string) => boolean = () => false): ChainHeading[] {
  const chain = carried(above);
  const [first, ...rest] = added;
  if (first === undefined) return [...chain];
  const entry = (h: PrintedHeading, level: number): ChainHeading => ({ ...h, level, kind: headingKind(h.text), paged: PAGE_REF.test(h.text.trim()) });
  const head = entry(first, headingLevel(first.text, chain.map((h) => h.text)));
  const holder = openSection(chain, head) ?? exhibitsItem(chain, head);
  if (holder) return stack([...chain.slice(0, chain.indexOf(holder) + 1), { ...head, level: holder.level + 1 }], rest, entry);
  // The standard parts of MD&A stand right under its title, and are peers however printed: "Liquidity and Capital Resources,
  // page 37" replaces "2023 Compared with 2022" (c0635), "Executive Overview, page 44" replaces "Financial Presentation" (c0450).
  if (MDNA_PART.test(head.text)) {
    const mdna = chain.findLast((h) => h.kind === 'section' && MDNA_TITLE_START.test(h.text));
    if (mdna) return stack([...chain.slice(0, chain.indexOf(mdna) + 1), { ...head, level: mdna.level + 1 }], rest, entry);
    const peer = chain.findLast((h) => h.kind !== 'filing' && MDNA_PART.test(h.text));
    if (peer) return stack([...chain.slice(0, chain.indexOf(peer)), { ...head, level: peer.level }], rest, entry);
  }
  const peer =
    head.kind === 'generic' ? chain.findLast((h) => h.kind === 'generic' && h.style === head.style && h.paged === head.paged)
    : head.kind === 'note' ? chain.findLast((h) => h.kind === 'note')
    : undefined;
  // A "…, page N" heading printed like the one before it, which stood under an unpaged heading printed the
  // same way ("Non-GAAP Measures" over "Adjusted Diluted EPS …, page 40"), takes its place under that heading (c0134).
  const topic = peer !== undefined && head.paged ? chain[chain.indexOf(peer) - 1] : undefined;
  if (peer && topic?.kind === 'generic' && !topic.paged && topic.style === head.style && !/^General$/i.test(topic.text) && nearPeers(peer, head)) {
    return stack([...chain.slice(0, chain.indexOf(peer)), { ...head, level: peer.level }], rest, entry);
  }
  if (peer) head.level = Math.min(head.level, peer.level);
  const kept = chain.filter((h) => h.level < head.level);
  for (let last = kept.at(-1); last; last = kept.at(-1)) {
    const inner = outer(head.style, last.style) && last.kind !== 'filing';
    const pagedAbove = head.kind === 'generic' && !head.paged && last.kind === 'generic' && last.paged && last.style === head.style;
    // A note of the financial statements is never inside a titled place of the filing ("Funds from Operations, page 61" then
    // "Note 8 — Intangibles, page 107": corpus c0854, c0684), a financial statement (c0226) or a section that holds no notes (MD&A, c0506).
    const noteUnderPlace = head.kind === 'note' && ((last.kind === 'generic' && last.paged) || (last.kind === 'statement' && ONE_STATEMENT.test(last.text)) || (last.kind === 'section' && HOLDS_NO_NOTES.test(last.text)));
    if (!inner && !pagedAbove && !noteUnderPlace && !outOfReach(last, head, chain)) break;
    kept.pop();
  }
  // A numbered exhibit ("Exhibit 99.1: News release …") holds the statements and titled parts of the document it is (c0930),
  // an appendix printed on the document's pages too ("Appendix A: Supplemental … Information, page F-34", c0877).
  const exhibit = chain.findLast((h) => h.kind === 'section' && NUMBERED_EXHIBIT.test(h.text));
  const ownSection = /^(?:Item|Part|Exhibits?)\b/i.test(head.text) || (/^(?:Annex|Appendix)\b/i.test(head.text) && !head.paged);
  const partOfDocument = head.kind === 'statement' || head.kind === 'generic' || (head.kind === 'section' && !ownSection);
  if (exhibit !== undefined && !kept.includes(exhibit) && partOfDocument) {
    return stack([...chain.slice(0, chain.indexOf(exhibit) + 1), { ...head, level: exhibit.level + 1 }], rest, entry);
  }
  return stack([...kept.filter((h) => !/^General$/i.test(h.text)), head], rest, entry);
}

/**
 * A standard part of MD&A, its page after it or not: "Results of Operations", a comparison of periods ("2023 Compared with 2022",
 * "Fiscal 2017 vs. Fiscal 2016"), "Liquidity and Capital Resources", "Critical Accounting Estimates", "Off-Balance Sheet Arrangements".
 */
const MDNA_PART = /^(?:(?:Consolidated\s+)?Results\s+of\s+Operations|Executive\s+Overview|Liquidity\s+and\s+Capital\s+Resources|Critical\s+Accounting\s+(?:Estimates|Policies)(?:\s+and\s+(?:Estimates|Policies))?|Off[-\s]Balance\s+Sheet\s+Arrangements|(?:Fiscal\s+)?\d{4}\s+(?:Compared\s+(?:with|to)|vs\.?|versus)\s+(?:Fiscal\s+)?\d{4})(?:,\s+pages?\s+\S+)?$/i;

/** MD&A's title, as an Item or alone: "Item 7. Management's Discussion and Analysis …", "Management’s Discussion and Analysis". */
const MDNA_TITLE_START = new RegExp(String.raw`^(?:Item\s+\d+[A-Z]?\.?\s*)?${MANAGEMENTS}\s+Discussion\s+and\s+Analysis\b`, 'i');

/** One exhibit by its number: "Exhibit 99.1", "Exhibits 8.1 and 8.2". */
const NUMBERED_EXHIBIT = /^Exhibits?\s+\d/i;

/** Pages this far apart or less, titled alike, can be two sub-sections of one topic ("…, page 40" and "…, page 46"). */
const TOPIC_REACH = 10;

/** Two titled "…, page N" headings a few pages apart in the same series of pages. */
function nearPeers(a: PrintedHeading, b: PrintedHeading): boolean {
  const [pa, pb] = [pageOf(a.text), pageOf(b.text)];
  const titled = (h: PrintedHeading) => isTitleCase(h.text.replace(PAGE_REF, ''));
  return pa !== undefined && pb !== undefined && pa.series === pb.series && Math.abs(pb.number - pa.number) <= TOPIC_REACH && titled(a) && titled(b);
}

/** One financial statement ("Consolidated Statements of Shareholders' Equity …, page 29"), not the statements or their notes as a whole. */
const ONE_STATEMENT = /^(?!Notes?\s+to\b)(?:[\w’'-]+\s+){0,4}(?:Balance\s+Sheets?|Statements?\s+of\b)/i;

/** Sections of a filing outside its financial statements: a note heading after one of them starts the notes, beside it ("Material U.S. Federal Income Tax Consequences, page 145", then "Note 1. …": c0372). */
const HOLDS_NO_NOTES = new RegExp(String.raw`^(?:Item\s+\d+[A-Z]?\.?\s*)?(?:${MANAGEMENTS}\s+Discussion|Risk\s+Factors|Business\b|Properties|Legal\s+Proceedings|Controls\s+and\s+Procedures|Executive\s+Compensation|Prospectus\s+Summary|Summary\b|Quantitative\s+and\s+Qualitative|Selected\s+(?:Consolidated\s+)?Financial\s+Data|Material\s+(?:U\.S\.\s+)?(?:Federal\s+)?(?:Income\s+)?Tax\s+Consequences|Certain\s+Relationships|Use\s+of\s+Proceeds|Dilution|Capitalization|${DESCRIPTION_OF_SECURITIES}|Underwriting|Plan\s+of\s+Distribution|Comparison\s+of\s+(?:Stockholder|Shareholder)|Security\s+Ownership|Directors,?\s+(?:and\s+)?Executive\s+Officers|(?:Principal\s+(?:and\s+)?)?Selling\s+(?:Stockholders|Shareholders)|Principal\s+(?:Stockholders|Shareholders)|Shares\s+Eligible|Dividend\s+Policy|Legal\s+Matters|Experts|The\s+(?:Transactions?|Mergers?|Offer|Spin-Off|Separation|Distribution)\b|Questions\s+and\s+Answers)`, 'i');

/**
 * The headings printed right after the first nest under it, each no shallower than the one above.
 * What the chain says is carried along heading by heading (was the whole chain handed to headingLevel
 * for each one: 20,000 heading lines above one comment took 20 s).
 */
function stack(out: ChainHeading[], rest: readonly PrintedHeading[], entry: (h: PrintedHeading, level: number) => ChainHeading): ChainHeading[] {
  if (rest.length === 0) return out;
  let facts: ChainFacts = out.reduce<ChainFacts>((f, o) => withHeading(f, o.text), NO_CHAIN);
  for (const h of rest) {
    out.push(entry(h, Math.max(headingLevel(h.text, facts), out.at(-1)?.level ?? 0)));
    facts = withHeading(facts, h.text);
  }
  return out;
}

/**
 * Headings a chain carries on to the next comment, at most: letters nest 5 deep (the corpus'
 * deepest). Every comment lists its chain, so thousands of heading-like lines above one comment,
 * carried whole, made the output quadratic (each later comment repeating them all). The comment
 * under them still lists them all (every word lands in the output); later comments get the
 * outermost headings and the innermost.
 */
export const MAX_HEADING_DEPTH = 16;

function carried(chain: readonly ChainHeading[]): readonly ChainHeading[] {
  return chain.length > MAX_HEADING_DEPTH ? [...chain.slice(0, MAX_HEADING_DEPTH - 1), chain.at(-1) as ChainHeading] : chain;
}

/**
 * Sections long enough to have titled sub-sections of their own. Not "Risk Factors" (it holds
 * risk-factor captions), not a summary (its headings echo the body's sections, and readers take them
 * as peers: 2024-capitalone-s4-corresp, 2021-constellation-drs-form10-upload), not short sections
 * such as "Selected Financial Data" or "Use of Proceeds".
 */
const LONG_SECTION = new RegExp(String.raw`^(?:Item\s+\d+[A-Z]?\.?\s+(?:Business|${MANAGEMENTS}\s+Discussion|Financial\s+Statements)|${MANAGEMENTS}\s+Discussion|Business\b|The\s+(?:Transactions?|Mergers?|Offer|Exchange\s+Offer|Business\s+Combination|Spin-Off|Separation|Distribution)\b|Executive\s+Compensation|${DESCRIPTION_OF_SECURITIES}|Unaudited\s+Pro\s+Forma|Questions\s+and\s+Answers|Certain\s+Relationships\s+and\s+Related|Material\s+(?:U\.S\.\s+)?(?:Federal\s+)?(?:Income\s+)?Tax\s+Consequences)`, 'i');

/** Pages further on than this from the heading before leave a section: major sections of a filing rarely run longer. */
const SECTION_REACH = 40;

/**
 * The major section of the filing ("Management's Discussion and Analysis, page 78", "The
 * Transactions, page 70", "Business, page 106") that a titled "…, page N" heading belongs to: the
 * outermost named section in the chain, with a page reference in the same series ("F-" pages are
 * the financial statements) at or before the heading's, and the heading no more than SECTION_REACH
 * pages past the last page the chain names (2020-doordash-drs-s1-upload, 2021-constellation-drs-form10-upload,
 * 2017-bearnewco-s4-upload), when that section is a long one (LONG_SECTION).
 */
function openSection(chain: readonly ChainHeading[], head: ChainHeading): ChainHeading | undefined {
  if (head.kind !== 'generic' || !head.paged || !isTitleCase(head.text.replace(PAGE_REF, ''))) return undefined;
  const section = chain.find((h) => h.kind === 'section' && h.paged);
  if (section === undefined || !LONG_SECTION.test(section.text)) return undefined;
  const page = pageOf(head.text);
  const start = pageOf(section.text);
  const last = chain.map((h) => pageOf(h.text)).findLast((p) => p !== undefined);
  if (page === undefined || start === undefined || last === undefined) return undefined;
  const sameSeries = page.series === start.series && page.series === last.series;
  return sameSeries && page.number >= start.number && page.number - last.number <= SECTION_REACH ? section : undefined;
}

/**
 * A "…, page N" section that a titled "…, page M" heading cannot be inside: M before N, or further than SECTION_REACH past the last
 * page the chain names (the reach openSection allows): "Intellectual Property, page 119" is not in "Unaudited Pro Forma …, page 77" (c0877).
 */
function outOfReach(section: ChainHeading, head: ChainHeading, chain: readonly ChainHeading[]): boolean {
  if (section.kind !== 'section' || !section.paged || head.kind !== 'generic' || !head.paged) return false;
  const [start, page] = [pageOf(section.text), pageOf(head.text)];
  const last = chain.map((h) => pageOf(h.text)).findLast((p) => p !== undefined);
  if (start === undefined || page === undefined || last === undefined || page.series !== start.series || page.series !== last.series) return false;
  return page.number < start.number || page.number - last.number > SECTION_REACH;
}

/** "Item 21. Exhibits and Financial Statement Schedules" holds the exhibits the headings after it name ("Exhibit 5.1, page II-3", c0942). */
function exhibitsItem(chain: readonly ChainHeading[], head: ChainHeading): ChainHeading | undefined {
  if (!NUMBERED_EXHIBIT.test(head.text)) return undefined;
  return chain.findLast((h) => h.kind === 'section' && /^Item\s+\d+[A-Z]?\.?\s*[-–—:]?\s*Exhibits\b/i.test(h.text));
}

/** A heading's page reference as a series ("", "F", "FS", "A-") and the first page number. */
function pageOf(text: string): { series: string; number: number } | undefined {
  const m = /^([A-Z]*-?)(\d+)/i.exec(pageRefOf(text) ?? '');
  return m ? { series: (m[1] as string).toUpperCase().replace(/-$/, ''), number: Number(m[2]) } : undefined;
}
