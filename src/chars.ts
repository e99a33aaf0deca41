// Owns character classes that several stages test one UTF-16 unit at a time (where a regular expression per word cost too much).

/** White space as `\s` matches it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * How many words of `text` (runs of non-space, as `text.split(/\s+/)` cuts them) hold an ASCII
 * letter: what `text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length` gives, without the arrays.
 */
export function wordsWithLetters(text: string): number {
  let n = 0;
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (letter) n++;
      letter = false;
    } else if (!letter && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letter = true;
  }
  return letter ? n + 1 : n;
}

/** One code point, anchored: the flag `u` reads a surrogate pair as one. */
const LETTER_OR_DIGIT_CODE_POINT = /^[\p{L}\p{N}]$/u;

/**
 * Whether `char`, one code point (one UTF-16 unit, or a surrogate pair), is a letter or a digit of
 * any script. A lone surrogate is neither.
 */
export function isLetterOrDigit(char: string): boolean {
  // ASCII without the regular expression: most characters of a letter are.
  if (char.length === 1) {
    const c = char.charCodeAt(0);
    if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  }
  return LETTER_OR_DIGIT_CODE_POINT.test(char);
}

/** An ASCII letter, either case (one UTF-16 unit). */
export const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** An ASCII letter or digit, either case. */
export const isAsciiLetterOrDigit = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);
/** A lower-case ASCII letter: what a lower-cased text's words are made of. */
export const isLowerAsciiLetter = (c: number) => c >= 97 && c <= 122;
/** A lower-case ASCII letter or a digit. */
export const isLowerAsciiLetterOrDigit = (c: number) => isLowerAsciiLetter(c) || (c >= 48 && c <= 57);
/** An apostrophe, straight (') or typographic (’). */
export const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** The last two texts lower-cased (lowerCased), the latest first. */
const lowered = { text: ['', ''], lower: ['', ''] };
/**
 * `text.toLowerCase()`, the last two remembered: a comment's text is lower-cased by four readers
 * (the citation rules, the topic table, the topic model, the action model) and its response's by two,
 * the one read between the other's readers, and lower-casing is a pass of its own.
 */
export function lowerCased(text: string): string {
  const { text: texts, lower } = lowered;
  if (text === texts[0]) return lower[0] as string;
  if (text !== texts[1]) {
    texts[1] = text;
    lower[1] = text.toLowerCase();
  }
  // The latest first.
  [texts[0], texts[1]] = [texts[1] as string, texts[0] as string];
  [lower[0], lower[1]] = [lower[1] as string, lower[0] as string];
  return lower[0] as string;
}

/**
 * A case-insensitive pattern made to match text lower-cased by lowerCaseForPatterns without the i
 * flag (lower-case once, then every pattern runs without case folding: a third faster here). Its
 * source may hold no upper-case escape (\S, \W, \B, \D: lower-cased they would mean the opposite).
 */
export function forLowerCase(pattern: RegExp): RegExp {
  if (/\\[SWBDP]/.test(pattern.source)) throw new Error(`a pattern for lower-cased text holds an upper-case escape: ${pattern.source}`);
  return new RegExp(pattern.source.toLowerCase(), pattern.flags.replace('i', ''));
}

/**
 * `text.toLowerCase()` for patterns made by forLowerCase: where the i flag matches an ASCII pattern,
 * the pattern lower-cased matches this. Two characters are left as they are, the only ones whose
 * lower case holds an ASCII letter, which the i flag never matches them with: "İ" ("i̇", which also
 * lengthens the text) and the Kelvin sign ("k").
 * @param lower `text.toLowerCase()`, when the caller has it
 */
export function lowerCaseForPatterns(text: string, lower = text.toLowerCase()): string {
  if (lower.length === text.length && !text.includes('\u212a')) return lower;
  return text.replace(/[^\u0130\u212a]+/g, (run) => run.toLowerCase());
}

/** Most words capitalised, as in a section title (not a sentence). */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:of|and|the|to|for|in|on|a|an|or|by|with|from|at|as)$/i.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}
