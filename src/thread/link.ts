// Owns the links inside one conversation: which staff letter a response answers, which company letter a follow-up reviews, the closing letter, and comment to answer / follow-up links.
import type { ResponseAction } from '../analyze/action-ids.js';
import { type Citation, type CommentStub, epochDay, LetterRole, type LetterStub } from './evidence.js';
import { roleFits } from './group.js';

/** Letter-level links, by position in the conversation's letter list. */
export interface LetterLinks {
  answers: (number | null)[];
  follows: (number | null)[];
  closedBy: number | null;
}

/** One staff comment with its answer and the later comments citing it. */
export interface CommentLink {
  letter: number;
  number: number;
  headings: string[];
  text: string;
  response: { letter: number; text: string; actions: ResponseAction[] } | null;
  followUps: { letter: number; number: number }[];
}

/** A response answers a staff letter of at most this many days before (the grouping's citation window). */
const ANSWER_WINDOW_DAYS = 300;

/** The letter of `candidates` printed on (or, failing that, nearest to) the cited date: exact, within 3 days, within 14 days when the role is known. */
function byCitedDate(citations: readonly Citation[], letters: readonly LetterStub[], candidates: readonly number[]): number | null {
  let best: { at: number; diff: number } | undefined;
  for (const c of citations) {
    if (c.role === 'filing') continue;
    const cday = c.day;
    for (const at of candidates) {
      const other = letters[at] as LetterStub;
      if (!roleFits(c, other)) continue;
      const diff = Math.abs((other.day as number) - cday);
      const limit = c.role === 'any' ? 3 : 14;
      if (diff > limit) continue;
      // Later in the list wins a tie: the latest letter of that date.
      if (best === undefined || diff < best.diff || (diff === best.diff && at > best.at)) best = { at, diff };
    }
  }
  return best?.at ?? null;
}

/**
 * Link the letters of one conversation (in conversation order).
 * - answers: a response (or extension request) answers the staff letter it cites ("your letter dated …");
 *   with no citation, the latest staff comment letter before it; a cited letter not in the input gives null.
 * - follows: a staff comment letter after the first reviews the company letter it cites ("your July 13,
 *   2016 response"), else the response filed the day an amendment it names was filed, else the latest
 *   response since the previous staff comment letter.
 * - closedBy: the last review-complete letter.
 */
export function linkLetters(letters: readonly LetterStub[]): LetterLinks {
  const answers: (number | null)[] = letters.map(() => null);
  const follows: (number | null)[] = letters.map(() => null);
  let closedBy: number | null = null;
  letters.forEach((letter, i) => {
    if (letter.role === LetterRole.reviewComplete) closedBy = i;
    if (letter.role === LetterRole.response || letter.role === LetterRole.extension) {
      const staff = letters.flatMap((l, j) => (j < i && l.kind === 'staff' && l.role === LetterRole.comments ? [j] : []));
      // Dates from years before are history ("as discussed in our response to your letter dated July 8, 2014"), not the letter answered.
      const cited = letter.citations.filter((c) => (c.role === 'staff' || c.role === 'any') && (letter.day as number) - c.day <= ANSWER_WINDOW_DAYS);
      const found = byCitedDate(cited, letters, staff);
      if (found !== null) answers[i] = found;
      else if (!cited.some((c) => c.role === 'staff')) answers[i] = staff.at(-1) ?? null;
    }
    if (letter.role === LetterRole.comments) {
      const previousStaff = letters.findLastIndex((l, j) => j < i && l.role === LetterRole.comments);
      const company = letters.flatMap((l, j) => (j < i && l.role === LetterRole.response ? [j] : []));
      const cited = letter.citations.filter((c) => c.role === 'company');
      let found = byCitedDate(cited, letters, company);
      if (found === null && cited.length === 0) {
        // An amendment filed the day of a response carries that response's revisions (Vistra, Huntington);
        // an amendment filed on a day no response was is reviewed on its own (BB&T c0942).
        const filed = letter.filings.flatMap((f) => (f.filedOn === null ? [] : [epochDay(f.filedOn)]));
        const sinceLast = company.filter((j) => j > previousStaff);
        found = company.findLast((j) => filed.some((d) => Math.abs(d - (letters[j]?.day as number)) <= 1)) ?? null;
        if (found === null && previousStaff >= 0 && !filed.some((d) => d > (letters[previousStaff]?.day as number))) found = sinceLast.at(-1) ?? null;
      }
      follows[i] = found;
    }
  });
  return { answers, follows, closedBy };
}

