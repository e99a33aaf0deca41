// Owns choosing which numbered lines are the letter's comments: the best consecutive numbering chain.
import type { CommentMarker } from '../classify/comment-number.js';
import type { ClassifiedLine } from '../classify/index.js';
import { headingKind, isHeadingLike, PAGE_REF } from '../classify/heading.js';
import { answeredByLabel, bestNumberingChain, MAX_RESTARTS, UNANSWERED_COST, usesResponseLabels } from '../numbering-chain.js';
import { FOLLOWING_COMMENTS, opensInStaffVoice, OWN_VOICE, RESPONSE_OPENER, STAFF_VOICE, STAFF_VOICE_REACH } from '../vocabulary.js';

/** A line chosen as the start of comment `number`. */
export interface CommentStart {
  number: number;
  /** Index of the line holding the number. */
  line: number;
  /** Index of the line where the comment's words begin (the next line after a bare "Comment No. 1" label). */
  textLine: number;
  /** Offset in `textLine` where the comment's words begin. */
  textStart: number;
}

interface Candidate extends CommentStart {
  score: number;
  signature: string;
  form: CommentMarker['form'];
}

/** One to three words and a colon: a label over what follows ("Medical:", "Other Matters:"). */
const SHORT_LABEL = /^(?:\S+\s+){0,2}\S+:$/;

/** A numbered paragraph this long holds more than a list item or a footnote (a comment and its answer, flattened). */
const LIST_ITEM_LENGTH = 1500;

/**
 * Pick the comment starts among all numbered lines.
 * Numbered lists inside comments or responses and headings that begin with a number
 * ("15. Insurance Operations, page 91", 2016-ajg-10k-upload) compete with real comment
 * numbers; the winner is the chain of consecutive numbers that best agrees with the
 * letter's own evidence: one marker shape and formatting for all comments, a response
 * label between comments where the letter uses labels, no heading-like text.
 * @param lines classified lines
 * @param from first body line
 * @param to end of the body (exclusive)
 * @param answers whether the letter is a response, so that every comment is followed by its answer
 */
