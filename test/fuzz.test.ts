// Mutation fuzzing of real letters: every damaged input ends in time with a schema-valid letter or a CorrespError with a stable code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorrespError, ErrorCode, LetterSchema, parseLetter } from '../src/index.js';
import { LETTERS_DIR } from './fixtures.js';

/** Fixed, so a failure reproduces; fast-check prints the mutation that failed. */
const SEED = 20_250_505;
const CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL));

const read = (name: string) => new Uint8Array(readFileSync(join(LETTERS_DIR, name)));

/**
 * Parse with `verify`: a letter must pass its schema and the coverage invariant; a failure must
 * be a CorrespError with a stable code (INTERNAL is our bug). No time bound per case: a wall-clock
 * bound fails on a busy machine, and linear time is asserted as growth in big-input.test.ts and
 * linear-time.test.ts; each test's timeout only guards against a hang.
 */
async function parsesOrFailsCleanly(bytes: Uint8Array, pdfEngine: 'pdfjs' | 'pdfium' = 'pdfjs'): Promise<string> {
  let outcome: string;
  try {
    const { letter, coverage } = await parseLetter(bytes, { file: 'fuzz', verify: true, pdfEngine });
    const checked = LetterSchema.safeParse(letter);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(coverage?.ok, coverage?.problem).toBe(true);
    outcome = 'letter';
  } catch (error) {
    if (!(error instanceof CorrespError)) throw error;
    expect(CODES, `${error.code}: ${error.message}`).toContain(error.code);
    outcome = error.code;
  }
  return outcome;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** One damage done to a file's bytes; the record is what fast-check prints when a case fails. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), bytes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 64 }) }),
  fc.record({
    kind: fc.constant('controls' as const),
    at: fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 7, 8, 11, 12, 13, 27, 127, 0x85, 0xad)), { minLength: 1, maxLength: 200 }),
  }),
  fc.record({ kind: fc.constant('nul-run' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200_000 }) }),
  fc.record({ kind: fc.constant('long-token' as const), at: fc.nat(), length: fc.integer({ min: 1_000, max: 1_000_000 }), char: fc.constantFrom('x', '1', '.', '-', '(', '<') }),
  fc.record({ kind: fc.constant('one-line' as const) }),
  fc.record({ kind: fc.constant('drop-range' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ kind: fc.constant('duplicate-range' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 20_000 }), to: fc.nat() }),
  fc.record({
    kind: fc.constant('tags' as const),
    at: fc.array(fc.tuple(fc.nat(), fc.constantFrom('<b>', '</b>', '<div>', '</div>', '<table><tr><td>', '</td>', '</table>', '<p', '>', '<!--', '<script>', '</p>', '<br/>')), { minLength: 1, maxLength: 40 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = Math.max(1, bytes.length);
  const insert = (text: string, at: number) => {
    const s = latin1(bytes);
    return fromLatin1(s.slice(0, at % n) + text + s.slice(at % n));
  };
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length * m.at));
    case 'flip': {
      const out = Uint8Array.from(bytes);
      for (const [at, value] of m.bytes) out[at % n] = value;
      return out;
    }
    case 'controls': {
      let s = latin1(bytes);
      for (const [at, code] of m.at) s = s.slice(0, at % n) + String.fromCharCode(code) + s.slice(at % n);
      return fromLatin1(s);
    }
    case 'nul-run':
      return insert('\0'.repeat(m.length), m.at);
    case 'long-token':
      return insert(m.char.repeat(m.length), m.at);
    case 'one-line':
      return fromLatin1(latin1(bytes).replace(/\r?\n/g, ' '));
    case 'drop-range':
      return Uint8Array.from([...bytes.subarray(0, m.at % n), ...bytes.subarray((m.at % n) + m.length)]);
    case 'duplicate-range': {
      const s = latin1(bytes);
      return insert(s.slice(m.from % n, (m.from % n) + m.length), m.to);
    }
    case 'tags': {
      let s = latin1(bytes);
      for (const [at, tag] of m.at) s = s.slice(0, at % n) + tag + s.slice(at % n);
      return fromLatin1(s);
    }
  }
}

const FILES: [string, number][] = [
  ['2017-21vianet-corresp.txt', 400],
  ['2017-citigroup-s3-corresp.htm', 300],
  ['2019-starbucks-10q-corresp.htm', 300],
  ['2017-citigroup-s3-upload.pdf', 100],
  ['2024-adm-10k-upload.pdf', 100],
];

describe('mutation fuzzing', () => {
  for (const [name, numRuns] of FILES) {
    it(`should end every damaged ${name} with a letter or a stable error code`, { timeout: 120_000 }, async () => {
      const original = read(name);
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          await parsesOrFailsCleanly(mutate(original, m));
        }),
        { seed: SEED, numRuns },
      );
    });
  }
  // The PDFium engine meets the same damage: C++ inside WebAssembly, whose traps must end as codes too.
  for (const [name, numRuns] of FILES.filter(([file]) => file.endsWith('.pdf'))) {
    it(`should end every damaged ${name} read by PDFium with a letter or a stable error code`, { timeout: 120_000 }, async () => {
      const original = read(name);
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          await parsesOrFailsCleanly(mutate(original, m), 'pdfium');
        }),
        { seed: SEED, numRuns },
      );
    });
  }
  it('should give PDFium\'s reading of each truncation of a PDF a letter or PDF_CORRUPT', async () => {
    const small = read('2020-carrier-staffaction.pdf');
    for (let at = 200; at < small.length - 1; at += 211) expect(['letter', 'PDF_CORRUPT', 'NOT_A_LETTER', 'PDF_NO_TEXT']).toContain(await parsesOrFailsCleanly(small.subarray(0, at), 'pdfium'));
  });
});

