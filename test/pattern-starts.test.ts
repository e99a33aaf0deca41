import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternativesOf, canStartWith, prefixesOf, startsOf } from '../src/analyze/pattern-starts.js';
import { TOPICS, topicEvidence } from '../src/analyze/topics.js';

const sorted = (set: ReadonlySet<string> | null) => (set === null ? null : [...set].sort());

describe('pattern starts', () => {
  it('should split a source at the "|" outside groups and classes only', () => {
    expect(alternativesOf(String.raw`a|(?:b|c)d|[|x]|\||e`)).toEqual(['a', '(?:b|c)d', '[|x]', String.raw`\|`, 'e']);
  });

  it('should read what a match starts with through groups, optional parts, classes and assertions', () => {
    expect(sorted(startsOf(String.raw`(?:has|have)\s+`))).toEqual(['h']);
    expect(sorted(startsOf(String.raw`(?:a |the )?risk`))).toEqual(['a', 'r', 't']);
    expect(sorted(startsOf(String.raw`(?<!\w)\b(?:[Ll]evel [123])`))).toEqual(['L', 'l']);
    expect(sorted(startsOf(String.raw`x{0,2}y*z`))).toEqual(['x', 'y', 'z']);
    expect(sorted(startsOf(String.raw`[a-c\-]q`))).toEqual(['-', 'a', 'b', 'c']);
    expect(sorted(startsOf(String.raw`\(\d\)|\.`))).toEqual(['(', '.']);
  });

  it('should read the first characters of a match, a shorter one where a match can end or go on with anything', () => {
    expect(sorted(prefixesOf(String.raw`(?:has|have)\s+`, 3))).toEqual(['has', 'hav']);
    expect(sorted(prefixesOf(String.raw`(?:a |the )?risk`, 3))).toEqual(['a r', 'ris', 'the']);
    expect(sorted(prefixesOf(String.raw`x{0,2}y*z`, 2))).toEqual(['xx', 'xy', 'xz', 'yy', 'yz', 'z']);
    expect(sorted(prefixesOf(String.raw`ab?`, 3))).toEqual(['a', 'ab']);
    expect(sorted(prefixesOf(String.raw`(?<!\w)\b[ab]{2,}c`, 3))).toEqual(['aaa', 'aab', 'aac', 'aba', 'abb', 'abc', 'baa', 'bab', 'bac', 'bba', 'bbb', 'bbc']);
    expect(sorted(prefixesOf(String.raw`crypto\w*`, 3))).toEqual(['cry']);
    expect(sorted(prefixesOf(String.raw`a\w`, 3))).toEqual(['a']);
    expect(prefixesOf(String.raw`\w+a`, 3)).toBeNull();
  });

  it('should read a \\u escape as its character, as the parser\'s ASCII-only bundle writes each one outside ASCII', () => {
    expect(sorted(startsOf(String.raw`\u2019s|[\u201c"]x`))).toEqual(['"', '\u2019', '\u201c']);
    expect(sorted(prefixesOf(String.raw`Company['\u2019]s`, 9))).toEqual(["Company's", 'Company\u2019s']);
  });

  it('should count what it does not read as any character, never as none', () => {
    for (const source of [String.raw`\w+`, '.x', '[^a]b', String.raw`\d`, String.raw`\sfoo`, String.raw`[a\d]`, String.raw`\x41`, String.raw`[\u2013-\u2014]`]) expect(startsOf(source)).toBeNull();
    expect(canStartWith(String.raw`crypto\w*`, 'c')).toBe(true);
    expect(canStartWith(String.raw`crypto\w*`, 'd')).toBe(false);
  });
});

describe('the topic table read a letter at a time', () => {
  // The table's key terms and phrases as the one pattern they were before the scan by first letter:
  // tried at every word start, the first topic's words winning at the same place.
  const ONE_PATTERN = new RegExp(TOPICS.map((topic) => `(${topic.key.source})|(${topic.phrases.source})`.toLowerCase()).join('|'), 'y');
  function reference(text: string): { key: boolean; phrases: number }[] {
    const lower = text.toLowerCase();
    const out = TOPICS.map(() => ({ key: false, seen: new Set<string>() }));
    for (let at = 0; at < lower.length; at++) {
      if (!/[a-z]/.test(lower[at] as string) || (at > 0 && /[a-z0-9]/i.test(lower[at - 1] as string))) continue;
      ONE_PATTERN.lastIndex = at;
      const m = ONE_PATTERN.exec(lower);
      if (m === null) continue;
      let group = 1;
      while (m[group] === undefined) group++;
      const topic = out[(group - 1) >> 1] as { key: boolean; seen: Set<string> };
      if (group % 2 === 1) topic.key = true;
      if (topic.seen.size < 4) topic.seen.add(m[0]);
      at += Math.max(m[0].length, 1) - 1;
    }
    return out.map((t) => ({ key: t.key, phrases: t.seen.size }));
  }
  const PIECES = [
    'non-GAAP', 'revenue recognition', 'recognized revenue', 'performance obligation', 'goodwill', 'impairment', 'fair value', 'Level 3', 'segments', 'reportable segment', 'acquisition',
    'pro forma', 'COVID-19', 'crypto', 'cryptocurrency', 'incubator', 'Cuba', 'warrants', 'warranty', 'results of operations', 'known trends or uncertainties', 'key performance indicators',
    'income taxes', 'risk factors', 'add a risk', 'board of directors', 'liquidity', 'leases', 'lessee', 'the', 'and', ' ', ' ', ', ', '.', '-', '’s', '(', '2', 'A', 'İ',
  ];
  const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

  it('should never leave out an alternative that matches where a text has the letter', () => {
    const alternatives = TOPICS.flatMap((topic) => [topic.key, topic.phrases]).flatMap((pattern) => alternativesOf(pattern.source.toLowerCase()).map((alternative) => ({ alternative, at: new RegExp(alternative, 'y') })));
    fc.assert(
      fc.property(soup, (text) => {
        const lower = text.toLowerCase();
        for (let i = 0; i < lower.length; i++) {
          for (const { alternative, at } of alternatives) {
            at.lastIndex = i;
            const m = at.exec(lower);
            if (m !== null && m[0].length > 0) expect(canStartWith(alternative, lower[i] as string), `${alternative} at ${i} of ${lower}`).toBe(true);
          }
        }
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('should never leave out a start of a match of the table (the first three characters, or the whole of a shorter one)', () => {
    const alternatives = TOPICS.flatMap((topic) => [topic.key, topic.phrases]).flatMap((pattern) => alternativesOf(pattern.source.toLowerCase()).map((alternative) => ({ alternative, at: new RegExp(alternative, 'y'), starts: prefixesOf(alternative, 3) })));
    fc.assert(
      fc.property(soup, (text) => {
        const lower = text.toLowerCase();
        for (let i = 0; i < lower.length; i++) {
          for (const { alternative, at, starts } of alternatives) {
            at.lastIndex = i;
            const m = at.exec(lower);
            if (m !== null && m[0].length > 0) expect(starts === null || [...starts].some((start) => lower.startsWith(start, i)), `${alternative} at ${i} of ${lower}`).toBe(true);
          }
        }
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('should find the key terms and phrases the one pattern finds, topic by topic', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const found = topicEvidence([], text, []).map(({ key, phrases }) => ({ key, phrases }));
        expect(found).toEqual(reference(text));
      }),
      { seed: 11, numRuns: 1500 },
    );
  });
});
