// Owns flattened text: a letter whose line breaks a scraper collapsed into spaces, cut back into paragraphs (the rules of
// each part of the letter in flat/; the same classify and assemble stages then read the paragraphs).
import { BULLET_CHARACTERS, EDGAR_DOCUMENT_HEADER, opensInStaffVoice, STAFF_VOICE, STAFF_VOICE_REACH } from '../vocabulary.js';
import { bestNumberingChain, MAX_RESTARTS, type NumberedCandidate, usesResponseLabels } from '../numbering-chain.js';
import { firstAtOrAfter, Marks, tokenIndexer, tokenize, type Tokens } from './flat/tokens.js';
import { pageNumbers } from './flat/page-numbers.js';
import { contactFooters, repeatedFooters, repeatedLetterhead } from './flat/repeated-footers.js';
import { runningHeaders } from './flat/running-headers.js';
import { beforePageHeader, displacedCommentStart, numberCandidates } from './flat/comment-numbers.js';
import { labelBetween, responseLabels, splitBulletAnswers, splitInlineParts, splitResponseSentences, withUnlabelledAnswers } from './flat/responses.js';
import { splitHead } from './flat/head.js';
import { filingHeadingAbove, splitHeadingRun, splitHeadingsAfterLabel, splitWordsAboveNumber, splitUnnumberedComments, splitUnnumberedStaffComment } from './flat/headings.js';
import { SIGN_OFF_IN_TEXT, splitClosing } from './flat/closing.js';
import { endsSentence } from './flat/sentences.js';
import { letterStarts } from './flat/letter-starts.js';
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

/**
 * Horizontal white space at its plainest, one space between two words: scrapers and extractors leave two spaces where they
 * collapsed a line break and a blank, or a no-break space where the page had one; the flattened letter's rules read words
 * one space apart ("Sincerely, /s/", "Re: …"). Line breaks are left: they stay paragraph breaks.
 */
const SPACE_RUN = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]{2,}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;
export const foldSpaces = (text: string): string => text.replace(SPACE_RUN, ' ');

/** The fewest lines, and the narrowest and widest width, a flattened letter wrapped at a fixed width is read back from. */
const WRAPPED_FLAT = { lines: 4, narrowest: 40, widest: 400 };

/**
 * A flattened letter wrapped at a fixed width (`fold -w 80` of it, an editor's or a mailer's wrap), as one line again; undefined
 * when the text is not one. Every line but the last runs near the full width, for a letter's own lines (its date, address,
 * salutation, headings, signature, a paragraph's last line) would be short: the breaks are the wrap's, not the letter's, and
 * read as its paragraph breaks they cut sentences apart at random. Lines that all hold the same number of characters or bytes were
 * cut inside words (`fold` without -s) and join with nothing between; else with a space.
 */
export function unwrappedFlatText(text: string): string | undefined {
  const lines = text.split(/\r\n?|\n|\f/);
  while (lines.length > 0 && (lines.at(-1) as string).trim() === '') lines.pop();
  // A cut line keeps its last space, the space between two words (trimmed, they would run together).
  const full = lines.filter((line) => line.trim() !== '');
  if (full.length < WRAPPED_FLAT.lines || lines.length - full.length > full.length / 50) return undefined;
  // The wrap's width: nine lines in ten reach at most it (a word longer than the width, a rule of 115 dashes, runs past, c0132).
  const lengths = full.map((line) => line.trimEnd().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))] as number;
  if (width < WRAPPED_FLAT.narrowest || width > WRAPPED_FLAT.widest) return undefined;
  const body = full.slice(0, -1);
  const short = body.filter((line) => line.trimEnd().length < 0.6 * width).length;
  if (short > Math.max(1, body.length * 0.03)) return undefined;
  const encoder = new TextEncoder();
  const sameLength = (lengths: number[]) => {
    const most = lengths.reduce((n, length) => Math.max(n, length), 0);
    return lengths.filter((n) => n === most).length >= 0.9 * lengths.length;
  };
  const cut = (sameLength(body.map((line) => line.length)) || sameLength(body.map((line) => encoder.encode(line).length))) && body.some((line) => /\S$/.test(line));
  const joined = full.map((line) => (cut ? line : line.trim())).join(cut ? '' : ' ');
  return isFlatText(joined) ? joined : undefined;
}

