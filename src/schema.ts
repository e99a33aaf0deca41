// Owns the output contract (schemaVersion 1) as a zod schema; `corresp schema` prints its JSON Schema.
import { z } from 'zod';
import { ErrorCode } from './errors.js';
import { RESPONSE_ACTIONS } from './analyze/action-ids.js';
import { TOPIC_IDS } from './analyze/topic-ids.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Who wrote a letter: the SEC staff, a company answering comments, or neither. */
const LetterKind = z.enum(['staff', 'response', 'unknown']);
/** What a letter is. */
const LetterCategory = z.enum(['comments', 'review-complete', 'no-review', 'extension-request', 'acceleration-request', 'other']);

export const FilingSchema = z.object({
  form: z.string().nullable(),
  fiscalYearEnd: isoDate.nullable(),
  filedOn: isoDate.nullable(),
  text: z.string().describe('the Re: line(s) naming this filing, as printed'),
});

export const CommentSchema = z.object({
  number: z.number().int().positive(),
  label: z.string().describe('the number or label as printed ("1.", "Comment #1:")'),
  headings: z.array(z.string()).describe('heading chain in force, outermost first'),
  pageRef: z.string().nullable().describe('page of the reviewed filing named in the nearest "…, page N" heading'),
  text: z.string().describe('the staff comment, without its number'),
  topics: z.array(z.enum(TOPIC_IDS)).describe('taxonomy topics the comment is about, strongest first (`corresp topics` lists them)'),
  response: z
    .object({
      label: z.string().nullable().describe('the label as printed ("Response:"), null when unlabelled'),
      text: z.string(),
      references: z.object({ citations: z.array(z.string()).describe('canonical citations in the response text') }),
      actions: z.array(z.enum(RESPONSE_ACTIONS)).describe('what the response commits to'),
    })
    .nullable(),
  references: z.object({
    priorComments: z.array(z.number().int().positive()),
    citations: z.array(z.string()).describe('canonical citations in the comment text ("S-K Item 303(b)(2)(ii)", "ASC 350-20-35-3C")'),
  }),
  location: z.object({
    start: z.number().int().nonnegative().describe('offset in the normalised text where this comment (with its new headings) starts'),
    end: z.number().int().nonnegative().describe('offset where it ends (exclusive)'),
    pages: z.array(z.number().int().positive()).describe('1-based pages of the letter the comment and its response occupy'),
    newHeadings: z.number().int().nonnegative().describe('how many of `headings` (the last ones) are printed at this comment'),
  }),
});

export const LetterSchema = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    file: z.string(),
    format: z.enum(['text', 'html', 'pdf']),
    container: z.enum(['edgar']).nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.number().int().positive().nullable(),
    edgar: z
      .object({
        cik: z.string().regex(/^\d{1,10}$/).nullable().describe('"CENTRAL INDEX KEY:" of the header, as printed (leading zeros kept)'),
        accession: z.string().regex(/^\d{10}-\d{2}-\d{6}$/).nullable().describe('accession number ("0000950103-21-000702")'),
        formType: z.string().nullable().describe('"CONFORMED SUBMISSION TYPE:" (CORRESP, UPLOAD, LETTER …), else the first document\'s <TYPE>'),
        filedOn: isoDate.nullable().describe('"FILED AS OF DATE:" as an ISO date'),
      })
      .nullable()
      .describe('what an EDGAR container says about the filing; null when the input is not in one. A <DOCUMENT> wrapper alone gives only formType'),
  }),
  letter: z.object({
    kind: LetterKind,
    category: LetterCategory,
    date: isoDate.nullable(),
    company: z.string().nullable(),
    subject: z.string().nullable(),
    filings: z.array(FilingSchema),
    fileNumbers: z.array(z.string()),
    inReplyTo: isoDate.nullable(),
    salutation: z.string().nullable(),
    signatories: z
      .array(z.object({ name: z.string().describe('a person: a letter signed by the Division alone has no signatory'), title: z.string().nullable() }))
      .describe('who signs, in order'),
    office: z
      .string()
      .nullable()
      .describe('the reviewing office of the Division of Corporation Finance ("Office of Manufacturing"), from the signature block or an address block naming the Division'),
    staffContacts: z
      .array(z.object({ name: z.string(), phone: z.string().describe('as 202-551-3652') }))
      .describe('staff letters: the people to call ("You may contact Name at (202) 551-…"), "me" being the person who signs'),
    cc: z.array(z.string()),
    head: z.string().describe('everything before the body: letterhead, date, addressee, Re: block, salutation'),
  }),
  preamble: z.string(),
  comments: z.array(CommentSchema),
  closing: z.string(),
  parser: z.object({ name: z.literal('corresp'), version: z.string() }),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), offset: z.number().int().nonnegative().optional() })),
});

