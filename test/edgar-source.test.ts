// source.edgar: CIK, accession number, form type and filing date from an EDGAR container around a real letter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { LetterSchema } from '../src/schema.js';
import { ThreadInput } from '../src/thread/run.js';
import { LETTERS_DIR } from './fixtures.js';

const VIANET = readFileSync(join(LETTERS_DIR, '2017-21vianet-corresp.txt'), 'utf8');

/** A made-up full submission (the layout EDGAR serves as <accession>.txt) holding a real letter. */
function fullSubmission(letter: string, accessionLine = true): string {
  return [
    '<SEC-DOCUMENT>0001193125-17-271234.txt : 20170830',
    '<SEC-HEADER>0001193125-17-271234.hdr.sgml : 20170830',
    '<ACCEPTANCE-DATETIME>20170830161512',
    ...(accessionLine ? ['ACCESSION NUMBER:\t\t0001193125-17-271234'] : []),
    'CONFORMED SUBMISSION TYPE:\tCORRESP',
    'PUBLIC DOCUMENT COUNT:\t\t1',
    'FILED AS OF DATE:\t\t20170830',
    '',
    'FILER:',
    '',
    '\tCOMPANY DATA:\t',
    '\t\tCOMPANY CONFORMED NAME:\t\t\t21Vianet Group, Inc.',
    '\t\tCENTRAL INDEX KEY:\t\t\t0001508475',
    '',
    '\tFILING VALUES:',
    '\t\tFORM TYPE:\t\tCORRESP',
    '\t\tSEC FILE NUMBER:\t001-35126',
    '</SEC-HEADER>',
    '<DOCUMENT>',
    '<TYPE>CORRESP',
    '<SEQUENCE>1',
    '<FILENAME>filename1.txt',
    '<TEXT>',
    letter,
    '</TEXT>',
    '</DOCUMENT>',
    '</SEC-DOCUMENT>',
  ].join('\n');
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('source.edgar', () => {
  it('should give the CIK, accession number, form type and filing date of a full submission, and the same letter', async () => {
    const plain = await parseLetter(bytes(VIANET), { file: 'plain.txt' });
    const wrapped = await parseLetter(bytes(fullSubmission(VIANET)), { file: '0001193125-17-271234.txt' });
    expect(LetterSchema.safeParse(wrapped.letter).success).toBe(true);
    expect(wrapped.letter.source.container).toBe('edgar');
    expect(wrapped.letter.source.edgar).toEqual({ cik: '0001508475', accession: '0001193125-17-271234', formType: 'CORRESP', filedOn: '2017-08-30' });
    expect(wrapped.letter.comments.map((c) => c.text)).toEqual(plain.letter.comments.map((c) => c.text));
    expect(plain.letter.source.edgar).toBeNull();
  });

  it('should take the accession number from the <SEC-DOCUMENT> name when the header has no ACCESSION NUMBER line', async () => {
    const { letter } = await parseLetter(bytes(fullSubmission(VIANET, false)), { file: 'x.txt' });
    expect(letter.source.edgar?.accession).toBe('0001193125-17-271234');
  });

  it('should give only the form type for a <DOCUMENT> wrapper without a header', async () => {
    const wrapper = ['<DOCUMENT>', '<TYPE>CORRESP', '<SEQUENCE>1', '<FILENAME>filename1.txt', '<TEXT>', VIANET, '</TEXT>', '</DOCUMENT>'].join('\n');
    const { letter } = await parseLetter(bytes(wrapper), { file: 'x.txt' });
    expect(letter.source.edgar).toEqual({ cik: null, accession: null, formType: 'CORRESP', filedOn: null });
  });

  it('should refuse header values of the wrong shape rather than pass them on', async () => {
    const odd = fullSubmission(VIANET).replace('0001508475', 'not-a-cik').replace('ACCESSION NUMBER:\t\t0001193125-17-271234', 'ACCESSION NUMBER: 12');
    const { letter } = await parseLetter(bytes(odd.replace('<SEC-DOCUMENT>0001193125-17-271234.txt', '<SEC-DOCUMENT>x.txt')), { file: 'x.txt' });
    expect(letter.source.edgar).toMatchObject({ cik: null, accession: null, formType: 'CORRESP' });
    expect(LetterSchema.safeParse(letter).success).toBe(true);
  });

  it('should reach the thread stage: the CIK joins the letter stub', async () => {
    const { letter } = await parseLetter(bytes(fullSubmission(VIANET)), { file: 'x.txt' });
    const input = new ThreadInput();
    expect(input.addLine(JSON.stringify(letter))).toBeUndefined();
    expect(input.stubs[0]?.cik).toBe('1508475');
  });

  it('should read <PAGE> lines as page breaks in a text letter, in its EDGAR container or taken out of it, a mark before the first words opening no page', async () => {
    const paged = (letter: string) => ['<PAGE>', '', ...letter.split('\n').slice(0, 40), '<PAGE>', ...letter.split('\n').slice(40), '<PAGE>'].join('\n');
    for (const text of [paged(VIANET), fullSubmission(paged(VIANET))]) {
      const { letter } = await parseLetter(bytes(text), { file: 'x.txt' });
      expect(JSON.stringify(letter)).not.toContain('<PAGE>');
      expect(letter.source.pages).toBe(2);
      expect(letter.comments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    }
  });
});