/**
 * Read a letter whose pages each came as one run of words (an HTML letter's hidden text layer, html.ts; such a letter
 * printed to PDF, pdf.ts): the pages joined as one flattened text, the letterhead repeated at their tops set apart.
 * @param pages the pages' texts, in order
 */
export function loadFlatPages(pages: readonly string[]): Source {
  const folded = pages.map(foldSpaces);
  const { text, pageTops } = joinPages(folded, pageTopOf(folded));
  return loadFlatText(text, pageTops);
}

/**
 * The words that every page starts with, the first page aside when there are three or more, as a pattern that finds them
 * at a page's start: a letterhead printed at each page's top ("STERIS plc 70 Sir John Rogerson’s Quay Dublin 2 Ireland",
 * c0722, c1112; after the page's label "slide1", "slide2" … when printed). Undefined when they share fewer than two words.
 */
export function pageTopOf(pages: readonly string[]): RegExp | undefined {
  // Figures aside: a page's own number or label may stand among those words ("slide1", "slide2", c0722 printed).
  // From the second page on where there are three or more: the first may open with more (the EDGAR header printed above the letterhead, c0722 printed).
  const words = pages
    .slice(pages.length >= 3 ? 1 : 0)
    .map((page) => page.trim())
    .filter((page) => page !== '')
    .map((page) => page.split(/\s+/, PAGE_TOP_WORDS + 1).map((word) => word.replace(/\d+/g, '#')));
  const first = words[0] ?? [];
  // Fewer than each page's words (no page is its page top alone); reduced, not spread: a layer may have 100,000 pieces.
  let shared = words.length >= 2 ? words.reduce((least, w) => Math.min(least, w.length - 1), PAGE_TOP_WORDS) : 0;
  for (const w of words) {
    let k = 0;
    while (k < shared && w[k] === first[k]) k++;
    shared = k;
  }
  // The end of the shared words: as many words in from the page's first.
  return shared >= 2 ? new RegExp(String.raw`^\s*(?:\S+\s+){${shared - 1}}\S+`) : undefined;
}

/**
 * The pages as one text, apart by spaces, and where `top` (pageTopOf) stands on the second page on: page furniture there
 * (the first keeps it: the letter's head).
 */
export function joinPages(pages: readonly string[], top: RegExp | undefined): { text: string; pageTops: [number, number][] } {
  let text = '';
  const pageTops: [number, number][] = [];
  pages.forEach((page, i) => {
    if (i > 0) text += ' ';
    const end = i > 0 ? top?.exec(page) : undefined;
    if (end) pageTops.push([text.length, text.length + end[0].length]);
    text += page;
  });
  return { text, pageTops };
}

/** A letterhead repeated at a page's top is this many words at most. */
const PAGE_TOP_WORDS = 30;

/** A flattened EDGAR document header, "CORRESP 1 filename1.htm": the form type, sequence and file name. */
const DOCUMENT_HEADER = new RegExp(String.raw`^\s*${EDGAR_DOCUMENT_HEADER}(?=\s|$)`, 'i');

/**
 * Read a flattened letter: its paragraphs, and the form type when the text opens with the
 * flattened EDGAR document header (`<TYPE>CORRESP <SEQUENCE>1 <FILENAME>…` lost its tags).
 * @param text decoded text
 * @param pageTops page furniture the caller knows, as [start, end) character ranges of `text` (an HTML
 *   letter's hidden text layer: the letterhead repeated at each page's top, html.ts)
 */
export function loadFlatText(text: string, pageTops: readonly [number, number][] = []): Source {
  const source: Source = { format: Format.text, blocks: flatBlocks(text, pageTops) };
  const header = DOCUMENT_HEADER.exec(text);
  if (header?.[1]) {
    const edgar: EdgarHeader = { formType: header[1].toUpperCase(), fileNumbers: [] };
    source.edgar = edgar;
  }
  return source;
}

