// Owns the words of a flattened letter: each word (token) and where it starts, and the marks between words where a paragraph starts.
import { isLetterOrDigit, isSpace } from '../../chars.js';

/**
 * The words of the flattened text (tokens) and where each starts in the text, in two flat arrays:
 * an object per word was a million objects on a large letter, most of its garbage-collection time.
 */
export class Tokens {
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

/**
 * Token indices, marked: the paragraph splits. One byte per token, where a Set<number> of a
 * 30 MB letter's million splits (copied once more for the block edges) cost some 100 MB.
 */
export class Marks {
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
  delete(i: number): void {
    if (i >= 0 && i < this.marked.length) this.marked[i] = 0;
  }
}

/**
 * The words of the text (runs of non-space, as /\S+/g finds them) and the indices of the words
 * with a line break (\n, \r, \f) in the space before them. One pass over the characters: matchAll
 * built a match array per word and a slice per gap, most of the time spent on a 30 MB letter.
 */
export function tokenize(text: string): { tokens: Tokens; breaks: number[] } {
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
export function tokenIndexer(tokens: Tokens): (offset: number) => number {
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

/** The word without leading and trailing punctuation. Scans, not a regex: "[^…]+$" retries from every position of a long run of "((((". */
export function bare(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isLetterOrDigit(word[start] as string)) start++;
  while (end > start && !isLetterOrDigit(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/** The first of ascending `values` at or after `from` (infinity: none), by halving. */
export function firstAtOrAfter(values: readonly number[], from: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return values[lo] ?? Number.POSITIVE_INFINITY;
}
