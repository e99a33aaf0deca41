// The PDFium engine (`--pdf-engine pdfium`) reads what pdf.js reads: the same paragraphs, styles and pages from every fixture
// PDF, the same error codes for bad PDFs, and the same letter through the command line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdf, openReader } from '../src/load/pdf.js';
import { parseLetter } from '../src/index.js';
import { CorrespError } from '../src/errors.js';
import type { Run } from '../src/source.js';
import { LETTERS_DIR, runCli } from './fixtures.js';

const BAD_DIR = join(import.meta.dirname, '..', 'fixtures', 'bad');
const PDFS = readdirSync(LETTERS_DIR).filter((name) => name.endsWith('.pdf'));
const badCodes: Record<string, string> = JSON.parse(readFileSync(join(BAD_DIR, 'expected.json'), 'utf8')).codes;

/**
 * What a loader made of a PDF, as comparable data: each block's page and its words, each with its weight and slant. Left
 * out: how many spaces stand between words (normalising makes one of every run), and underlines, which the engines
 * judge per text item and which cut a line into items differently: pdf.js takes "Description of Index Warrants, page 49"
 * as one item, which the rule drawn under all but "49" underlines; PDFium gives "49" apart, not underlined. The
 * letters made of them are compared whole below.
 */
async function loaded(file: string, engine: 'pdfjs' | 'pdfium') {
  const source = await loadPdf(new Uint8Array(readFileSync(file)), file, 2000, engine);
  const words = (runs: readonly Run[]) => runs.flatMap((r) => r.text.split(/\s+/).filter((w) => w !== '').map((w) => `${w}|${r.bold ? 'b' : ''}${r.italic ? 'i' : ''}`));
  return { pages: source.pages, blocks: source.blocks.map((b) => ({ page: b.page, words: words(b.runs).join(' ') })) };
}

async function codeOf(file: string, engine: 'pdfjs' | 'pdfium'): Promise<string> {
  try {
    await loadPdf(new Uint8Array(readFileSync(file)), file, 2000, engine);
    return 'read';
  } catch (error) {
    return error instanceof CorrespError ? error.code : `not a CorrespError: ${String(error)}`;
  }
}

describe('the PDFium engine', () => {
  it(`should read every fixture PDF into the paragraphs, words, weights and pages pdf.js reads (${PDFS.length} letters)`, async () => {
    expect(PDFS.length).toBeGreaterThan(20);
    for (const name of PDFS) {
      const file = join(LETTERS_DIR, name);
      const [pdfjs, pdfium] = [await loaded(file, 'pdfjs'), await loaded(file, 'pdfium')];
      expect({ name, ...pdfium }).toEqual({ name, ...pdfjs });
    }
  }, 120_000);

  it('should make every fixture PDF into the letter pdf.js makes of it', async () => {
    for (const name of PDFS) {
      const file = join(LETTERS_DIR, name);
      const bytes = readFileSync(file);
      const results = await Promise.allSettled([parseLetter(bytes, { file }), parseLetter(bytes, { file, pdfEngine: 'pdfium' })]);
      const [pdfjs, pdfium] = results.map((r) => (r.status === 'fulfilled' ? r.value.letter : { error: (r.reason as CorrespError).code }));
      expect({ name, letter: pdfium }).toEqual({ name, letter: pdfjs });
    }
  }, 120_000);

  it('should cut a line into items where the PDF draws them apart, not as pdf.js merges them (the engine really is another)', async () => {
    const file = join(LETTERS_DIR, '2017-citigroup-s3-upload.pdf');
    const itemsOf = async (engine: 'pdfjs' | 'pdfium') => {
      const { reader } = await openReader(engine, new Uint8Array(readFileSync(file)), file, 2000);
      try {
        return (await reader.page(0)).items.map((item) => item.str);
      } finally {
        await reader.close();
      }
    };
    expect(await itemsOf('pdfjs')).toContain('Description of Index Warrants, page 49');
    const pdfium = await itemsOf('pdfium');
    expect(pdfium).toContain('49');
    expect(pdfium).toContain('Description of Index Warrants, page ');
  });

  it('should give each bad PDF the code pdf.js gives it', async () => {
    const pdfs = Object.entries(badCodes).filter(([name]) => name.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(5);
    for (const [name, code] of pdfs) expect({ name, code: await codeOf(join(BAD_DIR, name), 'pdfium') }).toEqual({ name, code });
  });

  it('should refuse a PDF over the page limit with TOO_LARGE', async () => {
    expect(await codeOf(join(LETTERS_DIR, '2016-ajg-10k-upload.pdf'), 'pdfium')).toBe('read');
    await expect(loadPdf(new Uint8Array(readFileSync(join(LETTERS_DIR, '2016-ajg-10k-upload.pdf'))), 'ajg.pdf', 1, 'pdfium')).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('should go on reading PDFs after one it refused (the module stays usable)', async () => {
    const good = join(LETTERS_DIR, '2017-citigroup-s3-upload.pdf');
    const before = await loaded(good, 'pdfium');
    for (const name of ['truncated.pdf', 'pdf-header-garbage.pdf', 'encrypted.pdf']) await codeOf(join(BAD_DIR, name), 'pdfium');
    expect(await loaded(good, 'pdfium')).toEqual(before);
  });

  it('should be chosen by parseLetter\'s pdfEngine and by `--pdf-engine pdfium`, giving the same letter', async () => {
    const file = join(LETTERS_DIR, '2017-citigroup-s3-upload.pdf');
    const bytes = readFileSync(file);
    const byDefault = (await parseLetter(bytes, { file })).letter;
    expect((await parseLetter(bytes, { file, pdfEngine: 'pdfium' })).letter).toEqual(byDefault);
    const cli = await runCli(['parse', '--pdf-engine', 'pdfium', file]);
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout).comments).toEqual(byDefault.comments);
  });

  it('should refuse an engine it does not know, naming the choices', async () => {
    const { status, stderr } = await runCli(['parse', '--pdf-engine', 'mupdf', join(LETTERS_DIR, '2017-citigroup-s3-upload.pdf')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/pdfjs, pdfium/);
  });
});
