// Owns where a company's answer starts in a flattened letter: its label ("Response:"), or, unlabelled, the first sentence in the company's voice.
import { BULLET_START, opensInStaffVoice, OWN_VOICE, OWN_WORDS_POINTED, PART_REQUEST, RESPONSE_LABEL_TAIL, STAFF_REQUEST_WORDS, STAFF_VOICE, WITHHELD_ANSWER } from '../../vocabulary.js';
import { firstAtOrAfter, type Marks, type Tokens } from './tokens.js';
import { ABBREVIATION, afterFooter, COMPANY_SUFFIX, endsSentence, NUMBERED_THING, RESPONSE_SENTENCE } from './sentences.js';
import type { NumberedCandidate } from '../../numbering-chain.js';

/** Is there a label strictly between tokens a and b? (labels are in reading order) */
export function labelBetween(labels: readonly number[], a: number, b: number): boolean {
  return firstAtOrAfter(labels, a + 1) < b;
}

/**
 * Response labels ("Response:", "Company Response:", "Response to Comment 3:"), each split
 * before; a label without a colon ("… ads. Response The Company assesses …", as a label on a
 * line of its own prints once flattened) counts after a sentence end, a page footer or a running
 * header and before a capital, and is split after too, so it stands alone as it did.
 * @param commentLabels receives the token indices of the "Comment:" labels found on the way
 * @returns the token indices of the response labels
 */
