// The decompression-bomb check: real letters pass untouched, a stream past the ceiling is TOO_LARGE, the limit is exact.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseDecompressionBombs } from '../src/load/pdf-streams.js';
import { contentStringBomb, fontBomb } from '../scripts/lib/hostile-pdf.mjs';
import { LETTERS_DIR } from './fixtures.js';

const MiB = 1024 * 1024;

describe('refuseDecompressionBombs', () => {
  it('should let every fixture PDF through', () => {
    const pdfs = readdirSync(LETTERS_DIR).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(10);
    for (const f of pdfs) expect(() => refuseDecompressionBombs(readFileSync(join(LETTERS_DIR, f)), f)).not.toThrow();
  });

  it('should refuse a font or a content stream that inflates past the ceiling, and accept one just under it', () => {
    expect(() => refuseDecompressionBombs(fontBomb(3000), 'font.pdf')).toThrow(expect.objectContaining({ code: 'TOO_LARGE', file: 'font.pdf' }));
    expect(() => refuseDecompressionBombs(contentStringBomb(2), 'two.pdf', 1 * MiB)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => refuseDecompressionBombs(contentStringBomb(2), 'two.pdf', 3 * MiB)).not.toThrow();
  });

  it('should leave damaged stream data to pdf.js to judge', () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Length 8 /Filter /FlateDecode >>\nstream\nnotzlib!\nendstream\nendobj\n');
    expect(() => refuseDecompressionBombs(pdf, 'damaged.pdf')).not.toThrow();
  });
});