export function chooseCommentChain(lines: readonly ClassifiedLine[], from: number, to: number, answers = false): CommentStart[] {
  const candidates = collectCandidates(lines, from, to);
  if (candidates.length === 0) return [];
  const printedLabels = lines.map((l, i) => (l.responseLabel && !l.furniture && i >= from && i < to ? i : -1)).filter((i) => i >= 0);
  const labelLines = usesResponseLabels(printedLabels) ? withUnlabelledAnswers(lines, candidates, printedLabels, to) : printedLabels;
  if (usesResponseLabels(labelLines)) {
    const answered = answeredByLabel(
      candidates.map((c) => ({ at: c.line })),
      labelLines,
    );
    // The comments' style is that of the answered ones: a list of three inside an answer (corpus c1097) outnumbers two comments.
    rewardCommonSignature(candidates.filter((_, i) => answered[i]), candidates);
    candidates.forEach((c, i) => {
      // The last item of a numbered list inside an answer has the next label after it, its list-mates
      // none: an item whose number, style and place go on from an unanswered one is one of them (c0027's "1. 2. 3.").
      const before = candidates[i - 1];
      const listEnd = before !== undefined && !answered[i - 1] && before.number === c.number - 1 && before.signature === c.signature;
      if (!answered[i] || listEnd) c.score -= UNANSWERED_COST;
    });
  } else {
    rewardCommonSignature(candidates, candidates);
    // Without labels, a repeated comment is still followed by its answer: a run of numbered paragraphs
    // with nothing between them is a list or footnotes (the "(1)"…"(6)" table notes of corpus c0888,
    // "1. Cancer … 2. Medical …" inside the answer of corpus c1129), every member of it.
    // Not after a long paragraph: a flattened letter runs each comment and its answer into one line.
    // Unless every numbered paragraph opens as an answer: the letter answers by number, one paragraph
    // each, without repeating the comments ("1. The Company has revised …", "2. We respectfully advise …").
    if (answers) {
      const byNumber = candidates.some((c) => c.form !== 'paren') && candidates.every((c) => c.form === 'paren' || opensAsAnswer(lines, c));
      const adjacent = candidates.map((c, i) => {
        const following = candidates[i + 1];
        const short = (lines[c.textLine] as ClassifiedLine).line.text.length < LIST_ITEM_LENGTH;
        // A table note "(4)" may wrap onto lines of its own; a comment's line may end on a page footer ("… 280-10-50. example.com 1", c0714 flattened).
        const after = (lines[c.line] as ClassifiedLine).commentMarker?.form === 'paren' ? paragraphEnd(lines, c.textLine, following?.line ?? 0) : nextTextLine(lines, c.textLine);
        return following !== undefined && following.number === c.number + 1 && after === following.line && short;
      });
      candidates.forEach((c, i) => {
        if ((adjacent[i] || adjacent[i - 1]) && !(byNumber && c.form !== 'paren')) c.score -= 4;
      });
    }
  }
  // A list the company's own sentence leads into, inside an answer: its points are no comments (ownListPoints). Where labels mark
  // the answers, they tell the list apart already.
  if (answers && !usesResponseLabels(labelLines)) for (const c of ownListPoints(lines, candidates)) c.score = Math.min(c.score, OWN_LIST_POINT_SCORE);
  // "We have set forth the comments in bold typeface": the letter says how its comments are printed (c0525).
  // Only where some candidate is printed so: plain and flattened text carry no formatting to judge by.
  const stated = statedCommentStyle(lines, from, candidates[0]?.line ?? to);
  const printedSo = (c: Candidate) => stated.some((style) => (lines[c.textLine] as ClassifiedLine).line[style] >= 0.5);
  if (candidates.some(printedSo)) {
    // Where labels mark the answers, they tell the comments apart better than print (c1148 says italics, prints its first comment plain).
    const against = usesResponseLabels(labelLines) ? STATED_STYLE_WEIGHT : STATED_STYLE_WEIGHT_AGAINST;
    // A plain one that asks as the staff does is a comment the letter forgot to print so, more likely than the company's own list.
    for (const c of candidates) c.score += printedSo(c) ? STATED_STYLE_WEIGHT : commentInStaffVoice(lines, c) ? -STATED_STYLE_WEIGHT : -against;
  }
  const chosen = bestNumberingChain(
    candidates.map((c) => ({ at: c.line, number: c.number, score: c.score })),
    labelLines,
  );
  for (let k = 0, restart = restartedChain(lines, candidates, chosen, labelLines); k < MAX_RESTARTS && restart.length > 0; k++, restart = restartedChain(lines, candidates, chosen, labelLines)) {
    for (const i of restart) chosen.push(i);
  }
  const numbered = answers ? withRepeatedNumbers(lines, candidates, chosen, labelLines, to) : chosen;
  return numbered.map((i) => {
    const { number, line, textLine, textStart } = candidates[i] as Candidate;
    return { number, line, textLine, textStart };
  });
}

/** What a point of the company's own list scores as a comment: less than nothing, so that no chain gains by it. */
const OWN_LIST_POINT_SCORE = -2;
/** How many lines of a numbered paragraph are read for the staff's voice. */
const POINT_LINES_READ = 3;

/**
 * The points of a numbered list the company's own sentence leads into, in a response: "We considered this guidance in the following
 * context:" / "1. Are the cloud features unique …?" / (its answer) / "2. What are the gains …?" … inside answer 1 (c0897, its print
 * lost in a text dump: as filed the comments are bold and the list plain). Numbered 1, 2 … with no other candidate between, two or
 * more, the line above the first ending on a colon in the company's voice, and no point in the staff's nor opening as an answer: a
 * comment repeated speaks to the company ("you", "please", "we note"), and a lead-in in the staff's voice ("For your convenience, the
 * comments are set forth below:") or a point in it keeps the run as it was.
 */
function ownListPoints(lines: readonly ClassifiedLine[], candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const first = candidates[k] as Candidate;
    if (first.number !== 1 || !ledInByOwnSentence(lines, first.line)) continue;
    let end = k + 1;
    while (end < candidates.length && (candidates[end] as Candidate).number === (candidates[end - 1] as Candidate).number + 1) end++;
    const run = candidates.slice(k, end);
    // (Points that open as answers are the letter's answers by number: "Our responses follow:" / "1. The Company has revised …".)
    if (run.length < 2 || run.some((c, j) => opensAsAnswer(lines, c) || pointInStaffVoice(lines, c, candidates[k + j + 1]?.line ?? lines.length))) continue;
    out.push(...run);
    k = end - 1;
  }
  return out;
}

