// corresp thread: evidence read from a letter, grouping and links on hand-made stubs, the ground truth in fixtures/threads, the command end to end.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ConversationJson, type LetterJson, threadLetters } from '../src/index.js';
import { ConversationSchema } from '../src/schema.js';
import { type Citation, type CommentStub, companyKey, epochDay, type FilingStub, LetterRole, type LetterStub, normaliseFileNumber, readCitations } from '../src/thread/evidence.js';
import { groupLetters } from '../src/thread/group.js';
import { linkComments, linkLetters } from '../src/thread/link.js';
import { buildConversation } from '../src/thread/emit.js';
// @ts-expect-error: a plain .mjs script, no types
import { byStem, readPredicted, score } from '../scripts/thread-eval.mjs';
import { parse as parseCsv } from 'csv-parse/sync';
import { unescapeTsv } from '../src/format/table.js';
import { LETTERS_DIR, runCli } from './fixtures.js';

let nextIndex = 0;
/** A stub as evidence.ts would make it, with only what a test names. */
function stub(file: string, fields: Omit<Partial<LetterStub>, 'comments'> & { date: string; filings?: (Partial<FilingStub> & { form: string })[]; comments?: (Partial<CommentStub> & Pick<CommentStub, 'number' | 'text'>)[] }): LetterStub {
  const kind = fields.kind ?? 'staff';
  return {
    index: nextIndex++,
    file,
    kind,
    category: fields.category ?? 'comments',
    role: fields.role ?? (kind === 'staff' ? LetterRole.comments : LetterRole.response),
    date: fields.date,
    day: epochDay(fields.date),
    company: fields.company ?? 'Acme Corp.',
    companyKey: companyKey(fields.company ?? 'Acme Corp.'),
    cik: fields.cik ?? null,
    registrations: fields.registrations ?? [],
    companyNumbers: fields.companyNumbers ?? ['001-12345'],
    filings: (fields.filings ?? []).map((f) => ({ fiscalYearEnd: null, filedOn: null, amendment: false, ...f })),
    citations: fields.citations ?? [],
    citesPriorComments: fields.citesPriorComments ?? false,
    comments: (fields.comments ?? []).map((c) => ({ headings: [], response: null, priorComments: [], citedStaffDates: [], topics: [], citations: [], actions: [], ...c })),
  };
}
const cite = (date: string, role: Citation['role']): Citation => ({ date, day: epochDay(date), role });
const files = (groups: { letters: LetterStub[] }[]) => groups.map((g) => g.letters.map((l) => l.file)).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

describe('evidence', () => {
  it('should reduce registrant names to one key (case, punctuation, "The", legal form)', () => {
    expect(companyKey('Capital One Financial Corp.')).toBe(companyKey('Capital One Financial Corporation'));
    expect(companyKey('LENNAR CORP')).toBe(companyKey('Lennar Corporation'));
    expect(companyKey('The Boeing Company')).toBe('boeing');
    expect(companyKey('BB&T Corporation')).toBe('bb and t');
    expect(companyKey('Expedia, Inc.')).not.toBe(companyKey('Booking Holdings Inc.'));
  });

  it('should read short Exchange Act numbers as their three-digit form', () => {
    expect(normaliseFileNumber('1-09924')).toBe('001-09924');
    expect(normaliseFileNumber('001-09924')).toBe('001-09924');
    expect(normaliseFileNumber('333\u2011216372')).toBe('333-216372');
  });

  it('should tell whose letter a cited date names', () => {
    const inResponse = readCitations('We refer to the Staff’s letter dated June 28, 2016 regarding the Form 10-K filed February 26, 2016.', 'company', null);
    expect(inResponse).toEqual([cite('2016-06-28', 'staff'), cite('2016-02-26', 'filing')]);
    const inStaff = readCitations(
      'We have reviewed your July 13, 2016 response to our comment letter. Our references to prior comments are to comments in our June 28, 2016 letter.',
      'staff',
      null,
    );
    expect(inStaff).toEqual([cite('2016-07-13', 'company'), cite('2016-06-28', 'staff')]);
    expect(readCitations('Form 10-K for the Fiscal Year Ended December 31, 2015', 'staff', null)).toEqual([]);
    expect(readCitations('Re: Form 10-K\nResponse Dated July 13, 2016', 'staff', null)).toEqual([cite('2016-07-13', 'company')]);
  });
});

