// Owns the Markdown view of a conversation: one SEC review as a person reads it, its letters in order, then each staff
// comment under its headings with the company's answer quoted and the later comments that came back to it.
import { block, changedHeadings, fieldTable, inline, quote, tableCell } from '../format/markdown.js';
import type { ConversationJson } from '../schema.js';
import { epochDay } from './evidence.js';

type Comment = ConversationJson['comments'][number];

/**
 * One conversation as a Markdown document (CommonMark with GFM tables), ending in a newline: a title, a table of the
 * review's fields, a table of its letters, then its staff comments by letter. Texts are escaped as `corresp parse
 * --format md` escapes them (format/markdown.ts), so no word of a letter turns into markup.
 */
export function conversationMarkdown(conversation: ConversationJson): string {
  const dateOf = new Map(conversation.letters.map((l) => [l.file, l.date]));
  const parts = [`# ${inline(conversation.company ?? conversation.conversation)}: SEC review, ${span(conversation)}`, reviewTable(conversation), '## Letters', lettersTable(conversation)];
  if (conversation.comments.length > 0) parts.push('## Comments');
  let letter: string | undefined;
  let chain: readonly string[] = [];
  for (const comment of conversation.comments) {
    if (comment.letter !== letter) {
      letter = comment.letter;
      chain = [];
      parts.push(`### ${inline(letter)}${dated(dateOf.get(letter))}`);
    }
    // The headings that change at this comment, under the letter's (#### outermost).
    parts.push(...changedHeadings(chain, comment.headings, 4));
    chain = comment.headings;
    parts.push(...commentBlocks(comment, dateOf));
  }
  return `${parts.join('\n\n')}\n`;
}

/** "non-gaap (3), segments (2), revenue": each value once, the commonest first (ties in first-seen order), with its count when more than one. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => (n > 1 ? `${value} (${n})` : value))
    .join(', ');
}

/** "2017-08-16 to 2017-09-28" (or the one date, or "undated"). */
function span(conversation: ConversationJson): string {
  const { start, end } = conversation;
  if (start === null) return 'undated';
  return end === null || end === start ? start : `${start} to ${end}`;
}

/** ", 2017-08-16" after a letter's name, or nothing for a letter with no date. */
function dated(date: string | null | undefined): string {
  return date === null || date === undefined ? '' : `, ${date}`;
}

function reviewTable(conversation: ConversationJson): string {
  const answered = conversation.comments.filter((c) => c.response !== null).length;
  const filing = (f: ConversationJson['filings'][number]) => {
    const when = [f.fiscalYearEnd === null ? '' : `fiscal year ended ${f.fiscalYearEnd}`, f.filedOn === null ? '' : `filed ${f.filedOn}`].filter((w) => w !== '');
    return `${f.form ?? 'filing'}${when.length > 0 ? ` (${when.join(', ')})` : ''}`;
  };
  return fieldTable([
    ['Conversation', conversation.conversation],
    ['Company', conversation.company ?? ''],
    ['CIK', conversation.cik ?? ''],
    ['Filings', conversation.filings.map(filing).join('; ')],
    ['File numbers', conversation.fileNumbers.join(', ')],
    ['Status', conversation.status === 'closed' ? `closed by ${conversation.closedBy ?? 'a review-complete letter'}` : 'open'],
    ['Days', conversation.days === null ? '' : String(conversation.days)],
    ['Rounds', String(conversation.rounds)],
    ['Staff comments', conversation.comments.length === 0 ? '' : `${conversation.comments.length}, ${answered} answered in these letters`],
    ['Topics', tally(conversation.comments.flatMap((c) => c.topics))],
    ['Answers commit to', tally(conversation.comments.flatMap((c) => c.response?.actions ?? []))],
    ['Warnings', conversation.warnings.map((w) => `${w.code}: ${w.message}`).join('\n')],
  ]);
}

function lettersTable(conversation: ConversationJson): string {
  const lines = ['| Date | Letter | Kind | Category | Answers | Follows |', '|---|---|---|---|---|---|'];
  for (const l of conversation.letters) {
    const cells = [l.date ?? '', l.file, l.kind, l.category, l.answers ?? '', l.follows ?? ''];
    lines.push(`| ${cells.map((cell) => (cell === '' ? '' : tableCell(cell))).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * A comment: its number in bold and its text, its topics and citations, the answer quoted with its letter, its delay and what it
 * commits to, the comments that came back to it.
 */
function commentBlocks(comment: Comment, dateOf: ReadonlyMap<string, string | null>): string[] {
  const out = [`**${comment.number}.** ${block(comment.text)}`];
  if (comment.topics.length > 0) out.push(`Topics: ${inline(comment.topics.join(', '))}`);
  if (comment.citations.length > 0) out.push(`Cites: ${inline(comment.citations.join('; '))}`);
  if (comment.response !== null) {
    const answeredOn = dateOf.get(comment.response.letter) ?? null;
    const askedOn = dateOf.get(comment.letter) ?? null;
    const after = answeredOn !== null && askedOn !== null ? `, ${epochDay(answeredOn) - epochDay(askedOn)} days later` : '';
    const actions = comment.response.actions.length > 0 ? `; ${comment.response.actions.join(', ')}` : '';
    out.push(quote(`**Response** (${inline(comment.response.letter)}${dated(answeredOn)}${after}${actions}): ${block(comment.response.text)}`));
  } else {
    out.push('No answer in these letters.');
  }
  if (comment.followUps.length > 0) out.push(`Followed up: ${comment.followUps.map((f) => `${inline(f.letter)} comment ${f.number}`).join('; ')}`);
  return out;
}