/** Whether the text line above `line` ends on a colon in the company's voice and not the staff's. */
function ledInByOwnSentence(lines: readonly ClassifiedLine[], line: number): boolean {
  let above = line - 1;
  while (above >= 0 && ((lines[above] as ClassifiedLine).furniture || (lines[above] as ClassifiedLine).line.text.trim() === '')) above--;
  const text = (lines[above] as ClassifiedLine | undefined)?.line.text.trim() ?? '';
  return text.endsWith(':') && OWN_VOICE.test(text) && !STAFF_VOICE.test(text);
}

/** Whether a numbered paragraph's first lines (up to the next candidate's) speak as the staff does. */
function pointInStaffVoice(lines: readonly ClassifiedLine[], c: Candidate, next: number): boolean {
  const read = [(lines[c.textLine] as ClassifiedLine).line.text.slice(c.textStart)];
  for (let i = c.textLine + 1; i < Math.min(next, c.textLine + POINT_LINES_READ); i++) if (!(lines[i] as ClassifiedLine).furniture) read.push((lines[i] as ClassifiedLine).line.text);
  return STAFF_VOICE.test(read.join(' '));
}

/**
 * The response labels, and where an answer the letter left without its label starts: a letter that labels its answers
 * may forget one ("3. Please disclose …" / "We will disclose …" with no "Response:"), and without it the comment after
 * looked like a list inside an answer. Only after a numbered paragraph in the staff's voice, at the first paragraph
 * before the next one that opens as the company's answer (opensAnAnswer).
 * @param labels the printed labels' lines, ascending
 * @returns the labels' lines and the unlabelled answers' first lines, ascending
 */
function withUnlabelledAnswers(lines: readonly ClassifiedLine[], candidates: readonly Candidate[], labels: readonly number[], to: number): number[] {
  const out: number[] = [];
  let next = 0;
  candidates.forEach((c, k) => {
    const end = candidates[k + 1]?.line ?? to;
    while (next < labels.length && (labels[next] as number) <= c.line) out.push(labels[next++] as number);
    if ((labels[next] ?? Number.POSITIVE_INFINITY) < end) return;
    if (!commentInStaffVoice(lines, c)) return;
    for (let i = c.textLine + 1; i < end; i++) {
      const entry = lines[i] as ClassifiedLine;
      if (entry.furniture || entry.continuesAbove || entry.headingLike) continue;
      if (opensAnAnswer(entry.line.text)) {
        out.push(i);
        return;
      }
    }
  });
  while (next < labels.length) out.push(labels[next++] as number);
  return out;
}
/**
 * The chain with the comments a response numbers as the one before by mistake ("2." twice, then "4."): a candidate
 * off the chain with the number of the chain's comment before it, printed as that one, opening in the staff's
 * voice, after that comment's answer and before its own (each a label or a paragraph that opens as the company's
 * answer), where the chain skips the one number it took (or after the chain's last). Its number as printed; a repeat
 * inside the comment before, ahead of that one's answer, is its list. A slip of the pen happens once or twice in a
 * letter: more such candidates are no slips, and none is taken.
 * @param chosen the chain's candidate indices, ascending
 * @param labels the response labels' lines (withUnlabelledAnswers), ascending
 */