describe('grouping', () => {
  it('should split reviews of two fiscal years that share a company-wide file number', () => {
    const groups = groupLetters([
      stub('a', { date: '2016-06-01', filings: [{ form: '10-K', fiscalYearEnd: '2015-12-31' }] }),
      stub('b', { date: '2016-06-15', kind: 'response', filings: [{ form: '10-K', fiscalYearEnd: '2015-12-31' }], citations: [cite('2016-06-01', 'staff')] }),
      stub('c', { date: '2017-07-01', filings: [{ form: '10-K', fiscalYearEnd: '2016-12-31' }] }),
    ]);
    expect(files(groups)).toEqual([['a', 'b'], ['c']]);
  });

  it('should give the same conversations, letters in the same order, whatever order the letters come in (two acceleration requests of one day, c0007 and c0852)', () => {
    const letters = () => [
      stub('c0363', { date: '2021-03-01', registrations: ['333-1'], filings: [{ form: 'S-1' }] }),
      stub('c0852', { date: '2021-04-13', kind: 'unknown', category: 'acceleration-request', role: LetterRole.acceleration, registrations: ['333-1'], filings: [{ form: 'S-1' }] }),
      stub('c0007', { date: '2021-04-13', kind: 'unknown', category: 'acceleration-request', role: LetterRole.acceleration, registrations: ['333-1'], filings: [{ form: 'S-1' }] }),
      stub('c0100', { date: '2021-03-10', kind: 'response', registrations: ['333-1'], filings: [{ form: 'S-1' }], citations: [cite('2021-03-01', 'staff')] }),
    ];
    const order = (stubs: LetterStub[]) => groupLetters(stubs).map((g) => g.letters.map((l) => l.file));
    const want = order(letters());
    expect(want).toEqual([['c0363', 'c0100', 'c0007', 'c0852']]);
    expect(order(letters().reverse())).toEqual(want);
    expect(order([...letters().slice(2), ...letters().slice(0, 2)])).toEqual(want);
  });

  it('should join the amendments of one registration statement by its 333- number and keep two S-4s apart', () => {
    const groups = groupLetters([
      stub('s1', { date: '2021-01-10', registrations: ['333-1001'], filings: [{ form: 'S-4', filedOn: '2021-01-02' }] }),
      stub('s2', { date: '2021-02-10', registrations: ['333-1001'], filings: [{ form: 'S-4', filedOn: '2021-02-01', amendment: true }] }),
      stub('t1', { date: '2021-02-11', registrations: ['333-2002'], filings: [{ form: 'S-4', filedOn: '2021-02-05' }], role: LetterRole.noReview }),
    ]);
    expect(files(groups)).toEqual([['s1', 's2'], ['t1']]);
  });

  it('should keep a 10-K review and an S-4 review open at the same time apart', () => {
    const groups = groupLetters([
      stub('k1', { date: '2019-07-01', filings: [{ form: '10-K', fiscalYearEnd: '2018-12-31' }] }),
      stub('s1', { date: '2019-07-01', registrations: ['333-5'], filings: [{ form: 'S-4', filedOn: '2019-06-07' }] }),
      stub('s2', { date: '2019-07-03', kind: 'response', registrations: ['333-5'], filings: [{ form: 'S-4' }], citations: [cite('2019-07-01', 'staff')] }),
      stub('k2', { date: '2019-07-15', kind: 'response', filings: [{ form: '10-K', fiscalYearEnd: '2018-12-31' }], citations: [cite('2019-07-01', 'staff')] }),
    ]);
    expect(files(groups)).toEqual([['k1', 'k2'], ['s1', 's2']]);
  });

  it('should follow a cited date when the Re: block changes form inside one review', () => {
    const groups = groupLetters([
      stub('a', { date: '2022-05-02', filings: [{ form: '10-K', fiscalYearEnd: '2021-12-31' }] }),
      stub('b', { date: '2022-05-26', filings: [{ form: '10-Q', fiscalYearEnd: '2022-03-31' }], citations: [cite('2022-05-02', 'staff')] }),
    ]);
    expect(files(groups)).toEqual([['a', 'b']]);
  });

  it('should not join a letter to a review of years before because it mentions an old letter', () => {
    const groups = groupLetters([
      stub('old', { date: '2016-07-12', kind: 'response', filings: [{ form: '10-K', fiscalYearEnd: '2015-12-31' }] }),
      stub('new', { date: '2019-08-08', filings: [{ form: '10-K', fiscalYearEnd: '2018-12-31' }], citations: [cite('2016-07-12', 'company')] }),
    ]);
    expect(files(groups)).toEqual([['new'], ['old']]);
  });

  it('should join the registrant across a name change by its Exchange Act number', () => {
    const groups = groupLetters([
      stub('a', { date: '2018-01-10', company: 'Expedia, Inc.', companyNumbers: ['001-37429'], filings: [{ form: '10-K', fiscalYearEnd: '2017-12-31' }] }),
      stub('b', { date: '2018-02-10', company: 'Expedia Group, Inc.', kind: 'response', companyNumbers: ['001-37429'], filings: [{ form: '10-K', fiscalYearEnd: '2017-12-31' }] }),
    ]);
    expect(files(groups)).toEqual([['a', 'b']]);
  });

  it('should make a letter with no date that names no letter a conversation of its own, with a warning', () => {
    const undated = { ...stub('x', { date: '2020-01-01' }), date: null, day: null };
    const groups = groupLetters([undated, stub('y', { date: '2020-01-02' })]);
    expect(groups.find((g) => g.letters[0]?.file === 'x')?.warnings[0]?.code).toBe('NO_DATE');
  });

  it('should place a letter with no date after the latest letter it names, in that review, with a warning (c0733)', () => {
    const filings = [{ form: '10-K', fiscalYearEnd: '2023-12-31' }];
    const answer = { ...stub('answer', { date: '2024-01-01', kind: 'response', filings, citations: [cite('2024-08-22', 'staff')] }), date: null, day: null };
    const groups = groupLetters([
      stub('comments', { date: '2024-08-22', filings }),
      answer,
      stub('follow-up', { date: '2024-10-01', filings, citesPriorComments: true }),
      stub('other-review', { date: '2022-03-01', filings: [{ form: '10-K', fiscalYearEnd: '2021-12-31' }] }),
    ]);
    const review = groups.find((g) => g.letters.some((l) => l.file === 'answer'));
    expect(review?.letters.map((l) => l.file)).toEqual(['comments', 'answer', 'follow-up']);
    expect(review?.warnings).toEqual([{ code: 'NO_DATE', message: 'answer: no date printed: placed after the latest letter it names' }]);
    // The letter keeps no date of its own in the output: the placement only orders it.
    expect(review?.letters[1]?.date).toBeNull();
  });
});

