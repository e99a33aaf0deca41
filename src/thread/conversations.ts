// Owns turning letter stubs into conversation records: grouped, built and validated, ordered by first date, ids made unique.
import type { ConversationJson } from '../schema.js';
import { buildConversation } from './emit.js';
import type { LetterStub } from './evidence.js';
import { groupLetters } from './group.js';

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
