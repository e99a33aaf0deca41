// Owns the output contract (schemaVersion 1) as a zod schema; `corresp schema` prints its JSON Schema.
// zod/mini, the tree-shakable API: the parser bundle carries 80 KB of zod instead of 800 KB, which every
// parser process read at start-up (a one-letter `corresp parse` waited on it).
import * as z from 'zod/mini';
import { ErrorCode } from './errors.js';
import { RESPONSE_ACTIONS } from './analyze/action-ids.js';
import { TOPIC_IDS } from './analyze/topic-ids.js';

/** A description for the JSON Schema (`corresp schema`) and for readers of this file. */
const describe = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const positiveInt = () => z.int().check(z.positive());
const count = () => z.int().check(z.nonnegative());
/** Who wrote a letter: the SEC staff, a company answering comments, or neither. */
const LetterKind = z.enum(['staff', 'response', 'unknown']);
/** What a letter is. */
const LetterCategory = z.enum(['comments', 'review-complete', 'no-review', 'extension-request', 'acceleration-request', 'other']);

export const FilingSchema = z.object({
  form: z.nullable(z.string()),
  fiscalYearEnd: z.nullable(isoDate),
  filedOn: z.nullable(isoDate),
  text: describe(z.string(), 'the Re: line(s) naming this filing, as printed'),
});

export const CommentSchema = z.object({
  number: positiveInt(),
  label: describe(z.string(), 'the number or label as printed ("1.", "Comment #1:")'),
  headings: describe(z.array(z.string()), 'heading chain in force, outermost first'),
  pageRef: describe(z.nullable(z.string()), 'page of the reviewed filing named in the nearest "…, page N" heading'),
  text: describe(z.string(), 'the staff comment, without its number'),
  parts: describe(
    z.optional(
      z.array(
        z.object({
          text: describe(z.string(), "the staff's words of this part (the first part opens the comment)"),
          response: z.object({ label: z.nullable(z.string()), text: describe(z.string(), "the company's answer to this part") }),
        }),
      ),
    ),
    'only when the company answers the comment\'s parts (bullets, questions) one by one, each under a label of its own: the parts in print order; `text` and `response.text` join them',
  ),
  topics: describe(z.array(z.enum(TOPIC_IDS)), 'taxonomy topics the comment is about, strongest first (`corresp topics` lists them)'),
  response: z.nullable(
    z.object({
      label: describe(z.nullable(z.string()), 'the label as printed ("Response:"), null when unlabelled'),
      text: z.string(),
      references: z.object({ citations: describe(z.array(z.string()), 'canonical citations in the response text') }),
      actions: describe(z.array(z.enum(RESPONSE_ACTIONS)), 'what the response commits to'),
    }),
  ),
  references: z.object({
    priorComments: z.array(positiveInt()),
    citations: describe(z.array(z.string()), 'canonical citations in the comment text ("S-K Item 303(b)(2)(ii)", "ASC 350-20-35-3C")'),
  }),
  location: z.object({
    start: describe(count(), 'offset in the normalised text where this comment (with its new headings) starts'),
    end: describe(count(), 'offset where it ends (exclusive)'),
    pages: describe(z.array(positiveInt()), '1-based pages of the letter the comment and its response occupy'),
    newHeadings: describe(count(), 'how many of `headings` (the last ones) are printed at this comment'),
  }),
});

export const LetterSchema = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    file: z.string(),
    format: z.enum(['text', 'html', 'pdf']),
    container: z.nullable(z.enum(['edgar'])),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    pages: z.nullable(positiveInt()),
    edgar: describe(
      z.nullable(
        z.object({
          cik: describe(z.nullable(z.string().check(z.regex(/^\d{1,10}$/))), '"CENTRAL INDEX KEY:" of the header, as printed (leading zeros kept)'),
          accession: describe(z.nullable(z.string().check(z.regex(/^\d{10}-\d{2}-\d{6}$/))), 'accession number ("0000950103-21-000702")'),
          formType: describe(z.nullable(z.string()), '"CONFORMED SUBMISSION TYPE:" (CORRESP, UPLOAD, LETTER …), else the first document\'s <TYPE>'),
          filedOn: describe(z.nullable(isoDate), '"FILED AS OF DATE:" as an ISO date'),
        }),
      ),
      'what an EDGAR container says about the filing; null when the input is not in one. A <DOCUMENT> wrapper alone gives only formType',
    ),
  }),
  letter: z.object({
    kind: LetterKind,
    category: LetterCategory,
    date: z.nullable(isoDate),
    company: z.nullable(z.string()),
    subject: z.nullable(z.string()),
    filings: z.array(FilingSchema),
    fileNumbers: z.array(z.string()),
    inReplyTo: z.nullable(isoDate),
    salutation: z.nullable(z.string()),
    signatories: describe(
      z.array(z.object({ name: describe(z.string(), 'a person: a letter signed by the Division alone has no signatory'), title: z.nullable(z.string()) })),
      'who signs, in order',
    ),
    office: describe(
      z.nullable(z.string()),
      'the reviewing office of the Division of Corporation Finance ("Office of Manufacturing"), from the signature block or an address block naming the Division',
    ),
    staffContacts: describe(
      z.array(z.object({ name: z.string(), phone: describe(z.string(), 'as 202-551-3652') })),
      'staff letters: the people to call ("You may contact Name at (202) 551-…"), "me" being the person who signs',
    ),
    cc: z.array(z.string()),
    head: describe(z.string(), 'everything before the body: letterhead, date, addressee, Re: block, salutation'),
  }),
  preamble: z.string(),
  comments: z.array(CommentSchema),
  closing: z.string(),
  attachments: describe(
    z.array(z.object({ title: describe(z.string(), 'its title line as printed: "Exhibit A", "Attachment 1 – Revised Disclosure"'), text: z.string() })),
    'documents appended after the letter is signed (proposed disclosure, revised tables, an earlier letter), each from its title line to the next; the closing ends before the first',
  ),
  parser: z.object({ name: z.literal('corresp'), version: z.string() }),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), offset: z.optional(count()) })),
});