describe('tables set out by their columns', () => {
  // What EDGAR tables of figures hold: signs, closing marks, notes' marks, figures, words, wrapped cells, markers, nested tables.
  const cellText = fc.constantFrom('', '', '$', ')', '%', ')%', '**', '†', '1,234', '(56', '7.5', '—', 'Revenue', '2020', 'Three Months<br>Ended', '<p>a</p><p>b</p>', '1.', '•', 'Response:', 'Please revise.', '12&nbsp;', 'x\ty');
  const span = fc.constantFrom('', '', '', ' colspan="2"', ' colspan="1000"', ' colspan="x"', ' colspan="-1"', ' rowspan="2"', ' rowspan="100000"', ' colspan="3" rowspan="2"');
  const cell = fc.oneof(
    { weight: 9, arbitrary: fc.tuple(span, cellText).map(([a, t]) => `<td${a}>${t}</td>`) },
    { weight: 1, arbitrary: fc.tuple(cellText, cellText).map(([a, b]) => `<td><table><tr><td>${a}</td><td>${b}</td></tr></table></td>`) },
  );
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 8 }).map((rows) => `<table>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>`);

  it('should keep every word of any table, once and in order, in a letter that answers around it', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const html = `<p>May 1, 2024</p><p>Re: Example Corp.</p><p>Ladies and Gentlemen:</p><p>Our responses follow.</p><p>1. Please tell us your sales.</p><p>Response: They were:</p>${t}<p>2. Please revise.</p><p>Response: We will.</p><p>Sincerely,</p><p>Jane Doe</p>`;
        expect(await parsesOrFailsCleanly(new TextEncoder().encode(html))).toBe('letter');
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('targeted damage', () => {
  const pdf = read('2017-citigroup-s3-upload.pdf');
  const kids = '/Kids[ 3 0 R 14 0 R]';

  it('should read a PDF with a page dropped from its page tree (same length, xref intact)', async () => {
    const text = latin1(pdf);
    expect(text).toContain(kids);
    const dropped = text.replace(kids, '/Kids[ 14 0 R      ]').replace('/Count 2', '/Count 1');
    expect(await parsesOrFailsCleanly(fromLatin1(dropped))).toBe('letter');
  });

  it('should read a PDF with a page listed twice (page tree longer, xref offsets off)', async () => {
    const duplicated = latin1(pdf).replace(kids, '/Kids[ 3 0 R 14 0 R 14 0 R]').replace('/Count 2', '/Count 3');
    expect(['letter', 'PDF_CORRUPT']).toContain(await parsesOrFailsCleanly(fromLatin1(duplicated)));
  });

  it('should give PDF_CORRUPT for a PDF header followed by garbage', async () => {
    const garbage = fc.sample(fc.uint8Array({ minLength: 10_000, maxLength: 10_000 }), { seed: SEED, numRuns: 1 })[0] as Uint8Array;
    expect(await parsesOrFailsCleanly(new Uint8Array([...fromLatin1('%PDF-1.7\n'), ...garbage]))).toBe('PDF_CORRUPT');
  });

  it('should give PDF_CORRUPT for each truncation of a PDF inside its xref table and trailer', async () => {
    const small = read('2020-carrier-staffaction.pdf');
    const xref = latin1(small).lastIndexOf('xref');
    for (let at = xref; at < small.length - 1; at += 37) expect(['letter', 'PDF_CORRUPT']).toContain(await parsesOrFailsCleanly(small.subarray(0, at)));
  });

  it('should read an HTML letter with every tag stripped as plain text', async () => {
    for (const name of ['2017-citigroup-s3-corresp.htm', '2019-starbucks-10q-corresp.htm', '2021-meta-10k-corresp.htm']) {
      const stripped = latin1(read(name)).replace(/<[^>]*>/g, ' ');
      expect(await parsesOrFailsCleanly(fromLatin1(stripped))).toBe('letter');
    }
  });

  it('should read an HTML letter with its tags unbalanced: every end tag in its body removed, or every start tag', async () => {
    const html = latin1(read('2019-starbucks-10q-corresp.htm'));
    // In the body only: without </title> the rest of a page is its title, in a browser too.
    const body = html.search(/<body/i);
    expect(await parsesOrFailsCleanly(fromLatin1(html.slice(0, body) + html.slice(body).replace(/<\/[^>]*>/g, '')))).toBe('letter');
    expect(['letter', 'NOT_A_LETTER']).toContain(await parsesOrFailsCleanly(fromLatin1(html.replace(/<[a-z][^>]*>/gi, ''))));
  });

  it('should read a letter wrapped in 100,000 nested <div> and <b>', async () => {
    const html = latin1(read('2017-citigroup-s3-corresp.htm'));
    const body = html.search(/<body[^>]*>/i);
    const wrapped = `${html.slice(0, body)}<body>${'<div><b>'.repeat(50_000)}${html.slice(body)}${'</b></div>'.repeat(50_000)}`;
    expect(await parsesOrFailsCleanly(fromLatin1(wrapped))).toBe('letter');
  });
});