export function responseLabels(text: string, tokens: Tokens, at: (offset: number) => number, splits: Marks, bodyStart: number, isFurniture: (i: number) => boolean, commentLabels: number[]): number[] {
  const out: number[] = [];
  // The label's word in its printed case (in running text "response" is a word of a sentence; "Responses:" over answers to a
  // comment's parts, c0819), what may follow it in any case (the line rules' tail), then a colon or dash, or a capitalised word
  // that starts the answer.
  const word = /(?:(?:The\s+)?(?:Company|Registrant|Our|Management)(?:['’]s)?\s+)?(?:Responses?|RESPONSES?|Answers?|ANSWERS?)/uy;
  const tail = new RegExp(RESPONSE_LABEL_TAIL, 'iy');
  const end = /\s*[:\-–—]|(?=\s+(?!Dated\b|Letters?\b)[“"(]?\p{Lu})/uy;
  const sticky = (pattern: RegExp, at: number) => {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    return m === null ? -1 : at + m[0].length;
  };
  // After "Staff" the word may be in lower case ("Staff comment:" above the comment's headings, c1104).
  const comment = /(?:(?:Staff|STAFF|SEC)\s+(?:Comment|COMMENT|comment)|Comment|COMMENT)\s*:/y;
  // The label typed in mixed case ("COMMEnt: 3. We note …", c0321), only before its comment's number.
  const anyCase = /(?:(?:staff|sec)\s+)?comment\s*:/iy;
  // Token k opens after a break: a finished sentence, a page footer or a running header.
  const opensAfterBreak = (k: number) => k > 0 && (/[.?!:"”)]$/.test(tokens.text(k - 1)) || afterFooter(tokens, k) || isFurniture(k - 1));
  for (let i = Math.max(0, bodyStart); i < tokens.length; i++) {
    const start = tokens.start(i);
    // Only words that can open a label are tried (a sticky match at the word).
    if (!LABEL_WORD_START.test(tokens.text(i))) continue;
    const wordEnd = sticky(word, start);
    const labelEnd = wordEnd < 0 ? -1 : sticky(end, sticky(tail, wordEnd));
    if (labelEnd >= 0) {
      const colon = /[:\-–—]$/.test(text.slice(start, labelEnd));
      // Without a colon, the label must follow a finished sentence, a page footer or a running header; or carry its comment's
      // number, not after a word that makes it a reference ("… recognized at the acquisition date ASC 805-30-30-1 Response 2
      // Confidential Treatment …", c0526, below the staff's table; not "as described in Response 2 …").
      const numbered = /\d$/.test(text.slice(start, labelEnd).trimEnd());
      if (!colon && i > 0 && !opensAfterBreak(i) && !(numbered && !REFERENCE_BEFORE.test(tokens.text(i - 1)))) continue;
      // A company's short name before the word opens the label: "… Financial Measures. ITW Response: …" (c0047 flattened),
      // "… April 4, 2018. L3Harris Response: …" (c1008, hidden text under page images); a name in mixed case only before a colon.
      // The name may open a page too, right after its running header or footer ("… March 27, 2020 Page 2 L3Harris Response: …", c1008).
      const name = tokens.text(i - 1);
      const isName = /^[A-Z]{2,6}(?:['’]s)?$/.test(name) || (colon && /^(?=.*[A-Za-z]{2})[A-Z][A-Za-z0-9&-]{1,19}(?:['’]s)?$/.test(name));
      const named = isName && opensAfterBreak(i - 1) ? i - 1 : i;
      out.push(named);
      splits.add(named);
      if (!colon) splits.add(at(labelEnd));
      i = at(labelEnd) - 1;
      continue;
    }
    // "Comment:" opening a comment in a response letter, after a sentence or after the heading above it ("… Analysis, page 44 COMMENT: We note …", c0166).
    comment.lastIndex = start;
    const previous = tokens.text(i - 1);
    const afterSentence = /[.?!:"”]$/.test(previous) && !/^\d{1,3}[.)]$/.test(previous);
    const afterPageRef = /^(?:[A-Z]{1,3}-)?\d{1,3}$/.test(previous) && /^pages?$/i.test(tokens.text(i - 2));
    if (!comment.test(text)) {
      anyCase.lastIndex = start;
      if (!anyCase.test(text) || !/^\d{1,3}[.)]$/.test(tokens.text(at(anyCase.lastIndex)))) continue;
      comment.lastIndex = anyCase.lastIndex;
    }
    // Or before the comment's number, the headings above it ("… 2016 General COMMENT: 1. In your letter …", c0480).
    const beforeNumber = /^\d{1,3}[.)]$/.test(tokens.text(at(comment.lastIndex)));
    if (afterSentence || afterPageRef || beforeNumber) {
      splits.add(i);
      commentLabels.push(i);
      // The label's other words ("SEC COMMENT:") open nothing more.
      i = at(comment.lastIndex) - 1;
    }
  }
  return out;
}

/**
 * In a comment with no response label, the first sentence that reads as the company's
 * answer starts a paragraph, where the printed letter changed formatting (bold comment,
 * plain answer) and so began a new one.
 */
export function splitResponseSentences(text: string, tokens: Tokens, chain: readonly NumberedCandidate[], labels: readonly number[], end: number, splits: Marks, isFurniture: (i: number) => boolean): void {
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
    // A guess (a sentence merely out of the staff's voice) may be wrong: when the staff speaks again after it, the next such sentence is
    // tried too. Guesses in no one's voice that the staff asks after were the comment's: they are withdrawn when the next split is
    // made, as their paragraphs would hold the staff's requests, and a long paragraph is judged by its opening sentence only ("On
    // page 20 of its 10-K …, PayPal provides similar information. … Please describe to us …", c0619). A guess in the company's
    // own voice stays (an answer to one part before the staff's next part: "Our PPAs generally include …" then "· Tell us how
    // …", c0593), and the closing's "If you have any questions …" asks nothing.
    let guessed = false;
    let staffAfterGuess = false;
    let undecided: number[] = [];
    let disproved: number[] = [];
    const split = (i: number) => {
      for (const guess of disproved) splits.delete(guess);
      disproved = [];
      splits.add(i);
    };
    for (let i = c.at + 2; i < to; i++) {
      const previous = tokens.text(i - 1);
      open = quotesOpenAfter(open, previous);
      // A quotation never closed before the next comment is a stray mark, not a quotation.
      if (open > 0 && lastClose < tokens.start(i)) open = 0;
      if (open > 0) continue;
      // "… paragraph 280-10-50-11. oxy.com 1 We respectfully advise …": a page footer may stand between the staff's last sentence and the answer.
      if (!endsSentence(previous) && !afterFooter(tokens, i) && !afterRunningHeader(tokens, i, isFurniture)) continue;
      const sentence = text.slice(tokens.start(i), sentenceEnd(text, tokens.start(i)));
      // "… control over Vistra Preferred Inc. The Company has revised …": a company's name may end the comment's sentence.
      if (ABBREVIATION.test(previous) && !(COMPANY_SUFFIX.test(previous) && RESPONSE_SENTENCE.test(sentence))) continue;
      // "Note 11. Commitments and Contingencies, page F-29": a numbered title's number before the title and its page ends no
      // sentence (the next comment's heading, c1045); "… disclosed in Note 5. We believe …" does.
      if (/^\d{1,3}[A-Z]?\.$/.test(previous) && NUMBERED_THING.test(tokens.text(i - 2)) && /^[^.]{0,150},\s*pages?\s+[A-Z]{0,2}-?\d/.test(sentence)) continue;
      if (RESPONSE_SENTENCE.test(sentence) || (answers && WITHHELD_ANSWER.test(sentence))) {
        split(i);
        return;
      }
      if (!answers) continue;
      if (STAFF_VOICE.test(sentence)) {
        staffAfterGuess = guessed;
        if (STAFF_ASKS.test(sentence)) {
          disproved.push(...undecided);
          undecided = [];
        }
        continue;
      }
      if ((!guessed || staffAfterGuess) && !splits.has(i) && /^[\p{Lu}“"]/u.test(sentence)) {
        split(i);
        guessed = true;
        staffAfterGuess = false;
        undecided = OWN_VOICE.test(sentence) ? [] : [...undecided, i];
      }
    }
  });
}

/** A sentence of the staff's that asks ("Please describe to us …", "Finally, tell us …"). */
const STAFF_ASKS = new RegExp(String.raw`^${STAFF_REQUEST_WORDS}`);

/** Token i follows a running header that follows a finished sentence ("… Item 10(e). Page 2 of 2 January 11, 2018 We have …", c0396). */
function afterRunningHeader(tokens: Tokens, i: number, isFurniture: (i: number) => boolean): boolean {
  let k = i - 1;
  while (k >= 0 && isFurniture(k)) k--;
  return k < i - 1 && k >= 0 && endsSentence(tokens.text(k));
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

/** The words a label can open with, "Comment", "Staff" and "SEC" in any case ("COMMEnt:"): one test per word of the letter. */
const LABEL_WORD_START = /^(?:The|Company|Registrant|Our|Management|Response|RESPONSE|Answer|ANSWER|[Ss][Tt][Aa][Ff][Ff]|[Ss][Ee][Cc]|[Cc][Oo][Mm][Mm][Ee][Nn][Tt])/;

/** A word that makes the label after it a reference to an answer ("in Response 2", "our Response 2"). */
const REFERENCE_BEFORE = /^(?:in|to|our|see|of|the|and|or|with|per|under|at|from|by|as|its|this|that|[(“"])$/i;

/** A company's response letter, from its opening: it answers "the Staff's comments". */
const RESPONSE_LETTER = /\b(?:comment\s+letter\s+dated|the\s+Staff['’]s\s+comments?|in\s+response\s+to\s+(?:the\s+)?comments?|(?:comments?|letter)\s+(?:from|of)\s+the\s+Staff|our\s+responses?\b|set\s+forth\s+below)/i;

/**
 * The response labels, and where an answer the letter left without its label starts (for choosing the numbering chain:
 * assemble/comment-chain.ts withUnlabelledAnswers). After a numbered comment in the staff's voice with no label before the
 * next number, the first sentence that opens as an answer or speaks in the company's own voice without the staff's.
 * @param labels the printed labels' tokens, ascending
 * @returns those and the unlabelled answers' first tokens, ascending
 */
export function withUnlabelledAnswers(text: string, tokens: Tokens, candidates: readonly NumberedCandidate[], labels: readonly number[]): number[] {
  const out: number[] = [];
  let next = 0;
  candidates.forEach((c, k) => {
    const end = candidates[k + 1]?.at ?? tokens.length;
    while (next < labels.length && (labels[next] as number) <= c.at) out.push(labels[next++] as number);
    // The staff's voice within the comment's opening words, not only its first sentence ("There have been significant developments … that you have not discussed", 2021-meta-10k).
    if ((labels[next] ?? Number.POSITIVE_INFINITY) < end || !opensInStaffVoice(text, tokens.start(c.at))) return;
    for (let i = c.at + 2; i < end; i++) {
      if (!endsSentence(tokens.text(i - 1))) continue;
      const sentence = text.slice(tokens.start(i), sentenceEnd(text, tokens.start(i)));
      if (RESPONSE_SENTENCE.test(sentence) || (!STAFF_VOICE.test(sentence) && OWN_VOICE.test(sentence))) {
        out.push(i);
        return;
      }
    }
  });
  while (next < labels.length) out.push(labels[next++] as number);
  return out;
}

/** Where the sentence starting at `start` ends (its full stop, or 400 characters on). */
function sentenceEnd(text: string, start: number): number {
  const stop = /[.?!]["”’)]*(?=\s|$)/g;
  stop.lastIndex = start;
  const limit = start + 400;
  for (let m = stop.exec(text); m !== null && m.index < limit; m = stop.exec(text)) {
    const end = m.index + m[0].length;
    // A name's abbreviation ends no sentence: "… as disclosed in Mr. Buffett’s letter … explain why …" (c0289).
    // (The word read back a few characters only: an abbreviation is short.)
    const word = text.slice(Math.max(start, m.index - 12), end).split(/\s/).pop() ?? '';
    if (!ABBREVIATION.test(word)) return Math.min(end, limit);
  }
  return Math.min(text.length, limit);
}

/**
 * A comment's parts answered one by one, flattened ("… this timeframe. b. Please provide more detail …; Response: …", c0886):
 * before each label after a comment's first, the nearest mark ("b.", "(ii)", "(2)") after a sentence's end that opens a request
 * of the staff's (PART_REQUEST) starts a paragraph, as the letter printed it (assemble/structure.ts then finds the parts; a
 * bulleted part is split already, as every bullet is).
 */
export function splitInlineParts(text: string, tokens: Tokens, chain: readonly NumberedCandidate[], labels: readonly number[], splits: Marks): void {
  chain.forEach((c, k) => {
    const end = chain[k + 1]?.at ?? tokens.length;
    const first = firstAtOrAfter(labels, c.at + 1);
    // Each word is looked at once: back from a label to the one before it at most.
    for (let before = first, label = firstAtOrAfter(labels, first + 1); label < end; before = label, label = firstAtOrAfter(labels, label + 1)) {
      for (let m = label - 1; m > Math.max(before + 1, label - PART_REACH); m--) {
        if (!PART_MARK.test(tokens.text(m)) || !SENTENCE_END.test(tokens.text(m - 1))) continue;
        if (!PART_REQUEST.test(text.slice(tokens.start(m), tokens.start(m) + PART_OPENING))) continue;
        splits.add(m);
        break;
      }
    }
  });
}

/** A part's mark as a word of its own: "b.", "(ii)", "(2)"; not "2." or "2)", which the comment numbers are read from. */
const PART_MARK = /^(?:\(?(?:[a-z]|[ivx]{1,4})[.)]|\(\d{1,2}\))$/i;
/** A word that ends a sentence or a clause a part follows ("…; b. Please …"). */
const SENTENCE_END = /[.;?!]["”’)]*$/;
/** The most words back from a label a part's mark is looked for (a part is a few sentences). */
const PART_REACH = 300;
/** How many characters from the mark are read for the request. */
const PART_OPENING = 120;

/**
 * A comment whose parts the company answers one by one without labels, flattened ("• Provide us proposed draft footnote
 * disclosure … . Please see the proposed disclosure below. …", "• Tell us whether you intend to continue … Regulation S-K. We
 * will discontinue disclosure …", c0311): after the company has answered once, each bulleted request of the staff's is split
 * from its answer at the first sentence out of the staff's voice that speaks as the company or points to its own words, as the
 * letter printed the answer under the bullet (assemble/structure.ts findUnlabelledPlainParts then takes the parts).
 */
export function splitBulletAnswers(text: string, tokens: Tokens, chain: readonly NumberedCandidate[], labels: readonly number[], splits: Marks): void {
  if (!RESPONSE_LETTER.test(text.slice(0, 4000))) return;
  const startsSentence = (j: number) => endsSentence(tokens.text(j - 1)) && !ABBREVIATION.test(tokens.text(j - 1)) && /^[\p{Lu}“"]/u.test(tokens.text(j));
  const sentenceAt = (j: number) => text.slice(tokens.start(j), sentenceEnd(text, tokens.start(j)));
  const companys = (sentence: string) => OWN_WORDS_POINTED.test(sentence) || (!STAFF_VOICE.test(sentence) && (RESPONSE_SENTENCE.test(sentence) || OWN_VOICE.test(sentence)));
  chain.forEach((c, k) => {
    const to = chain[k + 1]?.at ?? tokens.length;
    if (labelBetween(labels, c.at, to)) return;
    let answered = false;
    for (let i = c.at + 2; i < to; i++) {
      if (!answered) {
        answered = startsSentence(i) && companys(sentenceAt(i));
        continue;
      }
      if (!BULLET_START.test(tokens.text(i)) || !PART_REQUEST.test(text.slice(tokens.start(i), tokens.start(i) + 120))) continue;
      for (let j = i + 2; j < to && !BULLET_START.test(tokens.text(j)); j++) {
        if (!startsSentence(j) || !companys(sentenceAt(j))) continue;
        splits.add(j);
        i = j;
        break;
      }
    }
  });
}