describe('links', () => {
  it('should link answers by cited date, follows by the amendment filed the day of the response, and closedBy', () => {
    const letters = [
      stub('s1', { date: '2017-03-01', registrations: ['333-9'], comments: [{ number: 1, headings: [], text: 'Revise.', response: null, priorComments: [], citedStaffDates: [] }] }),
      stub('r1', { date: '2017-03-15', kind: 'response', registrations: ['333-9'], citations: [cite('2017-03-01', 'staff')], comments: [{ number: 1, headings: [], text: 'Revise.', response: 'Revised.', priorComments: [], citedStaffDates: [] }] }),
      stub('s2', {
        date: '2017-03-29',
        registrations: ['333-9'],
        filings: [{ form: 'S-1', filedOn: '2017-03-15', amendment: true }],
        comments: [{ number: 1, headings: [], text: 'We note your response to prior comment 1.', response: null, priorComments: [1], citedStaffDates: [] }],
      }),
      stub('c', { date: '2017-04-10', registrations: ['333-9'], role: LetterRole.reviewComplete, category: 'review-complete' }),
    ];
    const links = linkLetters(letters);
    expect(links.answers).toEqual([null, 0, null, null]);
    expect(links.follows).toEqual([null, null, 1, null]);
    expect(links.closedBy).toBe(3);
    const comments = linkComments(letters, links);
    expect(comments[0]?.response).toEqual({ letter: 1, text: 'Revised.', actions: [] });
    expect(comments[0]?.followUps).toEqual([{ letter: 2, number: 1 }]);
    const record = buildConversation({ letters, warnings: [] });
    expect(ConversationSchema.parse(record).status).toBe('closed');
    expect(record).toMatchObject({ closedBy: 'c', rounds: 2, days: 40, start: '2017-03-01', conversation: 'acme-2017-03-01-s-1' });
  });

  it('should give null answers when the cited staff letter is not in the input', () => {
    const letters = [stub('s1', { date: '2019-06-01' }), stub('r1', { date: '2019-07-05', kind: 'response', citations: [cite('2019-07-03', 'staff')] })];
    expect(linkLetters(letters).answers).toEqual([null, null]);
  });
});

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'letters');
const THREADS = join(import.meta.dirname, '..', 'fixtures', 'threads');
const HOLDOUT = join(import.meta.dirname, '..', 'fixtures', 'threads-holdout');
const HOLDOUT2 = join(import.meta.dirname, '..', 'fixtures', 'threads-holdout2');
const FLAT = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'flat-text');

