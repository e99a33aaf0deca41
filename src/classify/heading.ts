// Owns heading evidence: short standalone lines naming a filing, an Item or section, or "…, page N".
import type { Line } from '../normalize.js';

/** "…, page 84", "…, pages 12-14", "…, page F-7", "(page 5)", "page31" (2020-adm-10k-corresp). */
export const PAGE_REF = /(?:,|\(|\s|-|–)\s*pages?\s*([A-Z]?-?\d+[A-Za-z]?(?:\s*(?:-|–|—|to|through|and|,)\s*[A-Z]?-?\d+[A-Za-z]?)*)\s*\)?\s*[.:]?$/i;
/** Filing-level headings: the outermost level. */
const FILING = /^(?:Form\s+[0-9A-Z][\w-]*\b|Amendment\s+No\.|Amended\s+(?:Registration|Form|Draft)|(?:Draft\s+)?Registration\s+Statement|Draft\s+Offering|Offering\s+Statement|Schedule\s+(?:TO|14[A-Z]?|13[DE])|(?:Revised\s+)?Preliminary\s+(?:Proxy|Information)|Definitive\s+(?:Proxy|Additional)|Annual\s+Report|Quarterly\s+Report|Current\s+Report|Post-Effective|Response\s+dated|Supplemental\s+Response)/i;
/** Item, Part, Note, section-level headings. */
const SECTION = /^(?:Item\s+\d|Items\s+\d|Part\s+[IVX\d]|Notes?\s+to\b|Financial\s+Statements|Exhibits?\b|Annex|Appendix|Management['’]s\s+Discussion|Risk\s+Factors|General$|Prospectus\s+Summary|Business$|Summary\b|Executive\s+Compensation|Unaudited\s+Pro\s+Forma)/i;
/** Words that end a sentence-like line: a heading does not end with them. */
const SENTENCE_END = /[.;](?:["”’')\]]*)$/;

/** How a heading nests: filing (0) > section (1) > sub-section (2) > "…, page N" (3). */
export type HeadingLevel = 0 | 1 | 2 | 3;

/**
 * Whether a line reads as a heading: short, no sentence ending, and either formatted
 * (bold/underline/italic across the line) or naming a filing, section or page.
 * @param line the line
 * @param bodyStyled whether ordinary paragraphs in this letter carry formatting too (then formatting is weaker evidence)
 */
export function isHeadingLike(line: Line, text: string = line.text): boolean {
  const t = text.replace(/\t/g, ' ').replace(/:$/, '').trim();
  if (t.length < 2 || t.length > 200) return false;
  const words = t.split(/\s+/);
  if (words.length > 24) return false;
  if (!/^[\p{Lu}\p{N}“"‘'(\[]/u.test(t)) return false;
  const pageRef = PAGE_REF.test(t);
  if (SENTENCE_END.test(t) && !pageRef && !/\b(?:No|Inc|Corp|Co|Ltd|L\.P|N\.V|S\.A|plc)\.$/i.test(t)) return false;
  if (pageRef || FILING.test(t) || SECTION.test(t)) return true;
  const formatted = line.bold >= 0.8 || line.underline >= 0.8 || line.italic >= 0.8;
  if (formatted && words.length <= 16) return true;
  // Unformatted text: a short title-case line standing alone.
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}(“"&]/u.test(w)).length;
  return words.length <= 10 && capitalised / words.length >= 0.6 && !/[,;]$/.test(t);
}

/** The nesting level of a heading, judged by what it names. */
export function headingLevel(text: string): HeadingLevel {
  const t = text.trim();
  if (PAGE_REF.test(t)) return 3;
  if (FILING.test(t)) return 0;
  if (SECTION.test(t)) return 1;
  return 2;
}

/** The page of the reviewed filing a heading names ("84", "12-14"), if any. */
export function pageRefOf(text: string): string | undefined {
  const m = PAGE_REF.exec(text.trim());
  return m?.[1]?.replace(/\s*(?:–|—|to|through)\s*/g, '-').replace(/\s+/g, '');
}
