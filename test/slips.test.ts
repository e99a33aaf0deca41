// Letters as people type them: the fixture responses that label every answer, rewritten as plain text from their own parse
// and damaged as a person might (an answer's label left out, a comment numbered as the one before), keep every comment, as
// plain text and flattened
// (scripts/slips-eval.mjs measures the same over the corpus).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter, type Letter } from '../src/index.js';
import { LETTERS_DIR } from './fixtures.js';

/**
 * The letter as plain text: head, preamble, each comment's new headings, "N. text", its answer under its label (left out for
 * `unlabelled`), the closing; comment `renumbered` printed with the number before its own.
 */
function rewritten(letter: Letter, unlabelled: number, renumbered = -1): string {
  const parts = [letter.letter.head, letter.preamble];
  letter.comments.forEach((c, i) => {
    parts.push(...c.headings.slice(c.headings.length - c.location.newHeadings), `${i === renumbered ? c.number - 1 : c.number}. ${c.text}`);
    parts.push(i === unlabelled ? (c.response?.text ?? '') : `${c.response?.label ?? ''}\n\n${c.response?.text ?? ''}`);
  });
  parts.push(letter.closing);
  return parts.join('\n\n');
}

describe('an answer left without its label', async () => {
  const labelled: [string, Letter][] = [];
  for (const name of readdirSync(LETTERS_DIR).filter((f) => /corresp\.(?:htm|txt)$/.test(f)).sort()) {
    const { letter } = await parseLetter(new Uint8Array(readFileSync(join(LETTERS_DIR, name))));
    if (letter.comments.length >= 3 && letter.comments.every((c, i) => c.number === i + 1 && c.response?.label && !c.parts)) labelled.push([name, letter]);
  }

  it('should find fixture responses that label every answer', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(10);
  });

  it.each(labelled)('%s should keep every comment with answer 2 or 3 unlabelled, as plain text and flattened', async (_, letter) => {
    for (const unlabelled of [1, 2]) {
      const text = rewritten(letter, unlabelled);
      for (const form of [text, text.replace(/\s+/g, ' ')]) {
        const { letter: read } = await parseLetter(new TextEncoder().encode(form));
        expect(read.comments.map((c) => c.number)).toEqual(letter.comments.map((c) => c.number));
      }
    }
  });

  it.each(labelled)('%s should keep every comment with comment 3 numbered 2, as plain text and flattened', async (_, letter) => {
    const text = rewritten(letter, -1, 2);
    for (const form of [text, text.replace(/\s+/g, ' ')]) {
      const { letter: read } = await parseLetter(new TextEncoder().encode(form));
      expect(read.comments.map((c) => c.text.replace(/\s+/g, ' '))).toEqual(letter.comments.map((c) => c.text.replace(/\s+/g, ' ')));
      expect(read.comments[2]?.number).toBe(2);
    }
  });
});