/** One parsed letter, as emitted. */
export type LetterJson = z.infer<typeof LetterSchema>;
export type CommentJson = z.infer<typeof CommentSchema>;

/** The record emitted for an input that failed (NDJSON line, or OUT/<name>.error.json). */
export const ErrorRecordSchema = z
  .object({
    source: z.object({ file: z.string().describe('the input as named on the command line or found in a folder') }).strict(),
    error: z
      .object({
        code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]).describe('stable error code (README: error codes)'),
        message: z.string(),
      })
      .strict(),
  })
  .strict();
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** Any line of `corresp parse` output: a parsed letter or the error record of a failed input. */
export const RecordSchema = z.union([LetterSchema, ErrorRecordSchema]);

/** One letter of a conversation (`corresp thread`). */
export const ConversationLetterSchema = z.object({
  file: z.string().describe("the parse record's source.file"),
  kind: LetterKind,
  category: LetterCategory,
  date: isoDate.nullable(),
  answers: z.string().nullable().describe('for a response or extension request: the staff letter it answers (file), null when not in the input'),
  follows: z.string().nullable().describe('for a follow-up staff letter: the company letter it reviews (file), null when not in the input'),
});

/** One staff comment of a conversation, with its answer and the later comments citing it. */
export const ConversationCommentSchema = z.object({
  letter: z.string(),
  number: z.number().int().positive(),
  headings: z.array(z.string()),
  text: z.string(),
  topics: z.array(z.string()).describe("topic ids: the staff letter's comment.topics (`corresp topics` lists them)"),
  response: z.object({ letter: z.string(), text: z.string() }).nullable(),
  followUps: z.array(z.object({ letter: z.string(), number: z.number().int().positive() })),
});

/** One conversation (SEC review): a line of `corresp thread` NDJSON. */
export const ConversationSchema = z.object({
  schemaVersion: z.literal(1),
  conversation: z.string().describe('stable id: company, first date, first form'),
  company: z.string().nullable(),
  cik: z.string().nullable(),
  fileNumbers: z.array(z.string()),
  filings: z.array(FilingSchema.omit({ text: true })),
  status: z.enum(['open', 'closed']),
  closedBy: z.string().nullable(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  days: z.number().int().nonnegative().nullable(),
  rounds: z.number().int().nonnegative().describe('staff letters with comments'),
  letters: z.array(ConversationLetterSchema).min(1),
  comments: z.array(ConversationCommentSchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ConversationJson = z.infer<typeof ConversationSchema>;

/**
 * The JSON Schema for `corresp schema`.
 * @param kind `record` (either kind, what an NDJSON line or an --out-dir file holds), `letter`, `error`,
 *   or `conversation` (a line of `corresp thread` NDJSON)
 */
export function outputJsonSchema(kind: 'record' | 'letter' | 'error' | 'conversation' = 'record'): unknown {
  const schema = kind === 'letter' ? LetterSchema : kind === 'error' ? ErrorRecordSchema : kind === 'conversation' ? ConversationSchema : RecordSchema;
  return z.toJSONSchema(schema, { target: 'draft-2020-12' });
}
