// The PDF stack is one pdf.js: pdf-parse opens the file, and the positioned text comes from the pdf.js it pins.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { dependencies?: Record<string, string>; version?: string };

describe('dependencies', () => {
  it('should pin pdfjs-dist to the exact version pdf-parse pins, so that an install of corresp holds one copy', () => {
    const ours = json(join(root, 'package.json')).dependencies?.['pdfjs-dist'];
    const pdfParse = json(join(root, 'node_modules', 'pdf-parse', 'package.json')).dependencies?.['pdfjs-dist'];
    expect(pdfParse).toMatch(/^\d+\.\d+\.\d+$/);
    expect(ours).toBe(pdfParse);
  });

  it('should resolve pdfjs-dist to the same file from corresp and from pdf-parse', () => {
    const fromUs = createRequire(join(root, 'package.json')).resolve('pdfjs-dist/package.json');
    const fromPdfParse = createRequire(join(root, 'node_modules', 'pdf-parse', 'package.json')).resolve('pdfjs-dist/package.json');
    expect(fromPdfParse).toBe(fromUs);
  });
});