describe.skipIf(!existsSync(CORPUS))('ground truth (fixtures/threads, threads-holdout and threads-holdout2 over ../shared/corpus)', () => {
  it('should keep pairwise F1, answers, follows and closedBy at or above the measured floor', async () => {
    const dirs = [THREADS, HOLDOUT, HOLDOUT2];
    const labelled = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).files as string[]),
    );
    const { status, stdout } = await runCli(['thread', '-q', ...[...new Set(labelled)].map((f) => join(CORPUS, f))]);
    expect(status).toBe(0);
    const predicted = readPredicted(stdout);
    const rate = ([ok, all]: [number, number]) => ok / all;
    // Measured 1.000 / 46 of 46 / 56 of 56 / 60 of 60 (threads) and 1.000 / 39 / 33 / 31 all right (holdout)
    // when written; the floors allow about one miss each.
    // holdout2 (scored blind at F1 0.962, answers 26/28 before three general rules) measured 0.993 and
    // 27/28 until an undated response was placed after the letter it names (c0733): now 1.000 and 28/28.
    for (const dir of dirs) {
      const result = score(predicted, dir);
      expect(result.f1).toBeGreaterThanOrEqual(0.98);
      expect(rate(result.answers)).toBeGreaterThanOrEqual(0.97);
      expect(rate(result.follows)).toBeGreaterThanOrEqual(0.97);
      expect(rate(result.closedBy)).toBeGreaterThanOrEqual(0.96);
    }
  }, 120_000);

  it.skipIf(!existsSync(FLAT))('should group the same letters flattened as well (line breaks collapsed, as scrapers hand them out)', async () => {
    // Measured 1.000 and every link right on all three label sets when written (0.987 at the start of that stop).
    const dirs = [THREADS, HOLDOUT, HOLDOUT2];
    const stems = new Set(dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).files as string[])).map((f) => f.replace(/\.\w+$/, '')));
    const { status, stdout } = await runCli(['thread', '-q', ...[...stems].map((stem) => join(FLAT, `${stem}.txt`))]);
    expect(status).toBe(0);
    const rate = ([ok, all]: [number, number]) => ok / all;
    for (const dir of dirs) {
      const result = score(byStem(readPredicted(stdout), dir), dir);
      // About one miss each allowed; the build before measured F1 0.987 and answers 95.7% on fixtures/threads, under these floors.
      expect(result.f1, dir).toBeGreaterThanOrEqual(0.99);
      expect(rate(result.answers), dir).toBeGreaterThanOrEqual(0.97);
      expect(rate(result.follows), dir).toBeGreaterThanOrEqual(0.97);
    }
  }, 120_000);
});