function withRepeatedNumbers(lines: readonly ClassifiedLine[], candidates: readonly Candidate[], chosen: readonly number[], labels: readonly number[], to: number): number[] {
  const inChain = new Set(chosen);
  const out: number[] = [];
  let k = 0;
  let previous: Candidate | undefined;
  let taken = 0;
  // Made on first need, each in one pass (a check per candidate over the lines between was quadratic on 100,000 "2."s).
  let marks: { answers: Int32Array; letters: Int32Array } | undefined;
  candidates.forEach((c, i) => {
    if (inChain.has(i)) {
      out.push(i);
      previous = c;
      k++;
      return;
    }
    if (previous === undefined || c.number !== previous.number || c.signature !== previous.signature || !commentInStaffVoice(lines, c)) return;
    // In the place of the one number the chain skips ("2, 2, 4"), or after its last ("3, 3").
    const following = candidates[chosen[k] ?? -1];
    if (following !== undefined && following.number !== previous.number + 2) return;
    marks ??= lineMarks(lines, labels);
    const { answers, letters } = marks;
    const end = Math.min(candidates[chosen[k] ?? -1]?.line ?? to, candidates[i + 1]?.line ?? to);
    // An answer after the comment before and after this one (the counts of answer lines up to each line), no other letter between.
    const answerBetween = (from: number, until: number) => (answers[until] as number) > (answers[from + 1] as number);
    if (answerBetween(previous.textLine, c.line) && answerBetween(c.textLine, end) && letters[c.line] === letters[previous.line + 1]) {
      out.push(i);
      previous = c;
      taken++;
    }
  });
  return taken <= MAX_SLIPS ? out : [...chosen];
}

/** The most numbers a letter repeats by mistake (withRepeatedNumbers). */
const MAX_SLIPS = 2;

/**
 * Per line index i, how many lines before it open an answer (a response label, or a paragraph that opens as the company's
 * answer) and how many start another letter's parts (anotherLetterBetween): counts, so that a range is asked in one step.
 */
function lineMarks(lines: readonly ClassifiedLine[], labels: readonly number[]): { answers: Int32Array; letters: Int32Array } {
  const answers = new Int32Array(lines.length + 1);
  const letters = new Int32Array(lines.length + 1);
  const labelled = new Set(labels);
  lines.forEach((entry, i) => {
    const answer = labelled.has(i) || (!entry.furniture && !entry.continuesAbove && !entry.headingLike && opensAnAnswer(entry.line.text));
    answers[i + 1] = (answers[i] as number) + (answer ? 1 : 0);
    letters[i + 1] = (letters[i] as number) + (startsAnotherLetter(entry) ? 1 : 0);
  });
  return { answers, letters };
}

/**
 * A paragraph that opens as the company's answer: an answer's opening words ("The Company …", "We will …"), or its own voice
 * without the staff's ("Capital One respectfully acknowledges …", "We did not have any dedicated capital expenditures …").
 */
function opensAnAnswer(text: string): boolean {
  if (RESPONSE_OPENER.test(text)) return true;
  return !opensInStaffVoice(text) && OWN_VOICE.test(text.slice(0, STAFF_VOICE_REACH));
}

/** Whether a numbered paragraph's words open in the staff's voice ("Please …", "We note …", "… your …"). */
function commentInStaffVoice(lines: readonly ClassifiedLine[], c: CommentStart): boolean {
  return opensInStaffVoice((lines[c.textLine] as ClassifiedLine).line.text, c.textStart);
}

/**
 * A second numbering, 1, 2 … again, after the chain's last comment, under a heading of another filing or
 * letter: a staff letter that numbers each filing's comments afresh ("Form 10-Q for the Quarterly Period
 * Ended March 31, 2008" / "1. Please address the comments above …"), a response to two letters that
 * answers each letter's comments under its own heading. Printed as the comments before it are, and
 * answered as they are where labels mark the answers.
 * @param chosen the chain so far (candidate indices, ascending)
 * @returns the candidates of the new numbering, or none
 */
function restartedChain(lines: readonly ClassifiedLine[], candidates: readonly Candidate[], chosen: readonly number[], labelLines: readonly number[]): number[] {
  const first = candidates[chosen[0] ?? -1];
  const last = candidates[chosen.at(-1) ?? -1];
  if (first === undefined || last === undefined) return [];
  const rest: number[] = [];
  candidates.forEach((c, i) => {
    if (c.line > last.line) rest.push(i);
  });
  const chain = bestNumberingChain(
    rest.map((i) => ({ at: (candidates[i] as Candidate).line, number: (candidates[i] as Candidate).number, score: (candidates[i] as Candidate).score })),
    labelLines,
  ).map((k) => rest[k] as number);
  const opening = candidates[chain[0] ?? -1];
  if (opening === undefined || opening.number !== 1 || opening.signature !== first.signature) return [];
  // Not the comments again in a letter appended after the signature (c1017's annex, flattened).
  if (anotherLetterBetween(lines, last.line, opening.line)) return [];
  return underAnotherFiling(lines, opening.line, last.line) ? chain : [];
}

