// Same letter, same answer: a staff PDF's comments match the comments its HTML response repeats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with scripts/pairs-eval.mjs
import { similarity } from '../scripts/similarity.mjs';
import { parseLetter } from '../src/index.js';
import { LETTERS_DIR } from './fixtures.js';

/** Staff letter and the company's response to it (../shared/letters/MANIFEST.md). */
const PAIRS: [string, string][] = [
  ['2016-ajg-10k-upload.pdf', '2016-ajg-10k-corresp.htm'],
  ['2016-bostonsci-8k-upload.pdf', '2016-bostonsci-8k-corresp.htm'],
  ['2017-bearnewco-s4-upload.pdf', '2017-bearnewco-s4-corresp.htm'],
  ['2017-citigroup-s3-upload.pdf', '2017-citigroup-s3-corresp.htm'],
  ['2018-abbvie-scheduleto-upload.pdf', '2018-abbvie-scheduleto-corresp.htm'],
  ['2020-aon-prer14a-upload.pdf', '2020-aon-prer14a-corresp.htm'],
  ['2020-capitalone-10q-upload.pdf', '2021-capitalone-10q-corresp.htm'],
  ['2021-applovin-s1-upload.pdf', '2021-applovin-s1-corresp.htm'],
  ['2022-bxp-def14a-upload.pdf', '2022-bxp-def14a-corresp.htm'],
  ['2024-adm-10k-upload.pdf', '2024-adm-10k-corresp.htm'],
  ['2024-adm-10k-followup-upload.pdf', '2024-adm-10k-followup-corresp.htm'],
  ['2024-capitalone-s4-upload.pdf', '2024-capitalone-s4-corresp.htm'],
];

const parse = async (file: string) => (await parseLetter(readFileSync(join(LETTERS_DIR, file)), { file })).letter;

describe('staff letter and response agree', () => {
  for (const [staffFile, responseFile] of PAIRS) {
    it(`${staffFile} ~ ${responseFile}`, async () => {
      const [staff, response] = await Promise.all([parse(staffFile), parse(responseFile)]);
      expect(staff.letter.kind).toBe('staff');
      expect(response.letter.kind).toBe('response');
      // A response may skip comments (2024-adm-10k-followup-corresp answers 1 and 2 of 3), never invent them.
      const staffNumbers = staff.comments.map((c) => c.number);
      for (const c of response.comments) expect(staffNumbers).toContain(c.number);
      for (const repeated of response.comments) {
        const original = staff.comments.find((c) => c.number === repeated.number);
        // Small wording differences are allowed (run-in headings, typos fixed, quotes); 0.8 of the words must agree.
        expect(similarity(original?.text ?? '', repeated.text), `comment ${repeated.number}`).toBeGreaterThanOrEqual(0.8);
      }
    });
  }
});
