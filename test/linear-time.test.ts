// Attacks on the loaders' linear time (the hardening review): EDGAR header values with long blank runs.
import { describe, expect, it } from 'vitest';
import { CorrespError, LetterSchema, parseLetter } from '../src/index.js';
import { readEdgar } from '../src/load/edgar.js';
import { expectLinear } from './growth.js';

/** A letter or a CorrespError with its code; any other throw fails the test. */
async function outcome(text: string, file: string): Promise<string> {
  try {
    const { letter } = await parseLetter(Buffer.from(text), { file });
    expect(LetterSchema.safeParse(letter).success).toBe(true);
    return 'letter';
  } catch (error) {
    expect(error).toBeInstanceOf(CorrespError);
    return (error as CorrespError).code;
  }
}

const edgar = (header: string) =>
  `<SEC-DOCUMENT>\n<SEC-HEADER>\n${header}\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>CORRESP\n<TEXT>\nAugust 1, 2017\n\nDear Sir:\n\n1. We note your disclosure.\n</TEXT>\n</DOCUMENT>\n`;

describe('EDGAR header values with long runs of white space', () => {
  /** Blank runs of `n` characters, each in a header field. Before: 60,000 blanks inside a value took 50 s. */
  const families: [string, (n: number) => string][] = [
    ['spaces inside a value', (n) => `COMPANY CONFORMED NAME:\tACME${' '.repeat(n)}CORP`],
    ['spaces and tabs inside a value', (n) => `CONFORMED SUBMISSION TYPE: CORRESP${' \t'.repeat(n / 2)}X`],
    ['blanks around a value and inside it', (n) => `FILED AS OF DATE:${' '.repeat(n)}2017${'\t'.repeat(n)}0801${' '.repeat(n)}`],
    ['a value of blanks only', (n) => `CENTRAL INDEX KEY:${' \t'.repeat(n / 2)}\nCOMPANY CONFORMED NAME: ${' '.repeat(n)}`],
    ['a file number followed by blanks and more', (n) => `SEC FILE NUMBER: 333-1${' '.repeat(n)}x${' '.repeat(n)}`],
    ['blank lines of spaces', (n) => `${' '.repeat(n)}\n${'\t'.repeat(n)}\nCOMPANY CONFORMED NAME: ACME CORP`],
  ];
  for (const [name, value] of families) {
    it(`should read ${name} in linear time`, { timeout: 120_000 }, async () => {
      await expectLinear((scale) => edgar(value(scale * 250_000)), (text) => readEdgar(text));
      expect(await outcome(edgar(value(1_000_000)), 'edgar.txt')).toBe('letter');
    });
  }

  it('should keep the values as before, trimmed of spaces and tabs', () => {
    const { header } = readEdgar(edgar(`COMPANY CONFORMED NAME: \t ACME${' '.repeat(50)}CORP \t\nFILED AS OF DATE:  20170801 \nCENTRAL INDEX KEY:   \nSEC FILE NUMBER: 333-1 \nSEC FILE NUMBER: 333-1\nSEC FILE NUMBER:\t001-2`));
    expect(header).toEqual({ company: `ACME${' '.repeat(50)}CORP`, filedOn: '2017-08-01', formType: 'CORRESP', fileNumbers: ['333-1', '001-2'] });
  });

  it('should collect 100,000 different file numbers in linear time', { timeout: 120_000 }, async () => {
    const header = (scale: number) => Array.from({ length: scale * 25_000 }, (_, i) => `SEC FILE NUMBER: 333-${i}`).join('\n');
    await expectLinear((scale) => edgar(header(scale)), (text) => readEdgar(text));
    expect(readEdgar(edgar(header(4))).header.fileNumbers).toHaveLength(100_000);
  });
});