/** One parsed letter, as emitted. */
export type LetterJson = z.infer<typeof LetterSchema>;
export type CommentJson = z.infer<typeof CommentSchema>;

/** The record emitted for an input that failed (NDJSON line, or OUT/<name>.error.json). */
export const ErrorRecordSchema = z.strictObject({
  source: z.strictObject({ file: describe(z.string(), 'the input as named on the command line or found in a folder') }),
  error: z.strictObject({
    code: describe(z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]), 'stable error code (README: error codes)'),
    message: z.string(),
  }),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** Any line of `corresp parse` output: a parsed letter or the error record of a failed input. */
export const RecordSchema = z.union([LetterSchema, ErrorRecordSchema]);

/** One letter of a conversation (`corresp thread`). */
export const ConversationLetterSchema = z.object({
  file: describe(z.string(), "the parse record's source.file"),
  kind: LetterKind,
  category: LetterCategory,
  date: z.nullable(isoDate),
  answers: describe(z.nullable(z.string()), 'for a response or extension request: the staff letter it answers (file), null when not in the input'),
  follows: describe(z.nullable(z.string()), 'for a follow-up staff letter: the company letter it reviews (file), null when not in the input'),
});

/** One staff comment of a conversation, with its answer and the later comments citing it. */
export const ConversationCommentSchema = z.object({
  letter: z.string(),
  number: positiveInt(),
  headings: z.array(z.string()),
  text: z.string(),
  topics: describe(z.array(z.string()), "topic ids: the staff letter's comment.topics (`corresp topics` lists them)"),
  citations: describe(z.array(z.string()), "the staff letter's comment.references.citations"),
  response: z.nullable(
    z.object({ letter: z.string(), text: z.string(), actions: describe(z.array(z.enum(RESPONSE_ACTIONS)), "what the answer commits to: the response letter's response.actions") }),
  ),
  followUps: z.array(z.object({ letter: z.string(), number: positiveInt() })),
});

/** One conversation (SEC review): a line of `corresp thread` NDJSON. */
export const ConversationSchema = z.object({
  schemaVersion: z.literal(1),
  conversation: describe(z.string(), 'stable id: company, first date, first form'),
  company: z.nullable(z.string()),
  cik: z.nullable(z.string()),
  fileNumbers: z.array(z.string()),
  filings: z.array(z.omit(FilingSchema, { text: true })),
  status: z.enum(['open', 'closed']),
  closedBy: z.nullable(z.string()),
  start: z.nullable(isoDate),
  end: z.nullable(isoDate),
  days: z.nullable(count()),
  rounds: describe(count(), 'staff letters with comments'),
  letters: z.array(ConversationLetterSchema).check(z.minLength(1)),
  comments: z.array(ConversationCommentSchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ConversationJson = z.infer<typeof ConversationSchema>;

/** What `corresp schema` prints the JSON Schema of (outputJsonSchema). */
export const SCHEMA_KINDS = ['record', 'letter', 'error', 'conversation'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/**
 * The JSON Schema for `corresp schema`.
 * @param kind `record` (either kind, what an NDJSON line or an --out-dir file holds), `letter`, `error`,
 *   or `conversation` (a line of `corresp thread` NDJSON)
 */
export function outputJsonSchema(kind: SchemaKind = 'record'): unknown {
  const schema = kind === 'letter' ? LetterSchema : kind === 'error' ? ErrorRecordSchema : kind === 'conversation' ? ConversationSchema : RecordSchema;
  return z.toJSONSchema(schema, { target: 'draft-2020-12' });
}