/** Words a lead-in above the first comment may run to, back from its number. */
const LEAD_IN_WORDS = 80;

/**
 * Where a staff lead-in that runs on from headings starts, right above the first comment (`start`): "We have reviewed your …"
 * up to the number, saying the following comments come, its first word after no sentence's end (a heading's last word).
 */
function leadInStart(text: string, tokens: Tokens, start: number, floor: number): number | undefined {
  for (let i = start - 1; i > floor && start - i <= LEAD_IN_WORDS; i--) {
    if (tokens.text(i) !== 'We' || tokens.text(i + 1) !== 'have' || tokens.text(i + 2) !== 'reviewed') continue;
    const lead = text.slice(tokens.start(i), tokens.start(start));
    return FOLLOWING_COMMENTS.test(lead) && !/[.?!:]["”’)]*$/.test(tokens.text(i - 1)) ? i : undefined;
  }
  return undefined;
}

/**
 * Cut a flattened letter into paragraph blocks.
 * Splits before the comment numbers that make the letter's numbering chain (1, 2, 3 … in
 * order), before the headings right above them, bullets, response labels, the Re: line,
 * salutation, sign-off, signature and cc lines, and sets running page headers
 * ("Name Company Date Page 2") apart as furniture. Every character of the text lands in
 * one block, in order; original line breaks (if any) still end a paragraph. A text holding
 * several letters (flat/letter-starts.ts) is cut letter by letter, each next letter's first
 * block marked (Block.letterStart).
 * @param text decoded text
 */
export function flatBlocks(text: string, pageTops: readonly [number, number][] = []): Block[] {
  const starts = letterStarts(text);
  if (starts.length === 0) return letterBlocks(text, pageTops);
  // A file holding several letters: each cut on its own words (flat/letter-starts.ts).
  const ends = [...starts, text.length];
  let from = 0;
  return ends.flatMap((end) => {
    const tops = pageTops.filter(([top]) => top >= from && top < end).map(([top, bottom]): [number, number] => [top - from, Math.min(bottom, end) - from]);
    const blocks = letterBlocks(text.slice(from, end), tops);
    if (from > 0 && blocks[0] !== undefined) blocks[0].letterStart = true;
    from = end;
    return blocks;
  });
}

/** flatBlocks of one letter. */
function letterBlocks(text: string, pageTops: readonly [number, number][]): Block[] {
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
  for (const [from, to] of pageTops) furniture.push([at(from), at(to)]);
  const pageTop = new Uint8Array(tokens.length);
  for (const [from] of furniture) pageTop[from] = 1;
  furniture.push(...repeatedFooters(tokens, Math.max(head.bodyStart, 0), furniture), ...contactFooters(tokens, Math.max(head.bodyStart, 0), (i) => pageTop[i] === 1));
  // Marked per token, not furniture.some() per question: 20,000 running headers made that quadratic.
  const furnitureToken = new Uint8Array(tokens.length);
  for (const [from, to] of furniture) furnitureToken.fill(1, from, to);
  const isFurniture = (i: number) => furnitureToken[i] === 1;
  for (const [from, to] of repeatedLetterhead(tokens, Math.max(head.bodyStart, 0), isFurniture)) {
    furniture.push([from, to]);
    furnitureToken.fill(1, from, to);
  }

  const commentLabels: number[] = [];
  const labels = responseLabels(text, tokens, at, splits, head.bodyStart, isFurniture, commentLabels);
  const candidates = numberCandidates(tokens, head.bodyStart).filter((c) => !isFurniture(c.at));
  // Without print to tell them apart, a numbered list inside the last answer would go on from the comments (c0722's
  // "4. Holding companies …" after comment 3): where labels mark the answers, the last comment has one after it too.
  // An answer the letter left without its label counts as labelled for the chain (responses.ts withUnlabelledAnswers).
  const answers = usesResponseLabels(labels) ? withUnlabelledAnswers(text, tokens, candidates, labels) : labels;
  const chain = bestNumberingChain(candidates, answers, UNANSWERED_LAST_COST, LIST_JUMP_COST).map((i) => candidates[i] as NumberedCandidate);
  // The letter's comments end at its sign-off: a number after it is an attached letter's (c0819: "Comment: 2." of the earlier
  // response it attaches after "Sincerely, /s/ June Howard … Exhibit C", where the chain went on from its own comment 1).
  const signOffBetween = signOffsBetween(text, tokens);
  // A chain that starts past it is all an attachment's: comments a company repeats in an appendix after its signature ("Staff comments
  // nos. 2 and 3 (set forth in bold type on Appendix 1)", c0036 flattened, blind round 117), as read when printed.
  const pastSignOff = chain.findIndex((c, k) => signOffBetween(k > 0 ? (chain[k - 1] as NumberedCandidate).at : Math.max(head.bodyStart, 0), c.at));
  if (pastSignOff >= 0) chain.length = pastSignOff;
  // Numbered from 1 again under another filing's or letter's title (assemble/comment-chain.ts restartedChain).
  for (let k = 0, restart = restartedChain(tokens, candidates, chain, answers, isFurniture, signOffBetween); k < MAX_RESTARTS && restart.length > 0; k++, restart = restartedChain(tokens, candidates, chain, answers, isFurniture, signOffBetween)) {
    for (const c of restart) chain.push(c);
  }
  insertRepeatedNumbers(text, tokens, candidates, chain, answers, signOffBetween);
  // The bare page numbers where the pages broke, now that the comment numbers are known.
  const commentNumbers = new Set(chain.map((c) => c.at));
  const pages = pageNumbers(tokens, Math.max(head.bodyStart, documentHeader ? at(documentHeader[0].length) : 0), (i) => isFurniture(i) || commentNumbers.has(i), isFurniture);
  // A footer printed right above each page's number comes back word for word, as a footer above a running header does
  // ("… income statements. CONFIDENTIAL TREATMENT REQUESTED BY CADENCE DESIGN SYSTEMS, INC. 2 We have concluded …", c0208).
  const pageFooters = pages.length > 0 ? repeatedFooters(tokens, Math.max(head.bodyStart, 0), pages) : [];
  for (const [from, to] of [...pages, ...pageFooters]) {
    furniture.push([from, to]);
    furnitureToken.fill(1, from, to);
  }
  // Where a comment's words start above its number read out at its page's end (Block.commentStart).
  const commentStarts = new Set<number>();
  chain.forEach((c, k) => {
    const start = labelStart(tokens, c.at);
    splits.add(start);
    splitHeadingRun(tokens, start, Math.max(head.bodyStart, 0), splits, isFurniture);
    // The first comment's headings may stand above a lead-in ("… Note 2. Summary of Significant Accounting Policies We have reviewed
    // your responses … and have the following comments related to …. 1. We note …", c0633): a line of its own, the headings above it.
    const lead = k === 0 ? leadInStart(text, tokens, start, Math.max(head.bodyStart, 0)) : undefined;
    if (lead !== undefined) {
      splits.add(lead);
      splitHeadingRun(tokens, lead, Math.max(head.bodyStart, 0), splits, isFurniture);
    }
    const previous = chain[k - 1];
    if (!splitWordsAboveNumber(text, tokens, start, previous?.at ?? Math.max(head.bodyStart, 0), splits, isFurniture) && previous !== undefined && beforePageHeader(tokens, c.at)) {
      let headerEnd = c.at + 1;
      while (headerEnd < tokens.length && isFurniture(headerEnd)) headerEnd++;
      const words = headerEnd > c.at + 1 ? displacedCommentStart(tokens, c.at, previous.at, headerEnd) : undefined;
      if (words !== undefined) {
        splits.add(words);
        commentStarts.add(words);
      }
    }
    if (start !== c.at || /^(?:Comment|COMMENT)$/.test(tokens.text(c.at))) splitHeadingsAfterLabel(text, tokens, start, splits, isFurniture);
  });
  if (chain.length === 0 && commentLabels.length === 0) splitUnnumberedComments(text, tokens, labels, head.bodyStart, splits, isFurniture);
  // A staff letter that says a comment follows and numbers none.
  if (chain.length === 0 && commentLabels.length === 0 && labels.length === 0 && FOLLOWING_COMMENTS.test(text)) splitUnnumberedStaffComment(text, tokens, head.bodyStart, splits, isFurniture);
  // An unnumbered comment's "Comment:" label has its headings above it too.
  // Or under it ("Staff Comment: Form 8-K filed … Exhibit 99.1 We note …", c0307).
  for (const t of commentLabels) {
    splitHeadingRun(tokens, t, Math.max(head.bodyStart, 0), splits, isFurniture);
    splitHeadingsAfterLabel(text, tokens, t, splits, isFurniture);
  }
  const lastComment = chain.at(-1)?.at ?? head.bodyStart;
  splitResponseSentences(text, tokens, chain, labels, tokens.length, splits, isFurniture);
  splitSkippedComment(text, tokens, chain, labels, splits);
  splitInlineParts(text, tokens, chain, labels, splits);
  splitBulletAnswers(text, tokens, chain, labels, splits);
  splitBullets(tokens, head.bodyStart, splits);
  splitClosing(text, tokens, at, lastComment, splits);

  const blocks: Block[] = [];
  let from = 0;
  const push = (to: number, isFurnitureBlock: boolean) => {
    if (to <= from) return;
    const block: Block = { runs: [plainRun(text.slice(tokens.start(from), tokens.end(to - 1)))] };
    if (isFurnitureBlock) block.furniture = true;
    if (commentStarts.has(from)) block.commentStart = true;
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
 * A numbering that starts again at 1 after the chain's last number, under a filing's or letter's title (headings.ts
 * filingHeadingAbove), with no sign-off between (the comments again in a letter appended after the signature: c1017's annex); none else.
 */
function restartedChain(tokens: Tokens, candidates: readonly NumberedCandidate[], chain: readonly NumberedCandidate[], labels: readonly number[], isFurniture: (i: number) => boolean, signOffBetween: SignOffBetween): NumberedCandidate[] {
  const last = chain.at(-1);
  if (last === undefined) return [];
  const rest = candidates.filter((c) => c.at > last.at);
  const restart = bestNumberingChain(rest, labels, UNANSWERED_LAST_COST, LIST_JUMP_COST).map((i) => rest[i] as NumberedCandidate);
  const opening = restart[0];
  if (opening === undefined || opening.number !== 1 || signOffBetween(last.at, opening.at)) return [];
  return filingHeadingAbove(tokens, opening.at, last.at + 1, isFurniture) ? restart : [];
}
/**
 * The comments a response numbers as the one before by mistake ("2." twice, then "4."; assemble/comment-chain.ts
 * withRepeatedNumbers), put in the chain in place: where labels mark the answers, a candidate off the chain with the number
 * of the chain's comment before it, in the staff's voice, with a label after that comment and another after itself before the next,
 * and no sign-off between.
 */
function insertRepeatedNumbers(text: string, tokens: Tokens, candidates: readonly NumberedCandidate[], chain: NumberedCandidate[], labels: readonly number[], signOffBetween: SignOffBetween): void {
  if (labels.length < 2 || chain.length === 0) return;
  const inChain = new Set(chain);
  const out: NumberedCandidate[] = [];
  let k = 0;
  let previous: NumberedCandidate | undefined;
  let taken = 0;
  candidates.forEach((c, i) => {
    if (inChain.has(c)) {
      out.push(c);
      previous = c;
      k++;
      return;
    }
    if (previous === undefined) return;
    const following = chain[k];
    // In the place of the one number the chain skips ("2, 2, 4"), or after its last ("3, 3"); or the first of the two, where
    // the chain took the second ("1, 2, 2, 4" chained 1, the second 2, 4).
    const slipAfter = c.number === previous.number && (following === undefined || following.number === previous.number + 2);
    const slipBefore = following !== undefined && c.number === following.number && previous.number === c.number - 1 && (chain[k + 1] === undefined || (chain[k + 1] as NumberedCandidate).number === c.number + 2);
    if (!slipAfter && !slipBefore) return;
    const end = Math.min(following?.at ?? Number.POSITIVE_INFINITY, candidates[i + 1]?.at ?? Number.POSITIVE_INFINITY);
    // Not across a sign-off: the comments of an earlier letter attached after the signature (c0819 flattened).
    // In the staff's voice within its opening words (its first sentence may only set the scene: "The Offeror represents …").
    if (opensInStaffVoice(text, tokens.start(c.at)) && labelBetween(labels, previous.at, c.at) && labelBetween(labels, c.at, end) && !signOffBetween(previous.at, c.at)) {
      out.push(c);
      previous = c;
      taken++;
    }
  });
  // A slip of the pen happens once or twice in a letter: more such numbers are no slips.
  if (taken <= MAX_SLIPS) chain.splice(0, chain.length, ...out);
}
/** The most numbers a letter repeats by mistake (insertRepeatedNumbers). */
const MAX_SLIPS = 2;

/**
 * A comment the letter forgot to number, where the numbering skips just its number (assemble/structure.ts fillNumberGaps):
 * flattened, its sentences run on from the answer before it. Between the answer's label and the next label, the last run of
 * sentences in the staff's voice right before that label, after at least one of the answer's, starts a paragraph.
 */
function splitSkippedComment(text: string, tokens: Tokens, chain: readonly NumberedCandidate[], labels: readonly number[], splits: Marks): void {
  chain.forEach((c, k) => {
    const next = chain[k + 1];
    if (next === undefined || next.number !== c.number + 2) return;
    const first = firstAtOrAfter(labels, c.at + 1);
    const second = firstAtOrAfter(labels, first + 1);
    if (second >= next.at) return;
    // The sentences' starts between the two labels, the answer's first right after its label.
    const starts: number[] = [first + 1];
    for (let i = first + 2; i < second; i++) if (endsSentence(tokens.text(i - 1))) starts.push(i);
    let start = -1;
    for (let j = starts.length - 1; j > 0; j--) {
      const at = starts[j] as number;
      if (!STAFF_VOICE.test(text.slice(tokens.start(at), tokens.start(at) + STAFF_VOICE_REACH).split(/(?<=[.?!])\s/)[0] ?? '')) break;
      start = at;
    }
    if (start > 0) splits.add(start);
  });
}

/** Whether a letter's sign-off ("… at (212) 403-1367. Very truly yours, /s/ …") stands between two tokens. */
type SignOffBetween = (from: number, to: number) => boolean;

/**
 * SignOffBetween over a text: its sign-offs found once, on first need, with the closing's pattern (flat/closing.ts), and
 * asked by halving (a look at the text between per candidate was quadratic on 100,000 "2."s).
 */
function signOffsBetween(text: string, tokens: Tokens): SignOffBetween {
  let offsets: number[] | undefined;
  return (from, to) => {
    offsets ??= [...text.matchAll(SIGN_OFF_IN_TEXT)].map((m) => m.index);
    return firstAtOrAfter(offsets, tokens.start(from)) < tokens.start(to);
  };
}

/** A staff letter's word that comments follow: "… and have the following comment" (as assemble/comment-chain.ts reads it). */
const FOLLOWING_COMMENTS = /\bhave\s+the\s+following\s+comments?\b/i;
/** What a flattened letter's chain loses by linking past a list that goes on right before the number (numbering-chain.ts jumpsOverList). */
const LIST_JUMP_COST = 2.5;
/** What a flattened letter's chain loses by ending on a number no response label follows (see flatBlocks). */
const UNANSWERED_LAST_COST = 3;

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
 * Where a comment's label starts: "Comment #1:" is the label of "SEC Oral Comment #1:" and "Staff Comment 1:" (c1056), whose
 * first words are the label's, not a heading's (as classify/comment-number.ts reads the label on a line).
 */
function labelStart(tokens: Tokens, at: number): number {
  if (!/^(?:Comment|COMMENT)$/.test(tokens.text(at))) return at;
  let start = at;
  if (/^(?:Oral|ORAL)$/.test(tokens.text(start - 1))) start--;
  if (/^(?:Staff|STAFF|SEC)(?:['’]s)?$/.test(tokens.text(start - 1))) start--;
  return start;
}