describe('corresp thread (command line)', () => {
  const STAFF = join(LETTERS_DIR, '2024-adm-10k-upload.pdf');
  const RESPONSE = join(LETTERS_DIR, '2024-adm-10k-corresp.htm');
  const CLOSING = join(LETTERS_DIR, '2024-adm-10k-completed-upload.pdf');
  let records: string[] = [];

  beforeAll(async () => {
    const { stdout } = await runCli(['parse', '--ndjson', '-q', STAFF, RESPONSE, CLOSING]);
    records = stdout.trim().split('\n');
  }, 60_000);

  it('should group parse records from standard input into schema-valid conversations ordered by first date', async () => {
    const { status, stdout, stderr } = await runCli(['thread', '-'], `${records.join('\n')}\n`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const conversations = stdout.trim().split('\n').map((l) => ConversationSchema.parse(JSON.parse(l)));
    const starts = conversations.map((c) => c.start ?? '');
    expect(starts).toEqual([...starts].sort());
    const all = conversations.flatMap((c) => c.letters.map((l) => l.file));
    expect(all.sort()).toEqual([CLOSING, RESPONSE, STAFF].sort());
  });

  it('when a line on standard input is malformed then names its line, exits 1 and still groups the rest', async () => {
    const input = [records[0], '{"not": "a record"', records[1], records[2]].join('\n');
    const { status, stdout, stderr } = await runCli(['thread', '-'], input);
    expect(status).toBe(1);
    expect(stderr).toMatch(/line 2: .*\[BAD_RECORD\]/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    const letters = stdout.trim().split('\n').flatMap((l) => JSON.parse(l).letters.map((x: { file: string }) => x.file));
    expect(letters).toHaveLength(3);
  });

  it('should read saved parse output named on the command line (NDJSON, one indented JSON document, a folder of them) rather than parse it as letters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corresp-thread-'));
    const saved = join(dir, 'review.ndjson');
    writeFileSync(saved, `${records[0]}\n${records[1]}\n`);
    const one = join(dir, 'closing.json');
    writeFileSync(one, `${JSON.stringify(JSON.parse(records[2] as string), null, 2)}\n`);
    const { status, stdout, stderr } = await runCli(['thread', saved, one]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const letters = stdout.trim().split('\n').flatMap((l) => ConversationSchema.parse(JSON.parse(l)).letters.map((x) => x.file));
    expect(letters.sort()).toEqual([CLOSING, RESPONSE, STAFF].sort());
    // A folder of saved records and no letters (parse --out-dir's) is read the same.
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    for (const [i, record] of records.entries()) writeFileSync(join(outDir, `letter${i}.json`), `${JSON.stringify(JSON.parse(record), null, 2)}\n`);
    const folder = await runCli(['thread', outDir]);
    expect(folder.status).toBe(0);
    expect(folder.stdout).toBe(stdout);
    // Saved under another name (a.nd, `corresp parse … > out.txt`), it is told by what it holds: no letter opens with a JSON object.
    writeFileSync(join(dir, 'review.nd'), `${records[0]}\n${records[1]}\n`);
    writeFileSync(join(dir, 'closing.txt'), `${JSON.stringify(JSON.parse(records[2] as string), null, 2)}\n`);
    const renamed = await runCli(['thread', join(dir, 'review.nd'), join(dir, 'closing.txt')]);
    expect(renamed.stderr).toBe('');
    expect(renamed.status).toBe(0);
    expect(renamed.stdout).toBe(stdout);
    // A text letter is still a letter, parsed.
    const text = await runCli(['thread', '-q', join(LETTERS_DIR, '2017-21vianet-corresp.txt')]);
    expect(text.status).toBe(0);
    expect(ConversationSchema.parse(JSON.parse(text.stdout)).letters.map((x) => x.kind)).toEqual(['response']);
    // A line that is no parse record is named with its file and line; the rest is grouped.
    writeFileSync(saved, `${records[0]}\nnot json\n`);
    const bad = await runCli(['thread', saved]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/review\.ndjson line 2: not JSON .*\[BAD_RECORD\]/);
    expect(JSON.parse(bad.stdout.trim()).letters[0].file).toBe(STAFF);
  });

  it('should pass error records through and exit 1', async () => {
    const error = JSON.stringify({ source: { file: 'bad.pdf' }, error: { code: 'PDF_CORRUPT', message: 'damaged' } });
    const { status, stdout } = await runCli(['thread', '-'], `${error}\n${records[0]}\n`);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual(JSON.parse(error));
    expect(lines[1].letters[0].file).toBe(STAFF);
  });

  it('should parse files itself, with an error record for a file that fails, and write CSV rows per staff comment', async () => {
    const { status, stdout, stderr } = await runCli(['thread', '-q', '--format', 'csv', STAFF, RESPONSE, join(LETTERS_DIR, 'no-such-letter.pdf')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/no-such-letter\.pdf.*\[READ_FAILED\]/);
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toBe('conversation,letter,date,number,headings,topics,answered,response_letter,response_date,days_to_answer,follow_ups,citations,response_actions');
    const staff = JSON.parse(records[0] as string);
    expect(lines).toHaveLength(1 + staff.comments.length);
    expect(lines.slice(1).every((l) => l.includes(STAFF))).toBe(true);
  });

  it("should carry each staff comment's citations and its answer's actions from the letters' own records", async () => {
    const [staff, response] = [JSON.parse(records[0] as string), JSON.parse(records[1] as string)] as LetterJson[];
    const [conversation] = threadLetters(records.map((r) => JSON.parse(r)));
    const comments = (conversation as ConversationJson).comments.filter((c) => c.letter === STAFF);
    expect(comments.map((c) => c.citations)).toEqual(staff?.comments.map((c) => c.references.citations));
    expect(comments.map((c) => c.response?.actions)).toEqual(staff?.comments.map((c) => response?.comments.find((r) => r.number === c.number)?.response?.actions));
    expect(comments.some((c) => c.citations.length > 0) && comments.some((c) => (c.response?.actions.length ?? 0) > 0)).toBe(true);
  });

  it('should group the same records as the library function threadLetters does, error records passed over', async () => {
    const { stdout } = await runCli(['thread', '-'], `${records.join('\n')}\n`);
    const error = { source: { file: 'bad.pdf' }, error: { code: 'PDF_CORRUPT', message: 'damaged' } };
    expect(threadLetters([error, ...records.map((r) => JSON.parse(r))])).toEqual(stdout.trim().split('\n').map((l) => JSON.parse(l)));
    expect(() => threadLetters([JSON.parse(records[0] as string), { letter: {} } as never])).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/element 1/) }));
  });

  it('should write one conversation as an indented JSON document with --format json, and several as NDJSON', async () => {
    const ndjson = await runCli(['thread', '-'], `${records.join('\n')}\n`);
    const lines = ndjson.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const one = await runCli(['thread', '--format', 'json', '-'], `${records.join('\n')}\n`);
    expect(one.status).toBe(0);
    expect(one.stdout.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(lines[0] as string));
    // A second review (another company's letter): NDJSON, one line each, as `parse` writes several letters.
    const other = JSON.parse(records[0] as string);
    other.source.file = 'other.pdf';
    other.letter.company = 'Another Company Inc.';
    const two = await runCli(['thread', '--format', 'json', '-'], `${[...records, JSON.stringify(other)].join('\n')}\n`);
    expect(two.stdout.trim().split('\n').map((l) => ConversationSchema.parse(JSON.parse(l)).company).sort()).toEqual(['Another Company Inc.', 'Archer-Daniels-Midland Co']);
  });

  it('should write the CSV columns as TSV with --format tsv, one line per staff comment, fields unescaping to the CSV fields', async () => {
    const csv = await runCli(['thread', '--format', 'csv', '-'], `${records.join('\n')}\n`);
    const tsv = await runCli(['thread', '--format', 'tsv', '-'], `${records.join('\n')}\n`);
    expect(tsv.status).toBe(0);
    const rows = tsv.stdout.split('\n').slice(0, -1).map((line) => line.split('\t').map(unescapeTsv));
    expect(tsv.stdout.endsWith('\n')).toBe(true);
    expect(rows).toEqual(parseCsv(csv.stdout) as string[][]);
    expect(rows.length).toBe(1 + JSON.parse(records[0] as string).comments.length);
  });

  it('should write the review as Markdown with --format md: its letters, each staff comment under its headings, the answer quoted', async () => {
    // A comment whose words look like markup must stay words.
    const staff = JSON.parse(records[0] as string);
    staff.comments[0].text = `# Not a heading *nor emphasis* <b>nor HTML</b>\n1. nor a list\n\n${staff.comments[0].text}`;
    const error = JSON.stringify({ source: { file: 'bad.pdf' }, error: { code: 'PDF_CORRUPT', message: 'damaged' } });
    const { status, stdout } = await runCli(['thread', '--format', 'md', '-'], `${[error, JSON.stringify(staff), ...records.slice(1)].join('\n')}\n`);
    expect(status).toBe(1);
    const [notParsed, review] = stdout.split('\n---\n\n');
    expect(notParsed).toMatch(/^# bad\.pdf\n\nNot parsed: damaged \(`PDF_CORRUPT`\)/);
    expect(review).toMatch(/^# Archer-Daniels-Midland Co: SEC review, 2024-05-22 to 2024-12-18\n/);
    expect(review).toContain(`| Status | closed by ${CLOSING} |`);
    // The review's topics and what its answers commit to, each with its count when more than one.
    const counts = new Map<string, number>();
    for (const c of staff.comments as { topics: string[] }[]) for (const t of c.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    const topicsRow = /^\| Topics \| (.*) \|$/m.exec(review ?? '')?.[1]?.split(', ') ?? [];
    expect(topicsRow.sort()).toEqual([...counts].map(([t, n]) => (n > 1 ? `${t} (${n})` : t)).sort());
    expect(review).toMatch(/^\| Answers commit to \| [a-z-]+(?: \(\d+\))?(?:, [a-z-]+(?: \(\d+\))?)* \|$/m);
    for (const file of [STAFF, RESPONSE, CLOSING]) expect(review).toMatch(new RegExp(`^\\| \\d{4}-\\d\\d-\\d\\d \\| ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`, 'm'));
    const lines = review?.split('\n') ?? [];
    // Every staff comment, once, by number; each answered one followed by its answer quoted, with the response's letter and date.
    expect(lines.filter((l) => /^\*\*\d+\.\*\* /.test(l)).map((l) => Number(/\d+/.exec(l)?.[0]))).toEqual(staff.comments.map((c: { number: number }) => c.number));
    const answered = staff.comments.map((c: { number: number }) => JSON.parse(records[1] as string).comments.find((r: { number: number }) => r.number === c.number).response.actions.join(', '));
    const answers = lines.filter((l) => l.startsWith(`> **Response** (${RESPONSE}, 2024-06-12, 21 days later`));
    expect(answers.map((l) => /later(?:; ([^)]*))?\): /.exec(l)?.[1] ?? '')).toEqual(answered);
    expect(answers).toHaveLength(staff.comments.length);
    expect(lines).toContain(`### ${STAFF}, 2024-05-22`);
    expect(lines).toContain(`#### ${staff.comments[0].headings[0]}`);
    expect(review).toContain('\\# Not a heading \\*nor emphasis\\* \\<b\\>nor HTML\\</b\\>\\\n1\\. nor a list');
  });
});
