// Owns citations: every standard, rule, form item and staff guidance a comment or response cites, whole as printed and in one canonical form.

/**
 * One citation: `canonical` is the form every wording of it shares ("S-K Item 303(b)(2)(ii)"),
 * `printed` the words as they stand in the text, `offset` where they start.
 */
export interface Citation {
  canonical: string;
  printed: string;
  offset: number;
}

/** "(b)(2)(ii)", "(bbb)", "(e)": subparagraphs written after a number. */
const PARENS = String.raw`(?:\([a-zA-Z0-9]{1,4}\))*`;
/** A list of numbers sharing one source: "Items 401 and 402", "Rules 3-05, 3-09 and 3-10", "Questions 100.01 and 100.04". */
const AND = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+through\s+|\s*-\s*(?=\d))`;

/** Securities Act rules are numbered in the hundreds (144A, 405, 430B, 461); the Exchange Act's carry a letter (10b-5, 12b-20, 13a-15, 14a-9) or a 0- prefix (0-11). */
function actOfRule(rule: string): 'Securities Act' | 'Exchange Act' | 'S-X' {
  if (/^\d{3}[A-Z]?\b/.test(rule)) return 'Securities Act';
  if (/^\d{1,2}[a-z]-/i.test(rule) || /^0-/.test(rule)) return 'Exchange Act';
  return 'S-X';
}

/** The act or regulation named right after a cited number: "of Regulation S-K", "under the Exchange Act". */
function sourceAfter(text: string, from: number): string | undefined {
  const tail = text.slice(from, from + 80);
  const m = /^\s*(?:of|under|in|to)\s+(?:the\s+)?(Regulation\s+S-[KXT]|Securities\s+Exchange\s+Act|Exchange\s+Act|Securities\s+Act|Sarbanes-Oxley\s+Act|Investment\s+Company\s+Act|Form\s+(?:8-K|10-K|10-Q|20-F|40-F|6-K|S-1|S-3|S-4|F-1|F-3|F-4|10))\b/i.exec(tail);
  if (!m) return undefined;
  const name = (m[1] as string).replace(/\s+/g, ' ');
  if (/^Regulation S-K$/i.test(name)) return 'S-K';
  if (/^Regulation S-X$/i.test(name)) return 'S-X';
  if (/^Regulation S-T$/i.test(name)) return 'S-T';
  if (/Exchange Act/i.test(name)) return 'Exchange Act';
  if (/^Securities Act$/i.test(name)) return 'Securities Act';
  if (/Sarbanes/i.test(name)) return 'Sarbanes-Oxley Act';
  if (/Investment Company/i.test(name)) return 'Investment Company Act';
  return name.replace(/^form/i, 'Form');
}

/** The regulation named right before a cited number: "Regulation S-K Item 105", "S-X Rule 3-05", "Exchange Act Rule 14a-8". */
function sourceBefore(text: string, at: number): string | undefined {
  const head = text.slice(Math.max(0, at - 40), at);
  const m = /(?:Regulation\s+)?(S-K|S-X|S-T)\s*$|(Securities\s+Exchange\s+Act|Exchange\s+Act|Securities\s+Act)(?:\s+of\s+19\d\d)?\s*$|(Form\s+(?:8-K|10-K|10-Q|20-F|40-F|6-K))\s*$/i.exec(head);
  if (!m) return undefined;
  if (m[1]) return m[1].toUpperCase();
  if (m[2]) return /Exchange/i.test(m[2]) ? 'Exchange Act' : 'Securities Act';
  return (m[3] as string).replace(/\s+/g, ' ').replace(/^form/i, 'Form');
}

/** Split "401 and 402" / "3-05, 3-09 and 3-10" into their numbers, with where each starts. */
function numbersOf(list: string, pattern: RegExp): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  for (const m of list.matchAll(pattern)) out.push({ value: m[0], index: m.index });
  return out;
}

type Rule = { pattern: RegExp; cite: (m: RegExpExecArray, text: string) => { canonical: string; offset?: number }[] };

const ITEM_NUMBER = new RegExp(String.raw`\d{1,4}(?:\.\d{1,2})?(?:\.?[A-Z](?![a-z]))?${PARENS}`, 'g');
const RULE_NUMBER = new RegExp(String.raw`\d{1,3}[a-z]?-\d{1,3}[A-Z]?${PARENS}|\d{3}[A-Z]?${PARENS}`, 'g');

/**
 * The rules, in order; an earlier rule's match wins over a later one covering the same words.
 * Each cites a real wording: 2024-capitalone-s4-upload ("Item 303(b)(2)(ii) of Regulation S-K"),
 * 2021-applovin-s1-upload ("Rule 3-05 of Regulation S-X"), non-GAAP letters ("Question 100.01 of
 * the Non-GAAP Financial Measures Compliance and Disclosure Interpretations").
 */
const RULES: Rule[] = [
  // FASB Codification: "ASC 350-20-35-3C", "FASB ASC Topic 606", "ASC 820-10-50-2(bbb)", "Accounting Standards Codification 842".
  {
    pattern: new RegExp(String.raw`\b(?:FASB\s+)?(?:ASC|Accounting\s+Standards\s+Codification)(?:\s+(?:Topic|Subtopic|Section|Paragraph|Paragraphs|Topics))?\s+(\d{3}(?:-\d{2}){0,2}(?:-\d{1,3}[A-Z]{0,2})?${PARENS}(?:${AND}\d{3}(?:-\d{2}){0,2}(?:-\d{1,3}[A-Z]{0,2})?${PARENS})*)`, 'g'),
    cite: (m) => numbersOf(m[1] as string, new RegExp(String.raw`\d{3}(?:-\d{2}){0,2}(?:-\d{1,3}[A-Z]{0,2})?${PARENS}`, 'g')).map((n) => ({ canonical: `ASC ${n.value}` })),
  },
  // "Topic 606" on its own is the Codification; SAB topics look like "Topic 5.P" and are matched below.
  {
    pattern: /\b(?<!SAB\s)(?<!Bulletin\s)Topic\s+(\d{3})\b(?!\.\d)/g,
    cite: (m) => [{ canonical: `ASC ${m[1]}` }],
  },
  // Staff Accounting Bulletins: "SAB Topic 5.P", "Staff Accounting Bulletin Topic 1.M", "SAB No. 99", "Staff Accounting Bulletin 121".
  {
    pattern: /\b(?:SAB|Staff\s+Accounting\s+Bulletin)(?:\s+(?:Topic|No\.?|Number))?\s+(\d{1,3}(?:[.:]?\s?[A-Z](?:\.\d{1,2})?)?)\b/g,
    cite: (m, text) => {
      const id = (m[1] as string).replace(/[:\s]/g, '.').replace(/\.\.+/g, '.');
      const topic = /Topic/i.test(m[0]) || /[A-Z]/.test(id) ? `SAB Topic ${id}` : `SAB ${id}`;
      void text;
      return [{ canonical: topic }];
    },
  },
  // Compliance and Disclosure Interpretations: "Question 102.11 of the Non-GAAP Financial Measures C&DIs", "Non-GAAP C&DI 100.01".
  {
    pattern: /\b(?:(Non-GAAP(?:\s+Financial\s+Measures)?|Securities\s+Act\s+(?:Forms|Rules|Sections)|Exchange\s+Act\s+(?:Forms|Rules|Sections)|Regulation\s+S-K|Proxy\s+Rules\s+and\s+Schedules\s+14A\/14C|Tender\s+Offer\s+Rules\s+and\s+Schedules)\s+)?(?:Compliance\s+and\s+Disclosure\s+Interpretations?|C&DIs?)(?:\s+(?:Questions?|No\.?))?\s+(\d{3}\.\d{2,3}(?:(?:,\s*|\s+and\s+)\d{3}\.\d{2,3})*)/gi,
    cite: (m, text) => cdis(m[2] as string, m[1] ?? cdiSetNear(text, m.index)),
  },
  {
    pattern: /\bQuestions?\s+(\d{3}\.\d{2,3}(?:(?:,\s*|\s+and\s+)\d{3}\.\d{2,3})*)\s+(?:of|in)\s+(?:the\s+|our\s+)?(?:Division(?:'s|’s)?\s+)?(?:(Non-GAAP(?:\s+Financial\s+Measures)?|Securities\s+Act\s+(?:Forms|Rules|Sections)|Exchange\s+Act\s+(?:Forms|Rules|Sections)|Regulation\s+S-K)\s+)?(?:Compliance\s+and\s+Disclosure\s+Interpretations?|C&DIs?)/gi,
    cite: (m, text) => cdis(m[1] as string, m[2] ?? cdiSetNear(text, m.index)),
  },
  // Regulation S-K / S-X / form items: "Item 303(b)(2)(ii) of Regulation S-K", "Regulation S-K Item 105", "Items 401 and 402", "Item 2.02 of Form 8-K".
  {
    pattern: new RegExp(String.raw`\b(Items?)\s+((?:\d{1,4}(?:\.\d{1,2})?(?:\.?[A-Z](?![a-z]))?${PARENS})(?:${AND}\d{1,4}(?:\.\d{1,2})?(?:\.?[A-Z](?![a-z]))?${PARENS})*)`, 'g'),
    cite: (m, text) => {
      const end = (m.index as number) + m[0].length;
      const source = sourceAfter(text, end) ?? sourceBefore(text, m.index as number);
      return numbersOf(m[2] as string, ITEM_NUMBER).flatMap((n) => {
        const item = n.value;
        if (source === 'S-K' || source === 'S-X') return [{ canonical: `${source} Item ${item}` }];
        if (source?.startsWith('Form ')) return [{ canonical: `${source} Item ${item}` }];
        // Without a source: S-K items run from 10 to 1600 and, bare, are written with three or four
        // digits ("Item 402") or a subparagraph ("Item 10(e)"); "Item 7" names a part of the filing.
        if (/^\d{3,4}\b/.test(item) || /^\d{2}\(/.test(item)) return [{ canonical: `S-K Item ${item}` }];
        return [];
      });
    },
  },
  // S-X articles: "Article 11 of Regulation S-X", "S-X Article 11".
  {
    pattern: /\bArticles?\s+(\d{1,2}(?:(?:,\s*|\s+and\s+)\d{1,2})*)\b/g,
    cite: (m, text) => {
      const source = sourceAfter(text, (m.index as number) + m[0].length) ?? sourceBefore(text, m.index as number);
      if (source !== 'S-X') return [];
      return numbersOf(m[1] as string, /\d{1,2}/g).map((n) => ({ canonical: `S-X Article ${n.value}` }));
    },
  },
  // Rules: "Rule 3-05 of Regulation S-X", "Rule 14a-9", "Securities Act Rule 430B", "Rules 13a-15(e) and 15d-15(e)", "Rule 12b-20 under the Exchange Act".
  {
    pattern: new RegExp(String.raw`\b(Rules?)\s+((?:\d{1,3}[a-z]?-\d{1,3}[A-Z]?|\d{3}[A-Z]?)${PARENS}(?:${AND}(?:\d{1,3}[a-z]?-\d{1,3}[A-Z]?|\d{3}[A-Z]?)${PARENS})*)`, 'g'),
    cite: (m, text) => {
      const end = (m.index as number) + m[0].length;
      const named = sourceAfter(text, end) ?? sourceBefore(text, m.index as number);
      return numbersOf(m[2] as string, RULE_NUMBER).map((n) => {
        const source = named === 'S-K' || named === 'S-T' || named === 'S-X' || named === 'Exchange Act' || named === 'Securities Act' || named === 'Investment Company Act' ? named : actOfRule(n.value);
        return { canonical: `${source} Rule ${n.value}` };
      });
    },
  },
  // Statute sections: "Section 13(a) of the Exchange Act", "Section 404 of the Sarbanes-Oxley Act", "Securities Act Section 5".
  {
    pattern: new RegExp(String.raw`\bSections?\s+(\d{1,3}[A-Z]?${PARENS}(?:${AND}\d{1,3}[A-Z]?${PARENS})*)`, 'g'),
    cite: (m, text) => {
      const source = sourceAfter(text, (m.index as number) + m[0].length) ?? sourceBefore(text, m.index as number);
      if (source !== 'Exchange Act' && source !== 'Securities Act' && source !== 'Sarbanes-Oxley Act' && source !== 'Investment Company Act') return [];
      return numbersOf(m[1] as string, new RegExp(String.raw`\d{1,3}[A-Z]?${PARENS}`, 'g')).map((n) => ({ canonical: `${source} Section ${n.value}` }));
    },
  },
  // Regulations cited whole: "Regulation G", "Regulation FD", "Regulation M", "Regulation AB", "Regulation S-K" alone is no citation.
  {
    pattern: /\bRegulation\s+(G|FD|M|AB|BTR|A|D|S|BTR|14A|14C|13D-G|M-A)\b(?![-\w])/g,
    cite: (m) => [{ canonical: `Regulation ${m[1]}` }],
  },
  // International standards: "IFRS 15", "IAS 36", "IFRIC 12".
  {
    pattern: /\b(IFRS|IAS|IFRIC)\s+(\d{1,2})\b/g,
    cite: (m) => [{ canonical: `${m[1]} ${m[2]}` }],
  },
  // Auditing standards: "AS 2201", "PCAOB Auditing Standard 3101", "AS No. 2101".
  {
    pattern: /\b(?:PCAOB\s+)?(?:AS|Auditing\s+Standards?)(?:\s+No\.?)?\s+(\d{4})\b/g,
    cite: (m) => [{ canonical: `PCAOB AS ${m[1]}` }],
  },
];

/** The C&DI set named within the sentence before a bare "C&DI 102.11": "Non-GAAP" makes it a Non-GAAP C&DI. */
function cdiSetNear(text: string, at: number): string | undefined {
  const sentence = text.slice(Math.max(0, text.lastIndexOf('.', at - 1) - 200), at + 200);
  return /non-GAAP/i.test(sentence) ? 'Non-GAAP' : undefined;
}

function cdis(numbers: string, set: string | undefined): { canonical: string }[] {
  const name = set === undefined ? '' : /^non-GAAP/i.test(set) ? 'Non-GAAP ' : `${set.replace(/\s+/g, ' ')} `;
  return numbersOf(numbers, /\d{3}\.\d{2,3}/g).map((n) => ({ canonical: `${name}C&DI ${n.value}` }));
}

/**
 * Every citation in a text, in order of first appearance, each canonical form once.
 * @param text a comment's or response's text
 */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  // Characters already cited by an earlier rule: one mark per character keeps this linear.
  const covered = new Uint8Array(text.length);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered[start] === 1 || covered[end - 1] === 1) continue;
      const cited = rule.cite(m as unknown as RegExpExecArray, text);
      if (cited.length === 0) continue;
      covered.fill(1, start, end);
      for (const c of cited) found.push({ canonical: c.canonical, printed: m[0], offset: start });
    }
  }
  found.sort((a, b) => a.offset - b.offset);
  const seen = new Set<string>();
  return found.filter((c) => !seen.has(c.canonical) && seen.add(c.canonical));
}
