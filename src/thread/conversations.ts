// Owns turning letter stubs into conversation records: grouped, built and validated, ordered by first date, ids made unique.
import type { ConversationJson, LetterJson } from '../schema.js';
import { buildConversation } from './emit.js';
import { type LetterStub, letterStub } from './evidence.js';
import { groupLetters } from './group.js';

/** A record handed to grouping, read: a letter's stub, an error record (a failed input: in no conversation), or neither (why not). */
export type ReadRecord = { stub: LetterStub } | { error: true } | { problem: string };

/**
 * Read one record of `corresp parse` output (parsed JSON), untrusted: a parse record becomes its letter's stub (`index`: its
 * place among the letters grouped).
 */
export function readRecord(record: unknown, index: number): ReadRecord {
  if (typeof record !== 'object' || record === null) return { problem: 'not a parse record (expected an object)' };
  const r = record as Partial<LetterJson> & { error?: unknown };
  if (r.error !== undefined && typeof r.source?.file === 'string') return { error: true };
  if (r.schemaVersion !== 1 || typeof r.source?.file !== 'string' || typeof r.letter !== 'object' || r.letter === null || !Array.isArray(r.comments)) {
    return { problem: 'not a parse record (needs schemaVersion 1, source.file, letter and comments)' };
  }
  try {
    const edgar = (r.source as { edgar?: { cik?: string | null } }).edgar;
    return { stub: letterStub(r as LetterJson, index, edgar?.cik ?? null) };
  } catch (error) {
    return { problem: `not a parse record (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The conversations of these letters (every letter in exactly one), ordered by first date; undated ones last. */
export function conversationsOf(stubs: LetterStub[]): ConversationJson[] {
  const conversations = groupLetters(stubs)
    .map(buildConversation)
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.conversation.localeCompare(b.conversation));
  // Same company, first date and form twice (two reviews opened the same day): -2, -3 … in output order.
  const seen = new Map<string, number>();
  for (const conversation of conversations) {
    const n = (seen.get(conversation.conversation) ?? 0) + 1;
    seen.set(conversation.conversation, n);
    if (n > 1) conversation.conversation = `${conversation.conversation}-${n}`;
  }
  return conversations;
}