/** Whether a sign-off, salutation, Re: or cc line stands between two lines: what follows is a letter of its own (an annex, an earlier letter attached). */
function anotherLetterBetween(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (startsAnotherLetter(lines[i] as ClassifiedLine)) return true;
  return false;
}

/** A sign-off, salutation, Re: or cc line (anotherLetterBetween). */
function startsAnotherLetter(entry: ClassifiedLine): boolean {
  return !entry.furniture && (entry.signOff || entry.salutation || entry.reLine || entry.cc);
}

/** Whether the headings right above a numbered line (below `after`) name a filing or a letter of the review: where a numbering may start afresh. */
function underAnotherFiling(lines: readonly ClassifiedLine[], numberLine: number, after: number): boolean {
  for (let i = numberLine - 1; i > after; i--) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || entry.line.text.trim() === '') continue;
    if (!entry.headingLike || entry.commentMarker || entry.responseLabel) return false;
    if (headingKind(entry.line.text) === 'filing') return true;
  }
  return false;
}

/**
 * What a letter's own word on its comments' print weighs for a candidate printed so, and against one
 * that is not (where no labels mark the answers): a plain numbered paragraph where the letter says
 * its comments are bold is the company's own list (c0897: "1. Are the cloud features unique …" in
 * plain type inside an answer).
 */
const STATED_STYLE_WEIGHT = 1.5;
const STATED_STYLE_WEIGHT_AGAINST = 4;

/**
 * How the letter says it prints the staff's comments, from its opening up to the first candidate:
 * "the text of the Staff's comments is set forth in bold below", "we have recited the comments … in
 * italicized, bold type", "your comments appear in italics" (199 corpus letters say so). Either style counts.
 */
function statedCommentStyle(lines: readonly ClassifiedLine[], from: number, to: number): ('bold' | 'italic')[] {
  for (let i = from; i < Math.min(to, from + 40); i++) {
    const m = STATED_STYLE.exec((lines[i] as ClassifiedLine).line.text);
    // "… the Staff's comment is set forth herein, followed by the Company's response in bold" prints the answers so (c0104).
    if (m === null || /\bresponse/i.test(m[0])) continue;
    const words = m[0].toLowerCase();
    return [...(/\bbold/.test(words) ? ['bold' as const] : []), ...(/\bitalic/.test(words) ? ['italic' as const] : [])];
  }
  return [];
}
const STATED_STYLE = /\b(?:comments?|text\s+of\s+the\s+(?:Staff|Comment))\b[^.]{0,80}?\b(?:bold(?:face|ed)?|italic(?:s|ized)?)\b(?:[^.]{0,20}?\b(?:bold(?:face|ed)?|italic(?:s|ized)?)\b)?/i;

/**
 * Whether a numbered paragraph's words open in the company's voice, as an answer does ("The Company has
 * revised …"), not as the staff's follow-up that some openers share ("We acknowledge your response to our
 * previous comment. Please …", c0242): the staff's first sentence asks, or speaks of "your response".
 */
export function opensAsAnswer(lines: readonly ClassifiedLine[], start: CommentStart): boolean {
  const words = (lines[start.textLine] as ClassifiedLine).line.text.slice(start.textStart).trim();
  return RESPONSE_OPENER.test(words) && !STAFF_FOLLOW_UP.test(words.slice(0, FIRST_SENTENCE.exec(words)?.index ?? words.length));
}
const STAFF_FOLLOW_UP = /\byour\s+responses?\b|\bplease\b/i;
const FIRST_SENTENCE = /[.?!](?=\s|$)/;

/** The first line after `line` that is not page furniture (`lines.length` when none is). */
export function nextTextLine(lines: readonly ClassifiedLine[], line: number): number {
  let next = line + 1;
  while (next < lines.length && (lines[next] as ClassifiedLine).furniture) next++;
  return next;
}

