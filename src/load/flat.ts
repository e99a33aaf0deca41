// Owns flattened text: a letter whose line breaks a scraper collapsed into spaces, cut back into paragraphs.
import {
  ABBREVIATED_LEGAL_FORM, ACKNOWLEDGED_POINTS, ACKNOWLEDGEMENT_INTRO, ACKNOWLEDGES, ANSWER_OPENING, ANSWERS_THE_COMMENT, BULLET_CHARACTERS, CLOSING_SENTENCES,
  COMPLETE_SECTION_TITLE, COPY_TO_WORDS, CORRESPONDENCE_TITLE_START, COURTESY_TITLE, FILING_TITLE_START, MAIL_MERGE_FIELDS, MONTH_ABBREVIATIONS, MONTH_DAY_YEAR, MONTH_NAMES,
  NAME_SUFFIX, PAGE_NUMBER_MARKER, PAGE_WORD, RE_WORD, RESPONSE_LABEL_TAIL, SALUTATION_PHRASES, SECTION_TITLE_START, SIGN_OFF_WORDS, STAFF_VOICE, TITLE_QUALIFIERS,
} from '../vocabulary.js';
import { isLetterOrDigit, isSpace } from '../chars.js';
import { bestNumberingChain, type NumberedCandidate } from '../numbering-chain.js';
import { type Block, type EdgarHeader, Format, plainRun, type Source } from '../source.js';

/**
 * Whether a plain text is a flattened letter: some length, and its few lines are very long
 * (a letter printed as text has lines of under 100 characters, or a paragraph per line of a
 * few hundred; a flattened one holds the whole letter on one line).
 * @param text decoded text
 */
export function isFlatText(text: string): boolean {
  const lines = text.split(/\r\n?|\n|\f/).map((l) => l.trim()).filter((l) => l !== '');
  const total = lines.reduce((n, l) => n + l.length, 0);
  if (total < 300) return false;
  const longest = lines.reduce((n, l) => Math.max(n, l.length), 0);
  if (lines.length <= 3) return longest >= 300;
  return total / lines.length >= 600 && longest >= 2000;
}

/** A flattened EDGAR document header, "CORRESP 1 filename1.htm": the form type, sequence and file name. */
const DOCUMENT_HEADER = /^\s*(CORRESP|UPLOAD|LETTER)\s+\d{1,3}\s+\S+\.(?:htm|html|txt|pdf)(?=\s|$)/i;

/**
 * Read a flattened letter: its paragraphs, and the form type when the text opens with the
 * flattened EDGAR document header (`<TYPE>CORRESP <SEQUENCE>1 <FILENAME>…` lost its tags).
 * @param text decoded text
 */
export function loadFlatText(text: string): Source {
  const source: Source = { format: Format.text, blocks: flatBlocks(text) };
  const header = DOCUMENT_HEADER.exec(text);
  if (header?.[1]) {
    const edgar: EdgarHeader = { formType: header[1].toUpperCase(), fileNumbers: [] };
    source.edgar = edgar;
  }
  return source;
}

/**
 * The words of the flattened text (tokens) and where each starts in the text, in two flat arrays:
 * an object per word was a million objects on a large letter, most of its garbage-collection time.
 */
class Tokens {
  readonly texts: string[] = [];
  readonly starts: number[] = [];
  get length(): number {
    return this.texts.length;
  }
  /** Word i, or '' before the first and after the last. */
  text(i: number): string {
    return this.texts[i] ?? '';
  }
  /** Offset of word i in the text (i within the words). */
  start(i: number): number {
    return this.starts[i] as number;
  }
  /** Offset just after word i. */
  end(i: number): number {
    return this.start(i) + this.text(i).length;
  }
}

/** A numbered-comment candidate: the token index where it starts (`at`), its number and how comment-like it looks. */
type NumberCandidate = NumberedCandidate;

/**
 * Cut a flattened letter into paragraph blocks.
 * Splits before the comment numbers that make the letter's numbering chain (1, 2, 3 … in
 * order), before the headings right above them, bullets, response labels, the Re: line,
 * salutation, sign-off, signature and cc lines, and sets running page headers
 * ("Name Company Date Page 2") apart as furniture. Every character of the text lands in
 * one block, in order; original line breaks (if any) still end a paragraph.
 * @param text decoded text
 */
