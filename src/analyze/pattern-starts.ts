// Owns what a regular expression's match can start with, read from its source: what lets a scan try
// at a word only the alternatives that can start with the word's first letter (a pattern of 600
// alternatives tried whole at every word start was the topic table's largest cost).

/** The characters a match can start with; null when any character may (\w, ., a negated class …). */
export type StartSet = ReadonlySet<string> | null;

/**
 * The top-level alternatives of a source ("a|(?:b|c)|[|]" → ["a", "(?:b|c)", "[|]"]): the ones
 * separated by a "|" outside any group or class.
 */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The characters a match of `source` can start with: never fewer than the truth (a construct not
 * understood counts as "any character"), so leaving out an alternative whose set lacks a character
 * never changes what matches there. Lookarounds and \b count as matching nothing.
 */
export function startsOf(source: string): StartSet {
  const first = prefixesOf(source, 1);
  return first === null ? null : new Set([...first].filter((prefix) => prefix !== ''));
}

/** Whether a match of the alternative can start with `c`. */
export function canStartWith(source: string, c: string): boolean {
  const first = startsOf(source);
  return first === null || first.has(c);
}

/**
 * The first `k` characters of every match of `source`, or all of a match shorter than that ("" for
 * an empty one); null when a match may start with any character. A prefix shorter than `k` may go on
 * with anything: a construct not understood past the start (\w, ., a negated class …) cuts the
 * prefixes there. So, as with startsOf, never fewer than the truth.
 */
export function prefixesOf(source: string, k: number): Prefixes {
  const reader = new PrefixReader(source, k);
  const prefixes = reader.alternation();
  if (reader.at !== source.length) throw new Error(`cannot read the pattern past character ${reader.at}: ${source}`);
  return prefixes;
}

/** Prefixes of matches (prefixesOf); null: any. */
export type Prefixes = ReadonlySet<string> | null;

const EMPTY: ReadonlySet<string> = new Set(['']);
const union = (a: Prefixes, b: Prefixes): Prefixes => (a === null || b === null ? null : new Set([...a, ...b]));
/** Escapes that stand for a class of characters (any of them counts as "any"). */
const CLASS_ESCAPES = 'wWdDsS';

/** A recursive-descent reader of the source, alternation > sequence > quantified atom. */
class PrefixReader {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly k: number,
  ) {}

  alternation(): Prefixes {
    let prefixes: Prefixes = new Set();
    for (;;) {
      prefixes = union(prefixes, this.sequence());
      if (this.source[this.at] !== '|') return prefixes;
      this.at++;
    }
  }

  sequence(): Prefixes {
    let prefixes: Prefixes = EMPTY;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') prefixes = this.then(prefixes, this.quantified());
    return prefixes;
  }

  /** The prefixes of a match of `a` followed by a match of `b`. */
  then(a: Prefixes, b: Prefixes): Prefixes {
    if (a === null) return null;
    const out = new Set<string>();
    for (const u of a) {
      if (u.length >= this.k) out.add(u);
      else if (b !== null) for (const v of b) out.add((u + v).slice(0, this.k));
      else if (u === '') return null;
      else out.add(u);
    }
    return out;
  }

  quantified(): Prefixes {
    const atom = this.atom();
    const s = this.source;
    const c = s[this.at];
    let least = 1;
    let most = 1;
    if (c === '?' || c === '*' || c === '+') {
      least = c === '+' ? 1 : 0;
      most = c === '?' ? 1 : Infinity;
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (m === null) return atom;
      least = Number(m[1]);
      most = m[2] === undefined ? least : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length;
    } else return atom;
    if (s[this.at] === '?') this.at++; // lazy
    // Past k repetitions the first k characters are those of k (each repetition adds at least one, or is left out).
    let prefixes: Prefixes = new Set();
    let repeated: Prefixes = EMPTY;
    for (let times = 0; times <= Math.min(most, this.k); times++) {
      if (times >= Math.min(least, this.k)) prefixes = union(prefixes, repeated);
      repeated = this.then(repeated, atom);
    }
    return prefixes;
  }

  atom(): Prefixes {
    const s = this.source;
    const c = s[this.at] as string;
    if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(s.slice(this.at, this.at + 4));
      if (lookaround !== null) {
        this.at += lookaround[0].length;
        this.alternation();
        this.at++;
        return EMPTY;
      }
      this.at += s.startsWith('(?:', this.at) ? 3 : 1;
      if (s.startsWith('?<', this.at - 1)) throw new Error(`named groups are not read: ${s}`);
      const group = this.alternation();
      this.at++;
      return group;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') {
      const escaped = unicodeEscape(s, this.at);
      if (escaped !== undefined) {
        this.at += 6;
        return new Set([escaped]);
      }
      const e = s[this.at + 1] as string;
      this.at += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      return CLASS_ESCAPES.includes(e) || /[1-9ux]/.test(e) ? null : new Set([e]);
    }
    this.at++;
    if (c === '^' || c === '$') return EMPTY;
    return c === '.' ? null : new Set([c]);
  }

  characterClass(): Prefixes {
    const s = this.source;
    this.at++;
    let any = s[this.at] === '^';
    const members = new Set<string>();
    while (this.at < s.length && s[this.at] !== ']') {
      let c = s[this.at] as string;
      const escaped = unicodeEscape(s, this.at);
      if (escaped !== undefined) {
        // The first of a range: not read, so any (as a range up to an escape, below).
        if (s[this.at + 6] === '-' && s[this.at + 7] !== ']' && s[this.at + 7] !== undefined) any = true;
        members.add(escaped);
        this.at += 6;
        continue;
      }
      if (c === '\\') {
        c = s[this.at + 1] as string;
        this.at += 2;
        if (CLASS_ESCAPES.includes(c) || /[ux]/.test(c)) any = true;
        else members.add(c);
        continue;
      }
      if (s[this.at + 1] === '-' && s[this.at + 2] !== ']' && s[this.at + 2] !== undefined) {
        if (s[this.at + 2] === '\\') any = true; // a range up to an escape: not read, so any
        for (let k = c.charCodeAt(0); k <= s.charCodeAt(this.at + 2); k++) members.add(String.fromCharCode(k));
        this.at += 3;
        continue;
      }
      members.add(c);
      this.at++;
    }
    this.at++;
    return any ? null : members;
  }
}

/**
 * The character a "\uXXXX" escape at `at` stands for (the parser's bundle writes characters outside ASCII so:
 * scripts/bundle-child.mjs asciiOnly), undefined if none starts there.
 */
function unicodeEscape(source: string, at: number): string | undefined {
  if (source[at] !== '\\' || source[at + 1] !== 'u') return undefined;
  const hex = source.slice(at + 2, at + 6);
  return /^[0-9a-fA-F]{4}$/.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : undefined;
}