/**
 * Every staff comment of the conversation with its answer (the same number in a response that
 * answers its letter) and the later staff comments that cite it ("prior comment 2").
 */
export function linkComments(letters: readonly LetterStub[], links: LetterLinks): CommentLink[] {
  const out: CommentLink[] = [];
  const byLetter = new Map<number, CommentLink[]>();
  letters.forEach((letter, i) => {
    if (letter.kind !== 'staff') return;
    const list: CommentLink[] = [];
    for (const c of letter.comments) {
      const link: CommentLink = { letter: i, number: c.number, headings: c.headings, text: c.text, response: null, followUps: [] };
      // The first response answering this letter that has an answer under the same number.
      for (let j = i + 1; j < letters.length; j++) {
        if (links.answers[j] !== i) continue;
        const answered = answerOf(c, (letters[j] as LetterStub).comments);
        if (answered !== undefined) {
          link.response = { letter: j, text: answered.response as string, actions: answered.actions };
          break;
        }
      }
      list.push(link);
      out.push(link);
    }
    byLetter.set(i, list);
  });
  // Follow-ups: "prior comment N" points into the staff letter the citing comment names, else the
  // one its letter cites as "our letter dated …", else the staff letter its reviewed response answered, else the previous one.
  letters.forEach((letter, i) => {
    if (letter.kind !== 'staff') return;
    const earlierStaff = letters.flatMap((l, j) => (j < i && l.kind === 'staff' && (byLetter.get(j)?.length ?? 0) > 0 ? [j] : []));
    if (earlierStaff.length === 0) return;
    const letterTarget =
      byCitedDate(
        letter.citations.filter((c) => c.role === 'staff'),
        letters,
        earlierStaff,
      ) ??
      reviewedAnswer(links, i) ??
      (earlierStaff.at(-1) as number);
    for (const c of letter.comments) {
      if (c.priorComments.length === 0) continue;
      const own = c.citedStaffDates.length > 0 ? byCitedDate(c.citedStaffDates.map((date) => ({ date, day: epochDay(date), role: 'staff' as const })), letters, earlierStaff) : null;
      const target = own ?? letterTarget;
      for (const n of c.priorComments) {
        const cited = byLetter.get(target)?.find((l) => l.number === n);
        if (cited !== undefined && !cited.followUps.some((f) => f.letter === i && f.number === c.number)) cited.followUps.push({ letter: i, number: c.number });
      }
    }
  });
  return out;
}

/** The staff letter answered by the company letter that staff letter `i` follows. */
function reviewedAnswer(links: LetterLinks, i: number): number | null {
  const reviewed = links.follows[i];
  if (reviewed === null || reviewed === undefined) return null;
  return links.answers[reviewed] ?? null;
}

/** Words of a comment's opening, for comparing a staff comment with its repetition in a response. */
function openingWords(text: string): Set<string> {
  return new Set(text.slice(0, 400).toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
}

/** Share of words two comment openings have in common (0 to 1). */
function likeness(a: string, b: string): number {
  const x = openingWords(a);
  const y = openingWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(x.size, y.size);
}

/**
 * The response's answer to a staff comment: the same number, unless the response repeats the
 * comment's text under another number (a response that renumbers) and the same number repeats another text.
 */
function answerOf(comment: CommentStub, answers: readonly CommentStub[]): CommentStub | undefined {
  const withAnswer = answers.filter((r) => r.response !== null);
  const sameNumber = withAnswer.find((r) => r.number === comment.number);
  if (sameNumber !== undefined && (sameNumber.text.length < 40 || likeness(comment.text, sameNumber.text) >= 0.3)) return sameNumber;
  let best: CommentStub | undefined;
  let bestScore = 0.6;
  for (const r of withAnswer) {
    const score = likeness(comment.text, r.text);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best ?? sameNumber;
}