export function flatBlocks(text: string): Block[] {
  const { tokens, breaks } = tokenize(text);
  if (tokens.length === 0) return [];
  const splits = new Marks(tokens.length + 1);
  // Existing line breaks stay paragraph breaks.
  for (const i of breaks) splits.add(i);
  const at = tokenIndexer(tokens);
  const documentHeader = DOCUMENT_HEADER.exec(text);
  if (documentHeader) splits.add(at(documentHeader[0].length));
  const head = splitHead(text, tokens, at, splits);
  const furniture = runningHeaders(text, tokens, at, head.bodyStart > 0 ? head.bodyStart : Math.min(tokens.length, 150));
  // Marked per token, not furniture.some() per question: 20,000 running headers made that quadratic.
  const furnitureToken = new Uint8Array(tokens.length);
  for (const [from, to] of furniture) furnitureToken.fill(1, from, to);
  const isFurniture = (i: number) => furnitureToken[i] === 1;

  const commentLabels: number[] = [];
  const labels = responseLabels(text, tokens, at, splits, head.bodyStart, isFurniture, commentLabels);
  const candidates = numberCandidates(tokens, head.bodyStart).filter((c) => !isFurniture(c.at));
  const chain = bestNumberingChain(candidates, labels).map((i) => candidates[i] as NumberCandidate);
  for (const c of chain) {
    splits.add(c.at);
    splitHeadingRun(tokens, c.at, Math.max(head.bodyStart, 0), splits, isFurniture);
  }
  // An unnumbered comment's "Comment:" label has its headings above it too.
  for (const t of commentLabels) splitHeadingRun(tokens, t, Math.max(head.bodyStart, 0), splits, isFurniture);
  const lastComment = chain.at(-1)?.at ?? head.bodyStart;
  splitResponseSentences(text, tokens, chain, labels, tokens.length, splits);
  splitBullets(tokens, head.bodyStart, splits);
  splitClosing(text, tokens, at, lastComment, splits);

  const blocks: Block[] = [];
  let from = 0;
  const push = (to: number, isFurnitureBlock: boolean) => {
    if (to <= from) return;
    const block: Block = { runs: [plainRun(text.slice(tokens.start(from), tokens.end(to - 1)))] };
    if (isFurnitureBlock) block.furniture = true;
    blocks.push(block);
    from = to;
  };
  const edges = splits;
  for (const [a, b] of furniture) {
    edges.add(a);
    edges.add(b);
  }
  for (let i = 1; i <= tokens.length; i++) if (i === tokens.length || edges.has(i)) push(i, isFurniture(from));
  return blocks;
}

/**
 * Token indices, marked: the paragraph splits. One byte per token, where a Set<number> of a
 * 30 MB letter's million splits (copied once more for the block edges) cost some 100 MB.
 */
class Marks {
  private readonly marked: Uint8Array;
  constructor(size: number) {
    this.marked = new Uint8Array(size);
  }
  add(i: number): void {
    if (i >= 0 && i < this.marked.length) this.marked[i] = 1;
  }
  has(i: number): boolean {
    return this.marked[i] === 1;
  }
}

/**
 * The words of the text (runs of non-space, as /\S+/g finds them) and the indices of the words
 * with a line break (\n, \r, \f) in the space before them. One pass over the characters: matchAll
 * built a match array per word and a slice per gap, most of the time spent on a 30 MB letter.
 */
function tokenize(text: string): { tokens: Tokens; breaks: number[] } {
  const tokens = new Tokens();
  const breaks: number[] = [];
  let lineBreak = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a || c === 0x0d || c === 0x0c) lineBreak = true;
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    if (lineBreak && tokens.length > 0) breaks.push(tokens.length);
    lineBreak = false;
    tokens.texts.push(text.slice(start, i));
    tokens.starts.push(start);
  }
  return { tokens, breaks };
}

