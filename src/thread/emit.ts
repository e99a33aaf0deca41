// Owns turning a grouped conversation into its output record (validated) and into CSV or TSV rows, one per staff comment.
import { HEADING_SEPARATOR, LIST_SEPARATOR } from '../format/rows.js';
import { csvLines, tsvLines } from '../format/table.js';
import { type ConversationJson, ConversationSchema } from '../schema.js';
import { type CommentStub, companyKey, epochDay, LetterRole, type LetterStub } from './evidence.js';
import type { Grouped } from './group.js';
import { linkComments, linkLetters } from './link.js';

/** "Capital One Financial Corp." + 2020-12-18 + "10-Q" -> "capital-one-financial-2020-12-18-10-q". */
export function conversationId(company: string | null, date: string | null, form: string | null): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const name = slug(companyKey(company)) || 'unknown';
  return [name, date ?? 'undated', slug(form ?? '') || 'letter'].join('-');
}

/**
 * Build the conversation record of one group and validate it against the schema.
 * @throws Error when the record fails the schema (a corresp bug)
 */
export function buildConversation(group: Grouped): ConversationJson {
  const letters = group.letters;
  const links = linkLetters(letters);
  const file = (at: number | null | undefined) => (at === null || at === undefined ? null : (letters[at] as LetterStub).file);
  // The name and form the review started with: the first staff letter's, else the first letter's.
  const first = letters.find((l) => l.kind === 'staff' && l.company !== null) ?? letters.find((l) => l.company !== null) ?? (letters[0] as LetterStub);
  const firstForm = letters.flatMap((l) => l.filings.map((f) => f.form)).find((f) => f !== null) ?? null;
  const start = letters.find((l) => l.date !== null)?.date ?? null;
  const end = letters.findLast((l) => l.date !== null)?.date ?? null;
  const fileNumbers = [...new Set(letters.flatMap((l) => [...l.registrations, ...l.companyNumbers]))];
  const filings: ConversationJson['filings'] = [];
  for (const l of letters) {
    for (const f of l.filings) {
      const same = filings.find((g) => g.form === f.form && (g.fiscalYearEnd === f.fiscalYearEnd || f.fiscalYearEnd === null));
      if (same === undefined) filings.push({ form: f.form, fiscalYearEnd: f.fiscalYearEnd, filedOn: f.filedOn });
      else if (same.filedOn === null && f.filedOn !== null) same.filedOn = f.filedOn;
    }
  }
  const comments = linkComments(letters, links).map((c) => ({
    letter: (letters[c.letter] as LetterStub).file,
    number: c.number,
    headings: c.headings,
    text: c.text,
    // The staff letter's own topics and citations for this comment (its parse record's comment.topics, references.citations).
    ...staffReading((letters[c.letter] as LetterStub).comments.find((s) => s.number === c.number && s.text === c.text)),
    response: c.response === null ? null : { letter: (letters[c.response.letter] as LetterStub).file, text: c.response.text, actions: c.response.actions },
    followUps: c.followUps.map((f) => ({ letter: (letters[f.letter] as LetterStub).file, number: f.number })),
  }));
  const record: ConversationJson = {
    schemaVersion: 1,
    conversation: conversationId(first.company, start, firstForm),
    company: first.company,
    cik: letters.find((l) => l.cik !== null)?.cik ?? null,
    fileNumbers,
    filings,
    status: links.closedBy === null ? 'open' : 'closed',
    closedBy: file(links.closedBy),
    start,
    end,
    days: start === null || end === null ? null : epochDay(end) - epochDay(start),
    rounds: letters.filter((l) => l.kind === 'staff' && l.role === LetterRole.comments && l.comments.length > 0).length,
    letters: letters.map((l, i) => ({
      file: l.file,
      kind: l.kind,
      category: l.category,
      date: l.date,
      answers: file(links.answers[i]),
      follows: file(links.follows[i]),
    })),
    comments,
    warnings: group.warnings,
  };
  const checked = ConversationSchema.safeParse(record);
  if (!checked.success) throw new Error(`conversation ${record.conversation} fails the schema: ${checked.error.message}`);
  return record;
}

/** What a conversation's comment takes from the staff letter's own reading of it: its topics and citations (none when the comment is not found). */
function staffReading(comment: CommentStub | undefined): { topics: string[]; citations: string[] } {
  return { topics: comment?.topics ?? [], citations: comment?.citations ?? [] };
}

/** The columns of `thread --format csv` and `tsv`: one row per staff comment. */
export const TABLE_COLUMNS = [
  'conversation',
  'letter',
  'date',
  'number',
  'headings',
  'topics',
  'answered',
  'response_letter',
  'response_date',
  'days_to_answer',
  'follow_ups',
  // After the first columns, so that those keep their places.
  'citations',
  'response_actions',
] as const;

/** The tables `corresp thread` writes. */
export type TableFormat = 'csv' | 'tsv';

/** The header line alone (a run with no conversation). */
export function tableHeader(format: TableFormat): string {
  return (format === 'csv' ? csvLines : tsvLines)([[...TABLE_COLUMNS]]);
}

/**
 * The rows of one conversation, one per staff comment, joined as parse's tables join them: headings with " > ", topics,
 * follow-ups ("file#number"), citations and actions with "; "; CSV by RFC 4180 (format/table.ts), TSV with backslash escapes.
 */
export function conversationTable(format: TableFormat, conversation: ConversationJson, header: boolean): string {
  const dateOf = new Map(conversation.letters.map((l) => [l.file, l.date]));
  const rows = conversation.comments.map((c) => {
    const date = dateOf.get(c.letter) ?? null;
    const answeredOn = c.response === null ? null : (dateOf.get(c.response.letter) ?? null);
    return [
      conversation.conversation,
      c.letter,
      date ?? '',
      c.number,
      c.headings.join(HEADING_SEPARATOR),
      c.topics.join(LIST_SEPARATOR),
      c.response === null ? 'no' : 'yes',
      c.response?.letter ?? '',
      answeredOn ?? '',
      date !== null && answeredOn !== null ? epochDay(answeredOn) - epochDay(date) : '',
      c.followUps.map((f) => `${f.letter}#${f.number}`).join(LIST_SEPARATOR),
      c.citations.join(LIST_SEPARATOR),
      c.response?.actions.join(LIST_SEPARATOR) ?? '',
    ];
  });
  return (format === 'csv' ? csvLines : tsvLines)(header ? [[...TABLE_COLUMNS], ...rows] : rows);
}
