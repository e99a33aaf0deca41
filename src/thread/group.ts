// Owns grouping letter stubs into conversations (SEC reviews): first by registrant, then by the review evidence each letter prints.
import { PERIODIC_FORMS, REGISTRATION_FORMS } from '../vocabulary.js';
import { type Citation, epochDay, LetterRole, type LetterStub } from './evidence.js';

/** Periodic reports: a review of one is named by form + fiscal period, whatever filed date a letter prints. */
const PERIODIC = new RegExp(`^(?:${PERIODIC_FORMS})$`);
/** Registration statements and drafts: reviews named by 333- number, else form + filed date. */
const REGISTRATION = new RegExp(`^(?:${REGISTRATION_FORMS})$`);

/** Ties on the same printed date: the staff's notice comes before the company's request it allows (Expedia c0058 before c0578). */
const SAME_DAY_ORDER: Record<string, number> = {
  [LetterRole.noReview]: 0,
  [LetterRole.comments]: 1,
  [LetterRole.response]: 2,
  [LetterRole.extension]: 3,
  [LetterRole.reviewComplete]: 4,
  [LetterRole.acceleration]: 5,
  [LetterRole.other]: 6,
  [LetterRole.order]: 7,
};

/**
 * Letters in conversation order: printed date, then the role order above, then file name (code point order, no locale's), then
 * input order: the same letters in any order give the same conversations (two acceleration requests of one day, c0007 and c0852;
 * two responses of one day, c0576 and c0750, had come out in the order they came in).
 */
export function compareLetters(a: LetterStub, b: LetterStub): number {
  return (
    (a.day ?? Number.MAX_SAFE_INTEGER) - (b.day ?? Number.MAX_SAFE_INTEGER) ||
    (SAME_DAY_ORDER[a.role] ?? 9) - (SAME_DAY_ORDER[b.role] ?? 9) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.index - b.index
  );
}

/** A review being built: its letters and the keys they printed. */
interface Review {
  letters: LetterStub[];
  registrations: Set<string>;
  /** form|fiscal year end of periodic reports */
  periods: Set<string>;
  forms: Set<string>;
  /** form|filed day of every filing named */
  filed: { form: string; day: number }[];
  closed: boolean;
  lastDay: number;
}

/** Why a letter stands alone (no date or no registrant). */
export interface Grouped {
  letters: LetterStub[];
  warnings: { code: 'NO_DATE' | 'NO_REGISTRANT'; message: string }[];
}

/**
 * Group letters into conversations.
 * @param stubs every letter of the input (any order)
 * @returns conversations, each with its letters in conversation order; every stub is in exactly one
 */
export function groupLetters(stubs: readonly LetterStub[]): Grouped[] {
  const out: Grouped[] = [];
  /** Letters with a day to place them by, their own or the one after the latest letter they name. */
  const placeable: LetterStub[] = [];
  const placed = new Set<LetterStub>();
  for (const given of stubs) {
    const stub = given.day === null ? placedAfterCited(given) : given;
    if (stub === undefined) {
      out.push({ letters: [given], warnings: [{ code: 'NO_DATE', message: `${given.file}: no date printed: a conversation of its own` }] });
      continue;
    }
    if (stub !== given) placed.add(stub);
    if (stub.companyKey === '' && stub.cik === null && stub.companyNumbers.length === 0 && stub.registrations.length === 0) {
      out.push({ letters: [stub], warnings: [{ code: 'NO_REGISTRANT', message: `${stub.file}: no registrant found: a conversation of its own` }] });
    } else {
      placeable.push(stub);
    }
  }
  for (const entity of registrants(placeable)) {
    for (const review of reviewsOf(entity)) {
      const warnings = review.letters
        .filter((l) => placed.has(l))
        .map((l) => ({ code: 'NO_DATE' as const, message: `${l.file}: no date printed: placed after the latest letter it names` }));
      out.push({ letters: review.letters, warnings });
    }
  }
  return out;
}

