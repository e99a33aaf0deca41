// Golden tests: every hand-labelled letter parses to what its label says (fixtures/LABELS.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with scripts/eval.mjs
import { compareWithLabel } from '../scripts/labels.mjs';
import { parseLetter } from '../src/index.js';
import { checkKey, fixtures, knownGaps } from './fixtures.js';

interface Check {
  field: string;
  ok: boolean;
  expected: unknown;
  actual: unknown;
  comment?: number;
}

const gaps = knownGaps();

describe('golden letters', () => {
  for (const fixture of fixtures()) {
    it(`${fixture.file} matches its hand label`, async () => {
      const { letter, coverage } = await parseLetter(readFileSync(fixture.path), { file: fixture.file, verify: true });
      const checks: Check[] = compareWithLabel(letter, fixture.label);
      const accepted = gaps[fixture.stem] ?? {};
      const unexpected = checks.filter((c) => !c.ok && !(checkKey(c) in accepted));
      const fixed = Object.keys(accepted).filter((key) => checks.some((c) => c.ok && checkKey(c) === key));
      expect(unexpected.map((c) => `${checkKey(c)}: want ${JSON.stringify(c.expected)} got ${JSON.stringify(c.actual)}`)).toEqual([]);
      expect(fixed.map((key) => `${key} now passes: remove it from fixtures/known-gaps.json`)).toEqual([]);
      const stale = Object.keys(accepted).filter((key) => !checks.some((c) => checkKey(c) === key));
      expect(stale.map((key) => `${key} names no check of this letter: remove it from fixtures/known-gaps.json`)).toEqual([]);
      // Semantic checks that a blind label update could not hide.
      expect(coverage?.ok, coverage?.problem).toBe(true);
      const numbers = letter.comments.map((c) => c.number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      for (const comment of letter.comments) {
        expect(comment.text.trim().length).toBeGreaterThan(0);
        if (letter.letter.kind === 'staff') expect(comment.response).toBeNull();
      }
    });
  }
});