/** Maps a character offset to the index of the token starting at or after it. */
function tokenIndexer(tokens: Tokens): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A date in the text, case as printed (vocabulary.ts): "January 10, 2019", "Aug. 30, 2017". */
const DATE_TEXT = MONTH_DAY_YEAR;
const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES})$`);
/** A name's abbreviations in a running header, whose period ends no sentence: "Marc D. Hamburg Berkshire Hathaway Inc.". */
const HEADER_ABBREVIATION = new RegExp(String.raw`^(?:${COURTESY_TITLE}|${NAME_SUFFIX}|${ABBREVIATED_LEGAL_FORM}|[A-Z])\.,?$`);
/** "October 26, 2022 3": a date and a bare page number (runningHeaders checks what follows). */
const DATE_THEN_NUMBER = new RegExp(`(?<=^|\\s)(${DATE_TEXT})\\s+(\\d{1,3})(?=\\s)`, 'g');
/** "September 2, 2022 Page 2": a staff letter's running header, date first. */
const DATE_THEN_PAGE = new RegExp(`(${DATE_TEXT})\\s+(${PAGE_NUMBER_MARKER})(?=\\s|$)`, 'g');
/** "Page 2 of 3 January 10, 2019": a response's running header, page first. */
const PAGE_THEN_DATE = new RegExp(`(?<=^|\\s)(${PAGE_NUMBER_MARKER})\\s+${DATE_TEXT}(?=\\s|$)`, 'g');

/** The page of a "Page 2" or "Page 2 of 3" marker (parseInt reads the figure after the word, past white space). */
function pageNumberOf(marker: string): number {
  return Number.parseInt(marker.slice(PAGE_WORD.length), 10);
}

/**
 * Running page headers of a printed letter, as token ranges [from, to): the addressee or
 * company, the date and "Page N" (the header of pages 2+ in staff letters, e.g. "FirstName
 * LastNameMark Hamburg Comapany NameBerkshire Hathaway Inc. September 2, 2022 Page 2", the
 * SEC template's own field names included). The words before the date must all appear in
 * the letter's head (tokens before `headEnd`), or be the template's field names.
 */
function runningHeaders(text: string, tokens: Tokens, at: (offset: number) => number, headEnd: number): [number, number][] {
  const out: [number, number][] = [];
  const headWords = new Set(tokens.texts.slice(0, headEnd).map(bare));
  const template = new RegExp(`^(?:${MAIL_MERGE_FIELDS}|Company|Name)`);
  for (const m of text.matchAll(DATE_THEN_PAGE)) {
    if (pageNumberOf(m[2] as string) < 2) continue;
    const dateToken = at(m.index);
    const end = at(m.index + m[0].length);
    if (dateToken < headEnd) continue;
    let from = dateToken;
    for (let i = dateToken - 1; i >= Math.max(0, dateToken - 25); i--) {
      const word = tokens.text(i);
      const connector = /^(?:and|of|the|&|\|)$/.test(word);
      if (!connector && !/^[\p{Lu}\p{N}(]/u.test(word)) break;
      if (/[.;:?!]["”’)]*$/.test(word) && !HEADER_ABBREVIATION.test(word)) break;
      if (!connector && !headWords.has(bare(word)) && !template.test(word)) break;
      from = i;
    }
    while (from < dateToken && /^(?:and|of|the|&|\|)$/.test(tokens.text(from))) from++;
    out.push([from, end]);
  }
  // A response's header the other way round: "Page 2 of 3 January 10, 2019" (c1007).
  for (const m of text.matchAll(PAGE_THEN_DATE)) {
    const from = at(m.index);
    if (pageNumberOf(m[1] as string) >= 2 && from >= headEnd) out.push([from, at(m.index + m[0].length)]);
  }
  // The letter's date, the page number and the addressee block again, no "Page": "October 26, 2022 3
  // Ms. Lauren Pierce, Staff Attorney … Washington, D.C. 20549 Response The …" (c0570, c0241). The date
  // must be the letter's own (printed in its head) and at least three words of the head must follow.
  const headDates = new Set(Array.from((headEnd < tokens.length ? text.slice(0, tokens.start(headEnd)) : text).matchAll(new RegExp(DATE_TEXT, 'g')), (d) => d[0]));
  for (const m of text.matchAll(DATE_THEN_NUMBER)) {
    const dateToken = at(m.index);
    if (dateToken < headEnd || Number(m[2]) < 2 || !headDates.has(m[1] as string)) continue;
    const number = at(m.index + m[0].length) - 1;
    // An addressee block is a few lines: at most 40 words are taken.
    let end = number + 1;
    while (end < Math.min(tokens.length, number + 41) && headWords.has(bare(tokens.text(end))) && !/^(?:Response|RESPONSE|Answer|ANSWER|Comment|COMMENT)\b|^\d{1,3}[.)]$/.test(tokens.text(end))) end++;
    if (end - number - 1 >= 3) out.push([dateToken, end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The word without leading and trailing punctuation. Scans, not a regex: "[^…]+$" retries from every position of a long run of "((((". */
function bare(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isLetterOrDigit(word[start] as string)) start++;
  while (end > start && !isLetterOrDigit(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/** Abbreviations and labels whose trailing period does not end a sentence. */
const ABBREVIATION = new RegExp(String.raw`^(?:${COURTESY_TITLE}|No|Nos|${ABBREVIATED_LEGAL_FORM}|${NAME_SUFFIX}|St|U\.S|v|vs|Fig|Vol|[A-Z])\.,?$`);
/**
 * Words that name a numbered thing, so "Item 7." or "page 12." is not a comment number. Lower
 * case (a reference inside a sentence) or a capitalised label; capitalised plurals and
 * "Page", "Comments", "Exhibits" also end headings ("General Comments 1.", "Cover Page 1.").
 */
const NUMBERED_THING = new RegExp(
  String.raw`^(?:(?:items?|notes?|pages?|nos?|numbers?|sections?|rules?|parts?|steps?|phases?|levels?|tiers?|class|series|articles?|exhibits?|schedules?|appendix|annex|forms?|chapters?|tables?|figures?|paragraphs?|clauses?|options?|comments?|questions?|stages?|rounds?|tranches?|units?|amendments?|versions?|fy)|(?:Item|Items|Note|Notes|No|Nos|Number|Section|Sections|Rule|Rules|Part|Article|Exhibit|Schedule|Appendix|Annex|Form|Chapter|Table|Figure|Paragraph|Question|Step|Amendment|Q|FY|#|(?:${MONTH_ABBREVIATIONS}|May)[a-z]*))$`,
);
/** "No. 1", "Nos. 2": abbreviations whose period does not end a sentence. */
const NUMBER_ABBREVIATION = /^(?:No|Nos|no|nos|Fig|fig|Vol|vol|Sec|sec)\.$/;
/** Words that often open a staff comment, or a company's copy of one. */
const COMMENT_OPENER =
  /^[“"‘'(]?(?:Please|We|You|Your|Tell|Refer|Revise|Provide|Clarify|Explain|Describe|Disclose|Expand|Confirm|Discuss|Consider|Show|Update|Include|Identify|Quantify|Reconcile|Given|Since|To|The|It|In|If|Where|With|Regarding|Address|State|Advise|File|Remove|Balance|Comment|Staff|Throughout|Although|While|On|As|For|Note|Related|Supplementally|Noting)\b/;

/** "7.", "7)", a dash or bullet glued on: "•7." (vocabulary.ts). */
const DOTTED_NUMBER = new RegExp(`^[\\-–—${BULLET_CHARACTERS}]?(\\d{1,3})[.)]$`);
/** The first characters of a token DOTTED_NUMBER or a "Comment" label can match: a cheap test that skips most words. */
const NUMBER_CANDIDATE_START = new RegExp(`^[\\d\\-–—${BULLET_CHARACTERS}C]`);

/**
 * Every token that could start a numbered comment: "7." or "7)" before a capitalised word,
 * "Comment 7:", "Comment No. 7". Not after a word that names a numbered thing ("Item 7.",
 * "Note 3.", "page 12.", "No. 1", "May 3."), nor a number in a list ("pages 12 and 13.").
 */
function numberCandidates(tokens: Tokens, from: number): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  for (let i = Math.max(0, from); i < tokens.length; i++) {
    const token = tokens.text(i);
    if (!NUMBER_CANDIDATE_START.test(token)) continue;
    const next = tokens.text(i + 1);
    const previous = tokens.text(i - 1);
    let number: number | undefined;
    let score = 1;
    const labelled = /^(?:Comment|COMMENT)$/.test(token) ? /^(?:(?:No\.|#)\s*)?#?(\d{1,3})[:.)]?$/.exec(next === 'No.' ? `No.${tokens.text(i + 2)}` : next) : null;
    if (labelled && !/^(?:to|of|in|and|our|prior|see)$/i.test(previous)) {
      number = Number(labelled[1]);
      score += 2;
    } else {
      const dotted = DOTTED_NUMBER.exec(token);
      if (!dotted || !/^[“"‘'(\[]?\p{Lu}/u.test(next)) continue;
      if (NUMBERED_THING.test(previous.replace(/[,:]$/, '')) || NUMBER_ABBREVIATION.test(previous)) continue;
      if (/^(?:and|or|to|through|&)$/i.test(previous) && /\d/.test(tokens.text(i - 2))) continue;
      if (/^\d[\d.,]*,$/.test(previous) || /^\$/.test(previous)) continue;
      number = Number(dotted[1]);
      if (COMMENT_OPENER.test(next)) score += 1;
    }
    if (number < 1 || number > 300) continue;
    if (previous === '' || /[.?!:]["”’')\]]*$/.test(previous)) score += 1;
    else if (/;$/.test(previous)) score -= 0.5;
    else if (/\d$/.test(previous)) score += 0.5;
    else if (/^\p{Ll}/u.test(previous)) score -= 1.5;
    else score += 0.5;
    out.push({ at: i, number, score });
  }
  return out;
}

/** Is there a label strictly between tokens a and b? (labels are in reading order) */
function labelBetween(labels: readonly number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((labels[mid] as number) <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < labels.length && (labels[lo] as number) < b;
}

/**
 * Response labels ("Response:", "Company Response:", "Response to Comment 3:"), each split
 * before; a label without a colon ("… ads. Response The Company assesses …", as a label on a
 * line of its own prints once flattened) counts after a sentence end, a page footer or a running
 * header and before a capital, and is split after too, so it stands alone as it did.
 * @param commentLabels receives the token indices of the "Comment:" labels found on the way
 * @returns the token indices of the response labels
 */
function responseLabels(text: string, tokens: Tokens, at: (offset: number) => number, splits: Marks, bodyStart: number, isFurniture: (i: number) => boolean, commentLabels: number[]): number[] {
  const out: number[] = [];
  // The label's word in its printed case (in running text "response" is a word of a sentence), what may follow it in
  // any case (the line rules' tail), then a colon or dash, or a capitalised word that starts the answer.
  const word = /(?:(?:The\s+)?(?:Company|Registrant|Our|Management)(?:['’]s)?\s+)?(?:Response|RESPONSE|Answer|ANSWER)/uy;
  const tail = new RegExp(RESPONSE_LABEL_TAIL, 'iy');
  const end = /\s*[:\-–—]|(?=\s+(?!Dated\b|Letters?\b)[“"(]?\p{Lu})/uy;
  const sticky = (pattern: RegExp, at: number) => {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    return m === null ? -1 : at + m[0].length;
  };
  const comment = /(?:Staff\s+)?(?:Comment|COMMENT)\s*:/y;
  for (let i = Math.max(0, bodyStart); i < tokens.length; i++) {
    const start = tokens.start(i);
    // Only words that can open a label are tried (a sticky match at the word).
    if (!/^(?:The|Company|Registrant|Our|Management|Response|RESPONSE|Answer|ANSWER|Staff|Comment|COMMENT)/.test(tokens.text(i))) continue;
    const wordEnd = sticky(word, start);
    const labelEnd = wordEnd < 0 ? -1 : sticky(end, sticky(tail, wordEnd));
    if (labelEnd >= 0) {
      const colon = /[:\-–—]$/.test(text.slice(start, labelEnd));
      // Without a colon, the label must follow a finished sentence, a page footer or a running header.
      if (!colon && i > 0 && !/[.?!:"”)]$/.test(tokens.text(i - 1)) && !afterFooter(tokens, i) && !isFurniture(i - 1)) continue;
      out.push(i);
      splits.add(i);
      if (!colon) splits.add(at(labelEnd));
      i = at(labelEnd) - 1;
      continue;
    }
    // "Comment:" opening an unnumbered comment in a response letter, after a sentence or after the
    // heading above it ("… Analysis, page 44 COMMENT: We note …", c0166).
    comment.lastIndex = start;
    const previous = tokens.text(i - 1);
    const afterSentence = /[.?!:"”]$/.test(previous) && !/^\d{1,3}[.)]$/.test(previous);
    const afterPageRef = /^(?:[A-Z]-)?\d{1,3}$/.test(previous) && /^pages?$/i.test(tokens.text(i - 2));
    if ((afterSentence || afterPageRef) && comment.test(text)) {
      splits.add(i);
      commentLabels.push(i);
    }
  }
  return out;
}

/** Sentences that open a company's answer when it has no label ("The Company respectfully advises …"). */
const RESPONSE_SENTENCE = new RegExp(
  String.raw`^(?:${ANSWER_OPENING}|(?:The )?(?:Company|Registrant|Partnership|Bank|Trust|Fund|Issuer)(?:['’]s)? (?:respectfully|acknowledges|advises|confirms|notes|has|will|supplementally|proposes|believes)|(?:[A-Z][\w&.-]*\s+){1,3}respectfully (?:advises|submits|acknowledges|notes|informs|refers|directs)|${ANSWERS_THE_COMMENT})`,
);

/**
 * In a comment with no response label, the first sentence that reads as the company's
 * answer starts a paragraph, where the printed letter changed formatting (bold comment,
 * plain answer) and so began a new one.
 */
function splitResponseSentences(text: string, tokens: Tokens, chain: readonly NumberCandidate[], labels: readonly number[], end: number, splits: Marks): void {
  // In a company's response the answer may open with any sentence: the first one out of the staff's voice.
  const answers = RESPONSE_LETTER.test(text.slice(0, 4000));
  chain.forEach((c, k) => {
    const to = chain[k + 1]?.at ?? end;
    if (labelBetween(labels, c.at, to)) return;
    // Inside a quotation (the staff quoting the filing) no sentence is the company's: count the open quotes (a stray close opens none).
    let open = 0;
    // Where the region's last closing quote stands (found once: a search per token was quadratic).
    const regionEnd = to < tokens.length ? tokens.start(to) : text.length;
    const lastClose = Math.max(text.lastIndexOf('”', regionEnd - 1), text.lastIndexOf('"', regionEnd - 1));
    // A guess (a sentence merely out of the staff's voice) may be wrong: when the staff speaks again after it, the next such sentence is tried too.
    let guessed = false;
    let staffAfterGuess = false;
    for (let i = c.at + 2; i < to; i++) {
      const previous = tokens.text(i - 1);
      open = quotesOpenAfter(open, previous);
      // A quotation never closed before the next comment is a stray mark, not a quotation.
      if (open > 0 && lastClose < tokens.start(i)) open = 0;
      if (open > 0) continue;
      // "… paragraph 280-10-50-11. oxy.com 1 We respectfully advise …": a page footer may stand between the staff's last sentence and the answer.
      if (!/[.?!]["”’)]*$/.test(previous) && !afterFooter(tokens, i)) continue;
      const sentence = text.slice(tokens.start(i), sentenceEnd(text, tokens.start(i)));
      // "… control over Vistra Preferred Inc. The Company has revised …": a company's name may end the comment's sentence.
      if (ABBREVIATION.test(previous) && !(COMPANY_SUFFIX.test(previous) && RESPONSE_SENTENCE.test(sentence))) continue;
      if (RESPONSE_SENTENCE.test(sentence)) {
        splits.add(i);
        return;
      }
      if (!answers) continue;
      if (STAFF_VOICE.test(sentence)) {
        staffAfterGuess = guessed;
        continue;
      }
      if ((!guessed || staffAfterGuess) && !splits.has(i) && /^[\p{Lu}“"]/u.test(sentence)) {
        splits.add(i);
        guessed = true;
        staffAfterGuess = false;
      }
    }
  });
}

/** A page footer's words: its page number, the company's web address, "Page". */
const FOOTER_WORD = new RegExp(String.raw`^(?:\d{1,3}|[\w-]+\.(?:com|net|org|io)|${PAGE_WORD}|\|)$`, 'i');

/** Token i follows a page footer (one to three footer words) that follows a finished sentence. */
function afterFooter(tokens: Tokens, i: number): boolean {
  let k = i - 1;
  while (k >= i - 3 && k >= 0 && FOOTER_WORD.test(tokens.text(k))) k--;
  return k < i - 1 && k >= 0 && /[.?!]["”’)]*$/.test(tokens.text(k));
}

/** The quotations open after a token: “ opens, ” closes, a straight " closes an open one or opens (“…anywhere." in c0664); a stray close opens none. */
function quotesOpenAfter(open: number, token: string): number {
  let n = open;
  for (const ch of token) {
    if (ch === '“') n++;
    else if (ch === '”') n = Math.max(0, n - 1);
    else if (ch === '"') n = n > 0 ? n - 1 : 1;
  }
  return n;
}

/** A company name's last word, which can end a sentence too. */
const COMPANY_SUFFIX = new RegExp(String.raw`^(?:${ABBREVIATED_LEGAL_FORM})\.$`);

/** A company's response letter, from its opening: it answers "the Staff's comments". */
const RESPONSE_LETTER = /\b(?:comment\s+letter\s+dated|the\s+Staff['’]s\s+comments?|in\s+response\s+to\s+(?:the\s+)?comments?|(?:comments?|letter)\s+(?:from|of)\s+the\s+Staff|our\s+responses?\b|set\s+forth\s+below)/i;

/** Where the sentence starting at `start` ends (its full stop, or 400 characters on). */
function sentenceEnd(text: string, start: number): number {
  const stop = /[.?!]["”’)]*(?=\s|$)/g;
  stop.lastIndex = start;
  const m = stop.exec(text);
  return Math.min(m ? m.index + m[0].length : text.length, start + 400);
}

/** A salutation between words (vocabulary.ts): "Dear <name>" up to its colon or comma ("Dear Mr. Rosenberg:", "Dear Ms. Sobotka,"), or a phrase. */
const SALUTATION_IN_TEXT = new RegExp(String.raw`(?<=^|\s)(?:Dear\s+(?:(?:${COURTESY_TITLE})\.?\s+)?[A-Z][^:;]{0,80}?[:;,](?=\s|$)|(?:${SALUTATION_PHRASES})\s*[:,])`);
/** "Re:" between words, its colon required (a word "Re" in running text has none). */
const RE_IN_TEXT = new RegExp(String.raw`(?<=^|\s)(?:${RE_WORD})\s*:(?=\s)`);

/**
 * What starts a part of a Re: block (each on its own line as printed): a filing's or a company letter's
 * title, one named more loosely ("Preliminary Revocation Solicitation Statement on Schedule 14A", c0216),
 * the filed date, the file and CIK numbers.
 */
/** A word after which a Re: block part goes on: "on Form S-4", "No. 333-…". */
const RE_BLOCK_GOES_ON = /^(?:on|to|the|of|for|and|under|with|by|No\.|Nos\.|Re:?)$/i;
/** A title's first word, as printed (c0278 "Draft Registration Statement"); "as amended File No." ends a part (c0128). */
const TITLE_GOES_ON = new RegExp(`^(?:${TITLE_QUALIFIERS})$`);
const RE_BLOCK_PART = new RegExp(
  String.raw`^(?:${FILING_TITLE_START}|${CORRESPONDENCE_TITLE_START}|Schedule\s+(?:1[34]|TO)|Amended\s|Definitive\s|Preliminary\s|Filed\b|Submitted\b|Furnished\b|File\s+Nos?\.|Commission\s+File|CIK\s+No)`,
);

/**
 * The head: the date, the Re: line and the filings listed under it, the salutation.
 * @returns the token index where the body starts (after the salutation), or 0 when none was found
 */
function splitHead(text: string, tokens: Tokens, at: (offset: number) => number, splits: Marks): { bodyStart: number } {
  const headText = text.slice(0, Math.min(text.length, 4000));
  const salutation = SALUTATION_IN_TEXT.exec(headText);
  const limit = salutation ? salutation.index : headText.length;
  const re = RE_IN_TEXT.exec(headText.slice(0, limit));
  // The letter's date standing alone (before the Re: line).
  const date = new RegExp(DATE_TEXT).exec(headText.slice(0, re ? re.index : limit));
  if (date) {
    splits.add(at(date.index));
    splits.add(at(date.index + date[0].length));
  }
  if (re) {
    const reToken = at(re.index);
    splits.add(reToken);
    const end = salutation ? at(salutation.index) : Math.min(tokens.length, reToken + 60);
    // Each filing, "Filed …" and "File No." on its own line, as the Re: block prints them.
    for (let i = reToken + 2; i < end; i++) {
      const rest = `${tokens.text(i)} ${tokens.text(i + 1)} ${tokens.text(i + 2)}`;
      const previous = tokens.text(i - 1);
      if (RE_BLOCK_GOES_ON.test(previous) || TITLE_GOES_ON.test(previous)) continue;
      if (RE_BLOCK_PART.test(rest)) {
        splits.add(i);
      }
    }
  }
  if (!salutation) return { bodyStart: re ? at(re.index) : 0 };
  const start = at(salutation.index);
  const end = at(salutation.index + salutation[0].length);
  splits.add(start);
  splits.add(end);
  return { bodyStart: end };
}

/** A heading-like word run right above comment `token`: from the last sentence end before it, if near. */
function splitHeadingRun(tokens: Tokens, token: number, floor: number, splits: Marks, isFurniture: (i: number) => boolean): void {
  let from = token;
  for (let i = token - 1; i >= Math.max(floor, token - 40); i--) {
    if (splits.has(i + 1) && i + 1 < token) break;
    const word = tokens.text(i);
    if (isFurniture(i)) break;
    const ends = /[.?!:;]["”’')\]]*$/.test(word) && !ABBREVIATION.test(word) && !(/^\d{1,3}\.$/.test(word) && NUMBERED_THING.test(tokens.text(i - 1))) && !NUMBER_ABBREVIATION.test(word);
    if (ends) break;
    from = i;
    if (i === floor) break;
  }
  if (from === token || token - from > 36) return;
  // The run must read as headings: it starts with a capital (or a number), not inside a sentence.
  if (!/^[\p{Lu}\p{N}“"(]/u.test(tokens.text(from))) return;
  splits.add(from);
  // A small bare number opening the run is the page number printed before the page's first heading ("… on EDGAR. 2 PREC14A Filed …",
  // c0005); "77 West Wacker Drive" is an address.
  if (/^\d{1,2}$/.test(tokens.text(from)) && Number(tokens.text(from)) <= 40 && from + 1 < token && /^\p{Lu}/u.test(tokens.text(from + 1))) splits.add(from + 1);
  // A standard section title ends a heading of its own (2017-era staff letters print each on its line).
  const run = tokens.texts.slice(from, token);
  const runText = run.join(' ');
  for (const m of runText.matchAll(TITLE_END)) {
    let offset = 0;
    for (let k = 0; k < run.length; k++) {
      if (offset >= m.index + m[0].length) {
        if (/^[\p{Lu}\p{N}(]/u.test((run[k] as string))) splits.add(from + k);
        break;
      }
      offset += (run[k] as string).length + 1;
    }
  }
  // Nested headings inside the run: a filing, an Item or a named section, and after "…, page N".
  for (let i = from + 1; i < token; i++) {
    const previous = tokens.text(i - 1);
    const rest = `${tokens.text(i)} ${tokens.text(i + 1)} ${tokens.text(i + 2)}`;
    if (/^pages?$/i.test(tokens.text(i - 2)) && /^[A-Z]?-?\d+[a-z]?$/.test(previous) && /^[\p{Lu}]/u.test(rest)) {
      splits.add(i);
      continue;
    }
    // A filing heading ends with its date ("… filed March 17, 2023 Pay versus Performance, page 9").
    if (/^\d{4},?$/.test(previous) && /^\d{1,2},$/.test(tokens.text(i - 2)) && MONTH_WORD.test(tokens.text(i - 3))) {
      if (/^\p{Lu}/u.test(rest) && !/^(?:Filed|File|Submitted|Furnished|As|And)\b/.test(rest)) splits.add(i);
      continue;
    }
    // A filing named without a date ends with its form ("… Registration Statement on Form S-4 Material U.S. Federal …").
    if (/^(?:Form|Schedule)$/.test(tokens.text(i - 2)) && /^[0-9A-Z]{1,4}(?:-[0-9A-Z]{1,4})*(?:\/A)?$/.test(previous)) {
      if (/^\p{Lu}/u.test(rest) && !/^(?:Filed|File|Submitted|Furnished|For|As|And|Amendment|Dated|Originally)\b/i.test(rest)) splits.add(i);
      continue;
    }
    if (HEADING_GOES_ON.test(previous)) continue;
    if (/^\d{1,3}\.$/.test(previous) && /^(?:Item|Items|Note|Notes|Part|Section)$/.test(tokens.text(i - 2))) continue;
    if (HEADING_START.test(rest)) splits.add(i);
  }
}

/** Section titles that make a whole heading: MD&A, the notes to the financial statements, an exhibit. */
const TITLE_END = new RegExp(
  String.raw`(?<=^|\s)(?:Management['’]s Discussion and Analysis(?: of Financial Condition and Results of Operations)?|Notes to (?:the )?(?:(?:Consolidated|Combined|Condensed|Unaudited|Interim) )*Financial Statements|Exhibit \d{1,3}(?:\.\d{1,2})?|${COMPLETE_SECTION_TITLE})(?=\s)`,
  'gi',
);

/** A word after which a heading goes on: "Item 7", "Notes to …", "Amended Registration Statement", "Post-Effective Amendment". */
const HEADING_GOES_ON = new RegExp(
  String.raw`^(?:on|to|the|of|for|and|in|under|with|by|No\.|Nos\.|Item|Items|Part|Note|Notes|Consolidated|Combined|Condensed|Interim|Unaudited|Audited|${TITLE_QUALIFIERS})$`,
  'i',
);

/** Words that open a heading of their own inside a run of headings: a filing's title, an Item, a standard section. */
const HEADING_START = new RegExp(
  String.raw`^(?:${FILING_TITLE_START}|${SECTION_TITLE_START}|Note\s+\d|General\b|Consolidated\s+(?:Financial|Statements?|Balance)|Critical\s+Accounting|Results\s+of\s+Operations|Liquidity\s+and|Non-GAAP|Segment\s+(?:Information|Results|Reporting))`,
);

/** A word that is a bullet alone (vocabulary.ts). */
const BULLET_TOKEN = new RegExp(`^[${BULLET_CHARACTERS}]$`);

/** List bullets: each item on its own line, as the letter printed it. */
function splitBullets(tokens: Tokens, from: number, splits: Marks): void {
  for (let i = Math.max(1, from); i < tokens.length; i++) {
    const word = tokens.text(i);
    if (BULLET_TOKEN.test(word)) splits.add(i);
    else if (word === 'o' && /[:;.]$/.test(tokens.text(i - 1)) && /^\p{L}/u.test(tokens.text(i + 1))) splits.add(i);
  }
}

/**
 * Closing sentences (vocabulary.ts) that flattened text leaves out: with no line starts, a staff
 * comment's "Please address the following" or the preamble's "Please respond to this letter within ten
 * business days" (c0087, c0237: no comment found, the search starts at the body) would open the closing.
 */
const NOT_CLOSING_IN_FLAT_TEXT: ReadonlySet<keyof typeof CLOSING_SENTENCES> = new Set(['pleaseAddress', 'pleaseRespond']);
/** Opening words of a letter's closing sentences, case as printed (a capital starts the sentence). */
const CLOSING_SENTENCE = new RegExp(
  `^(?:${Object.entries(CLOSING_SENTENCES)
    .filter(([name]) => !NOT_CLOSING_IN_FLAT_TEXT.has(name as keyof typeof CLOSING_SENTENCES))
    .map(([, piece]) => piece)
    .join('|')})`,
);

/** Not at a sentence start: only the company's name before the words ("The company acknowledges that:", "BB&T acknowledges that:"). */
const ACKNOWLEDGES_AFTER_TABLE = new RegExp(String.raw`^(?:The\s+)?(?:[Cc]ompany|[A-Z][\w&’'-]*)(?:\s+[A-Z][\w&’'-]*){0,3}\s+(?:hereby\s+)?${ACKNOWLEDGEMENT_INTRO}`);
/** The company's acknowledgement of the staff's three points starts at `start` (vocabulary.ts). */
function acknowledgement(text: string, start: number, opening: RegExp): boolean {
  const sentence = text.slice(start, start + 400);
  return opening.test(sentence) && ACKNOWLEDGED_POINTS.test(sentence);
}

/** A sign-off between words of flattened text: only those that are nothing else ("Sincerely,"), case as printed. */
const SIGN_OFF_IN_TEXT = new RegExp(`(?<=^|\\s)(?:${SIGN_OFF_WORDS})\\s*[,.]?(?=\\s|$)`, 'g');

/** What starts a line of the signature block: "/s/", the staff's "Division of Corporation Finance" and "Office of …", a copy-to list, "Enclosures". */
const SIGNATURE_BLOCK_PART = new RegExp(String.raw`(?<=\s)(?:\/s\/|Division of Corporation Finance|Office of|(?:${COPY_TO_WORDS})\s*:|Enclosures?\s*:?)(?=\s|$)`, 'gi');

/**
 * The closing: closing sentences after the last comment, the sign-off, "/s/" signatures,
 * the staff's "Division of Corporation Finance" / "Office of …" lines and "cc:".
 */
function splitClosing(text: string, tokens: Tokens, at: (offset: number) => number, from: number, splits: Marks): void {
  const fromOffset = from < tokens.length ? tokens.start(from) : text.length;
  for (let i = from + 1; i < tokens.length; i++) {
    const start = tokens.start(i);
    // After a table the sentence before has no full stop: the acknowledgement's own words mark its start.
    if (!/[.?!]["”’)]*$/.test(tokens.text(i - 1)) && tokens.text(i) !== '*') {
      if (acknowledgement(text, start, ACKNOWLEDGES_AFTER_TABLE)) {
        splits.add(i);
        break;
      }
      continue;
    }
    const rest = text.slice(start, start + 80);
    // An answer may open with closing-like words ("Thank you for your comment."): the closing starts after it, as in the line rules.
    if ((CLOSING_SENTENCE.test(rest) && !RESPONSE_SENTENCE.test(rest)) || acknowledgement(text, start, ACKNOWLEDGES)) {
      splits.add(i);
      break;
    }
  }
  let last: RegExpExecArray | undefined;
  for (const m of text.slice(fromOffset).matchAll(SIGN_OFF_IN_TEXT)) last = m;
  if (last === undefined) return;
  const signStart = fromOffset + last.index;
  splits.add(at(signStart));
  splits.add(at(signStart + last[0].length));
  const tail = text.slice(signStart);
  for (const m of tail.matchAll(SIGNATURE_BLOCK_PART)) {
    const i = at(signStart + m.index);
    if (i < tokens.length) splits.add(i);
  }
}