/**
 * A letter that prints no date but names the letters it answers ("your letter dated August 22, 2024", c0733): placed the day
 * after the latest of them, where it was written at the earliest, so that it joins that review. Undefined when it names none.
 */
function placedAfterCited(stub: LetterStub): LetterStub | undefined {
  const days = stub.citations.filter((c) => c.role !== 'filing').map((c) => c.day);
  if (days.length === 0) return undefined;
  return { ...stub, day: Math.max(...days) + 1 };
}

/**
 * Letters of one registrant: the same reduced name, or the same company-wide file number or CIK
 * (a name change keeps its Exchange Act number: Expedia, Inc. -> Expedia Group, Inc.).
 */
function registrants(stubs: readonly LetterStub[]): LetterStub[][] {
  const parent = stubs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const firstWith = new Map<string, number>();
  stubs.forEach((stub, i) => {
    const keys = [
      stub.companyKey === '' ? undefined : `name:${stub.companyKey}`,
      stub.cik === null ? undefined : `cik:${stub.cik}`,
      ...stub.companyNumbers.map((n) => `file:${n}`),
      // A registration statement has one registrant (with its co-registrants): a letter with no name, or
      // named "X and Co-Registrants", is placed by its number (ONEOK c0357, Molson Coors c0495).
      ...stub.registrations.map((n) => `file:${n}`),
    ];
    for (const key of keys) {
      if (key === undefined) continue;
      const seen = firstWith.get(key);
      if (seen === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  const groups = new Map<number, LetterStub[]>();
  stubs.forEach((stub, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [stub]);
    else list.push(stub);
  });
  return [...groups.values()];
}

/** Split one registrant's letters into reviews, taking the letters in date order. */
function reviewsOf(letters: LetterStub[]): Review[] {
  const reviews: Review[] = [];
  for (const letter of [...letters].sort(compareLetters)) {
    let best: Review | undefined;
    let bestScore = 0;
    for (const review of reviews) {
      const score = joinScore(letter, review);
      if (score > bestScore || (score === bestScore && score > 0 && best !== undefined && review.lastDay >= best.lastDay)) {
        best = review;
        bestScore = score;
      }
    }
    if (best === undefined || bestScore < JOIN_THRESHOLD) {
      best = { letters: [], registrations: new Set(), periods: new Set(), forms: new Set(), filed: [], closed: false, lastDay: letter.day as number };
      reviews.push(best);
    }
    addTo(best, letter);
  }
  return reviews;
}

const JOIN_THRESHOLD = 12;
/** A review's letters cite each other within this many days (Lennar's 10-K FY2015 review: 7 months). */
const CITATION_WINDOW_DAYS = 300;

function addTo(review: Review, letter: LetterStub): void {
  review.letters.push(letter);
  for (const n of letter.registrations) review.registrations.add(n);
  for (const f of letter.filings) {
    if (f.form === null) continue;
    review.forms.add(f.form);
    if (PERIODIC.test(f.form) && f.fiscalYearEnd !== null) review.periods.add(`${f.form}|${f.fiscalYearEnd}`);
    if (f.filedOn !== null) review.filed.push({ form: f.form, day: epochDay(f.filedOn) });
  }
  if (letter.role === LetterRole.reviewComplete) review.closed = true;
  review.lastDay = Math.max(review.lastDay, letter.day as number);
}

/**
 * How strongly the letter's printed evidence ties it to a review: a cited date of one of its
 * letters (strongest), the same registration statement, the same periodic report, the same form
 * filed on (about) the same day; a different registration statement rules the review out.
 */
export function joinScore(letter: LetterStub, review: Review): number {
  const day = letter.day as number;
  const gap = day - review.lastDay;
  const forms = letter.filings.map((f) => f.form).filter((f): f is string => f !== null);
  const conflict = otherFiling(letter, review);
  const formsAgree = forms.length === 0 || (!conflict && forms.some((f) => review.forms.has(f)));
  const cited = citationScore(letter.citations, review.letters, day, formsAgree);
  let score = cited;
  const shared = letter.registrations.some((n) => review.registrations.has(n));
  if (shared) score = Math.max(score, 80);
  else if (letter.registrations.length > 0 && review.registrations.size > 0 && cited < 60) return 0;
  for (const f of letter.filings) {
    if (f.form === null) continue;
    if (PERIODIC.test(f.form) && f.fiscalYearEnd !== null && review.periods.has(`${f.form}|${f.fiscalYearEnd}`)) score = Math.max(score, 50);
    if (f.filedOn !== null) {
      const filedDay = epochDay(f.filedOn);
      if (review.filed.some((g) => g.form === f.form && Math.abs(g.day - filedDay) <= 3)) score = Math.max(score, 40);
    }
    // Draft and public registration statement of one review (Carrier draft Form 10 -> Form 10), an amendment with its number misprinted.
    // Any amendment of a form the open review is about ("Amendment No. 2 to Preliminary Proxy Statement … Filed July 15", IFF c0916).
    if ((REGISTRATION.test(f.form) || f.amendment) && review.forms.has(f.form) && !conflict && !review.closed && gap <= 180) score = Math.max(score, 15);
  }
  // A staff letter on a filing filed the day the company sent a response of this review: the filing carries the
  // revisions that response promised (an amendment, or the next 10-Q: Meta c0054 after the October 26, 2022 response).
  if (letter.kind === 'staff' && letter.role === LetterRole.comments && !review.closed) {
    const filedDays = letter.filings.flatMap((f) => (f.filedOn === null ? [] : [epochDay(f.filedOn)]));
    if (review.letters.some((l) => l.role === LetterRole.response && filedDays.some((d) => Math.abs(d - (l.day as number)) <= 1))) score = Math.max(score, 45);
  }
  if (score === 0 && !conflict) score = fallbackScore(letter, review, gap);
  // Another party's letter about the company's file (a dissident's proxy filing, Boots Capital c0908 on Crown Castle's
  // file number) joins only by a cited date: its name shares no first word with any letter of the review.
  if (cited < 60 && letter.companyKey !== '' && !review.letters.some((l) => sharesNameWord(l.companyKey, letter.companyKey))) return 0;
  // Old evidence fades: a review silent for most of a year is over unless the letter cites one of its letters.
  if (gap > 240 && cited < 60) return 0;
  // A closed review takes no new round of comments, answers or second closing letter without a citation (Chubb c0764 closes
  // a 10-K review whose letters are not in the corpus, after c0113 closed the 8-K review); requests and orders after it are normal.
  const reopens = letter.role === LetterRole.comments || letter.role === LetterRole.response || letter.role === LetterRole.reviewComplete;
  if (review.closed && reopens && cited < 60) return 0;
  return score;
}

/** Words too common in registrant names to tell two of them apart. */
const GENERIC_NAME_WORDS = new Set(['new', 'and', 'group', 'holding', 'holdings', 'international', 'capital', 'financial', 'management', 'global', 'partners', 'trust', 'energy', 'services', 'industries', 'systems', 'technologies', 'bancorp', 'bancshares', 'fund', 'lp']);

/**
 * Could two reduced names be one registrant: either unknown, or a distinctive word in common
 * ("vistra energy" / "vistra", "new fox" / "fox" across a renaming inside one review)?
 */
function sharesNameWord(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const words = new Set(a.split(' ').filter((w) => w.length >= 3 && !GENERIC_NAME_WORDS.has(w)));
  return b.split(' ').some((w) => words.has(w));
}

/** A letter that names nothing the review printed: a closing letter closes the open review, a request joins an open registration review. */
function fallbackScore(letter: LetterStub, review: Review, gap: number): number {
  const hasComments = review.letters.some((l) => l.role === LetterRole.comments);
  if (letter.role === LetterRole.reviewComplete && !review.closed && hasComments && gap <= 120) {
    // Only when the letter names no filing the review could be told apart by (Capital One c1146 names the annual report the review started from).
    return 12;
  }
  if ((letter.role === LetterRole.acceleration || letter.role === LetterRole.order || letter.role === LetterRole.other) && gap <= 90) {
    const forms = letter.filings.map((f) => f.form).filter((f): f is string => f !== null);
    const registration = [...review.forms].some((f) => REGISTRATION.test(f)) || review.registrations.size > 0;
    if (registration && (forms.length === 0 || forms.some((f) => review.forms.has(f)))) return 12;
  }
  return 0;
}

/**
 * Does the letter name, with no registration number, a filing of a form the review knows but filed
 * on a day (or for a period) the review never printed? Then it is another filing (Expedia c0869: the November S-4,
 * not May's; Occidental c0216: its own PREC14A, not the one filed by Icahn a week earlier).
 */
function otherFiling(letter: LetterStub, review: Review): boolean {
  if (letter.registrations.length > 0) return false;
  return letter.filings.some((f) => {
    // The same periodic report for another period (a 10-K FY2019 closing letter next to an open 10-K FY2018 review).
    if (f.form !== null && f.fiscalYearEnd !== null && PERIODIC.test(f.form)) {
      const periods = [...review.periods].filter((p) => p.startsWith(`${f.form}|`));
      if (periods.length > 0 && !periods.includes(`${f.form}|${f.fiscalYearEnd}`)) return true;
    }
    // An amendment's filed date is the amendment's own (Carrier c0893: Amendment No. 2 to the draft Form 10).
    if (f.form === null || f.filedOn === null || f.amendment) return false;
    const known = review.filed.filter((g) => g.form === f.form);
    const day = epochDay(f.filedOn);
    return known.length > 0 && !known.some((g) => Math.abs(g.day - day) <= 3);
  });
}

/** Best match of the letter's cited dates with the review's letters: exact date 100, within 3 days 60, within 14 days (role known) 25. */
function citationScore(citations: readonly Citation[], letters: readonly LetterStub[], day: number, formsAgree: boolean): number {
  let best = 0;
  for (const c of citations) {
    if (c.role === 'filing') continue;
    const cday = c.day;
    // A letter from years before is history ("In a letter to the staff dated July 12, 2016", Citigroup c0273), not this review.
    if (cday > day || day - cday > CITATION_WINDOW_DAYS) continue;
    for (const other of letters) {
      if (!roleFits(c, other)) continue;
      const diff = Math.abs((other.day as number) - cday);
      // A printed date one day off is the EDGAR date (Citigroup c0225); further off is a misprint, weak evidence (Lennar c0569).
      // A date whose writer the words do not tell needs the filings to agree (Occidental c0705 "correspondence you sent dated July 3").
      // With filings that disagree, a cited date still joins (Citigroup c0193 moves from the 10-K to the 10-Q but cites
      // "our letter dated May 2, 2022"), but a review whose filing the letter names (form and filed date) wins over it
      // (Occidental c0705 cites Icahn's July 3 letter; Occidental's own S-4 response is also dated July 3).
      const known = c.role !== 'any';
      let score = 0;
      if (diff === 0) score = formsAgree ? 100 : known ? 35 : 20;
      else if (diff <= 1) score = formsAgree ? 60 : known ? 25 : 0;
      else if (diff <= 14 && known && formsAgree) score = 25;
      if (score > best) best = score;
    }
  }
  return best;
}

/** Does the cited role fit the letter found on that date? */
export function roleFits(citation: Citation, letter: LetterStub): boolean {
  if (citation.role === 'staff') return letter.kind === 'staff';
  if (citation.role === 'company') return letter.kind !== 'staff';
  return true;
}
