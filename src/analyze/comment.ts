// Owns the analysis fields of one comment (DESIGN.md "Analysis fields"): what the comment cites and is about, what its response cites and commits to.
import { actionsOf, type ResponseAction } from './actions.js';
import { findCitations, type LetterContext } from './citations.js';
import type { TopicId } from './topic-ids.js';
import { topicsOf } from './topics.js';

/** The analysis fields of a comment and its response. */
export interface CommentAnalysis {
  citations: string[];
  topics: TopicId[];
  /** Null when the comment has no response. */
  response: { citations: string[]; actions: ResponseAction[] } | null;
}

/**
 * The analysis fields of one comment: its citations (canonical), its topics, and its response's
 * citations and actions. The one place parsing computes them (and `npm run bench` times them).
 * @param comment the comment's heading chain (outermost first), text and response text (null: none)
 * @param reviewsReports the letter reviews reports already filed (see actionEvidence)
 * @param letter what the whole letter says that a citation or its topics may need (citations.ts letterContext)
 */
export function analyzeComment(comment: { headings: readonly string[]; text: string; response: string | null }, reviewsReports: boolean, letter?: LetterContext): CommentAnalysis {
  const citations = findCitations(comment.text, letter).map((c) => c.canonical);
  return {
    citations,
    topics: topicsOf(comment.headings, comment.text, citations, letter?.forms),
    response:
      comment.response === null
        ? null
        : { citations: findCitations(comment.response, letter).map((c) => c.canonical), actions: actionsOf(comment.response, { comment: comment.text, reviewsReports }) },
  };
}