/**
 * The line after the paragraph that starts at `line`: over its wrapped lines, each going on from a line that ends
 * no sentence (a sentence's end stops it, though the next line goes on after a page break) ("… for the year ended" / "December 31, 2023 …", a table note printed on three lines, c0888 printed), up to `limit`.
 */
function paragraphEnd(lines: readonly ClassifiedLine[], line: number, limit: number): number {
  let next = nextTextLine(lines, line);
  let last = line;
  while (next < limit && !/[.?!:;]["”’)]*$/.test((lines[last] as ClassifiedLine).line.text.trim())) {
    last = next;
    next = nextTextLine(lines, next);
  }
  return next;
}

function collectCandidates(lines: readonly ClassifiedLine[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const entry = lines[i] as ClassifiedLine;
    const marker = entry.commentMarker;
    if (!marker || entry.furniture) continue;
    let textLine = i;
    let textStart = marker.textStart;
    // "Comment No. 1" alone, then "1.Please …" on the next line (2022-bxp-def14a-corresp).
    if (marker.form === 'label' && entry.line.text.slice(textStart).trim() === '') {
      const next = lines[i + 1];
      if (next?.commentMarker?.number === marker.number && next.commentMarker.form !== 'label') {
        textLine = i + 1;
        textStart = next.commentMarker.textStart;
      }
    }
    // "1." alone, its words on the next line: a candidate only when they follow and read as the start of a text.
    if (marker.bare) {
      textLine = nextTextLine(lines, i);
      const next = lines[textLine];
      // Across a page break the words may run on in lower case: the number printed in the margin of the page's last
      // comment, read out at the page's end before the next page's header (flattened text: c0833, c0739).
      const acrossPageBreak = textLine > i + 1;
      if (next === undefined || textLine >= to || next.commentMarker || next.responseLabel || (!acrossPageBreak && !/^[\p{Lu}“"‘'(]/u.test(next.line.text.trim()))) continue;
      textStart = 0;
    }
    const previousCandidate = out.at(-1);
    if (previousCandidate && previousCandidate.textLine === i && previousCandidate.number === marker.number) continue;
    const textLineEntry = lines[textLine] as ClassifiedLine;
    const words = textLineEntry.line.text.slice(textStart);
    let score = 2;
    // A heading, or a heading's label ("2. Medical:" over a part of an answer, c1129): no request of the staff is three words and a colon.
    // Not a sentence that runs on to the next line, in lower case or as classify found (a letter printed line by line, each line a paragraph: c0662, c0157).
    const below = lines[nextTextLine(lines, textLine)] as ClassifiedLine | undefined;
    const runsOn = below?.continuesAbove === true || /^\p{Ll}/u.test(below?.line.text.trim() ?? '');
    if (words.trim() !== '' && !runsOn && isHeadingLike(textLineEntry.line, words) && (PAGE_REF.test(words) || !/[.?!:]["”’)]*$/.test(words.trim()) || SHORT_LABEL.test(words.trim()))) score -= 4;
    if (marker.form === 'label') score += 1.5;
    if (marker.form === 'paren') score -= 1;
    if (/^\p{Ll}/u.test(words.trim())) score -= 1.5;
    const line = textLineEntry.line;
    const signature = [
      marker.form,
      line.bold >= 0.5 ? 'B' : '-',
      line.italic >= 0.5 ? 'I' : '-',
      line.inTable ? 'T' : '-',
    ].join('');
    out.push({ number: marker.number, line: i, textLine, textStart, score, signature, form: marker.form });
  }
  return out;
}

/**
 * The marker shape and formatting that carries the longest run 1, 2, 3 … among `judged` is the
 * letter's comment style; candidates of that style gain, others lose a little.
 */
function rewardCommonSignature(judged: readonly Candidate[], candidates: Candidate[]): void {
  const bySignature = new Map<string, Candidate[]>();
  for (const c of judged) {
    const group = bySignature.get(c.signature);
    if (group) group.push(c);
    else bySignature.set(c.signature, [c]);
  }
  let bestSignature = '';
  let bestLength = 0;
  for (const [signature, group] of bySignature) {
    let expected = group.reduce((least, c) => Math.min(least, c.number), Number.POSITIVE_INFINITY);
    let length = 0;
    for (const c of group) {
      if (c.number === expected) {
        length++;
        expected++;
      }
    }
    if (length > bestLength) {
      bestLength = length;
      bestSignature = signature;
    }
  }
  if (bestLength < 2) return;
  for (const c of candidates) c.score += c.signature === bestSignature ? 1.5 : -0.5;
}

/** "Comment:", "COMMENT:", "Staff Comment:", "Staff's comment :" opening an unnumbered comment. */
const UNNUMBERED_LABEL = /^(?:the\s+)?(?:staff(?:'s|’s)?\s+)?comments?\s*:[\s\t]*/i;

/**
 * Comments of a response letter that does not number them: each response label answers the
 * paragraphs just above it, back to a "Comment:" label, or over the formatted (bold/italic)
 * paragraphs that repeat the staff's words, or else the one paragraph above the label
 * (corpus letters with "Comment:"/"Response:" pairs or italic comments under headings).
 * They are numbered in order of appearance.
 */
export function findUnnumberedComments(lines: readonly ClassifiedLine[], from: number, to: number): CommentStart[] {
  const out: CommentStart[] = [];
  // A response letter opens with at least one paragraph of its own before the first comment.
  let floor = from + 1;
  for (let i = from; i < to; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture || !entry.responseLabel) continue;
    let start = labelAbove(lines, i, floor);
    // Back over the repeated comment: a "Comment:" label wins (in plain text too, paragraphs above the answer's label:
    // "COMMENT: We note …" / "However, …" / "Please expand …" / "RESPONSE: …", c0166 laid out); else formatted paragraphs; else one paragraph.
    // (labelAbove has looked for a "Comment:" label over every line this loop can reach.)
    if (start < 0) for (let j = i - 1; j >= floor; j--) {
      const above = lines[j] as ClassifiedLine;
      if (above.furniture) continue;
      const styled = above.line.bold >= 0.6 || above.line.italic >= 0.6;
      if (above.headingLike || above.responseLabel) break;
      if (styled) start = j;
      else {
        // Every line passed so far set `start`, so an unset one means this is the paragraph right above the label.
        if (start < 0) start = j;
        break;
      }
    }
    if (start < 0) continue;
    const label = UNNUMBERED_LABEL.exec((lines[start] as ClassifiedLine).line.text);
    out.push({ number: out.length + 1, line: start, textLine: start, textStart: label ? label[0].length : 0 });
    floor = i + 1;
  }
  return out;
}

/** The nearest "Comment:" label line above the answer's label at `line`, no heading or other label between; -1: none. */
function labelAbove(lines: readonly ClassifiedLine[], line: number, floor: number): number {
  for (let j = line - 1; j >= floor; j--) {
    const above = lines[j] as ClassifiedLine;
    if (above.furniture) continue;
    if (UNNUMBERED_LABEL.test(above.line.text)) return j;
    if (above.headingLike || above.responseLabel) return -1;
  }
  return -1;
}

/**
 * Comments of a staff letter that does not number them ("We have reviewed your response … and have the following comment."):
 * each starts at the first paragraph after a run of headings (c0980); a letter that does not say comments follow has none.
 * They are numbered in order of appearance.
 * @param to where the closing starts
 */
export function findUnnumberedStaffComments(lines: readonly ClassifiedLine[], from: number, to: number): CommentStart[] {
  const out: CommentStart[] = [];
  let said = false;
  let aboveIsHeading = false;
  for (let i = from; i < to; i++) {
    const entry = lines[i] as ClassifiedLine;
    if (entry.furniture) continue;
    if (entry.headingLike && !entry.commentMarker) {
      aboveIsHeading = true;
      continue;
    }
    if (aboveIsHeading && said && !entry.continuesAbove && !entry.closingOpener && !entry.signOff) out.push({ number: out.length + 1, line: i, textLine: i, textStart: 0 });
    // Only the letter's opening, before its first heading, says what follows.
    if (out.length === 0 && !aboveIsHeading && FOLLOWING_COMMENTS.test(entry.line.text)) said = true;
    aboveIsHeading = false;
  }
  return out;
}

