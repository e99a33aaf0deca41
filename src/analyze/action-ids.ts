// Owns the response-action ids (DESIGN.md "Analysis fields"), apart from the rules and the model, so the schema can name them without loading either.

/** What a response commits to (DESIGN.md "Analysis fields"). */
export const RESPONSE_ACTIONS = ['future-filings', 'amendment', 'supplemental', 'no-change'] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];
