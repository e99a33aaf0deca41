// Builds hostile PDFs in memory for the hardening tests: decompression bombs in a content string and in an embedded font.
import { deflateSync } from 'node:zlib';

/** A minimal PDF: numbered objects, a cross-reference table and a trailer pointing at object 1 (the catalog). */
export function buildPdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let position = parts[0]!.length;
  objects.forEach((object, i) => {
    offsets.push(position);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(object) ? object : Buffer.from(object), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    position += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) xref += `${String(offset).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${position}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

/** A flate-compressed stream object. */
function flateStream(dict: string, data: Buffer): Buffer {
  const body = deflateSync(data, { level: 9 });
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

const PAGE_TREE = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'];
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>';

/** One page whose content stream shows a single string of `mib` MiB that inflates from a few hundred KB. */
export function contentStringBomb(mib: number): Buffer {
  const content = Buffer.concat([Buffer.from('BT /F1 12 Tf 72 720 Td ('), Buffer.alloc(mib * 1024 * 1024, 'A'), Buffer.from(') Tj ET')]);
  return buildPdf([...PAGE_TREE, PAGE, flateStream('', content), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']);
}

/** One page of letter text whose embedded TrueType font inflates to `mib` MiB of zeros. */
export function fontBomb(mib: number): Buffer {
  const content = Buffer.from('BT /F1 12 Tf 72 720 Td (Dear Sir: 1. Please revise your disclosure.) Tj ET');
  return buildPdf([
    ...PAGE_TREE,
    PAGE,
    flateStream('', content),
    '<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>',
    '<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>',
    flateStream(`/Length1 ${mib * 1024 * 1024}`, Buffer.alloc(mib * 1024 * 1024)),
  ]);
}
