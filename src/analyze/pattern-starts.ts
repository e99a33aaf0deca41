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
  const reader = new StartReader(source);
  const { first } = reader.alternation();
  if (reader.at !== source.length) throw new Error(`cannot read the pattern past character ${reader.at}: ${source}`);
  return first;
}

/** Whether a match of the alternative can start with `c`. */
export function canStartWith(source: string, c: string): boolean {
  const first = startsOf(source);
  return first === null || first.has(c);
}

/** What a part of a pattern can start with, and whether it can match the empty string. */
interface Start {
  first: StartSet;
  empty: boolean;
}

const NOTHING: ReadonlySet<string> = new Set();
const union = (a: StartSet, b: StartSet): StartSet => (a === null || b === null ? null : new Set([...a, ...b]));
/** Escapes that stand for a class of characters (any of them counts as "any"). */
const CLASS_ESCAPES = 'wWdDsS';

/** A recursive-descent reader of the source, alternation > sequence > quantified atom. */
class StartReader {
  at = 0;
  constructor(private readonly source: string) {}

  alternation(): Start {
    let first: StartSet = NOTHING;
    let empty = false;
    for (;;) {
      const branch = this.sequence();
      first = union(first, branch.first);
      empty ||= branch.empty;
      if (this.source[this.at] !== '|') return { first, empty };
      this.at++;
    }
  }

  sequence(): Start {
    let first: StartSet = NOTHING;
    let empty = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.quantified();
      if (empty) first = union(first, atom.first);
      empty &&= atom.empty;
    }
    return { first, empty };
  }

  quantified(): Start {
    const atom = this.atom();
    const s = this.source;
    const c = s[this.at];
    if (c === '?' || c === '*') {
      atom.empty = true;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.at));
      if (m === null) return atom;
      if (Number(m[1]) === 0) atom.empty = true;
      this.at += m[0].length;
    } else return atom;
    if (s[this.at] === '?') this.at++; // lazy
    return atom;
  }

  atom(): Start {
    const s = this.source;
    const c = s[this.at] as string;
    if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(s.slice(this.at, this.at + 4));
      if (lookaround !== null) {
        this.at += lookaround[0].length;
        this.alternation();
        this.at++;
        return { first: NOTHING, empty: true };
      }
      this.at += s.startsWith('(?:', this.at) ? 3 : 1;
      if (s.startsWith('?<', this.at - 1)) throw new Error(`named groups are not read: ${s}`);
      const group = this.alternation();
      this.at++;
      return group;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') {
      const e = s[this.at + 1] as string;
      this.at += 2;
      if (e === 'b' || e === 'B') return { first: NOTHING, empty: true };
      return { first: CLASS_ESCAPES.includes(e) || /[1-9ux]/.test(e) ? null : new Set([e]), empty: false };
    }
    this.at++;
    if (c === '^' || c === '$') return { first: NOTHING, empty: true };
    return { first: c === '.' ? null : new Set([c]), empty: false };
  }

  characterClass(): Start {
    const s = this.source;
    this.at++;
    let any = s[this.at] === '^';
    const members = new Set<string>();
    while (this.at < s.length && s[this.at] !== ']') {
      let c = s[this.at] as string;
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
    return { first: any ? null : members, empty: false };
  }
}
