// Owns the words of the genre that more than one stage reads: each defined once, unanchored, with an
// example from a real letter; a stage composes its own pattern from them (line start for lines, a
// sentence start in flattened text).

/**
 * The company's acknowledgement of the staff's three points, required until 2016: "Occidental
 * acknowledges that:" (c0426), "Harris acknowledges the following:" (c1071).
 */
export const ACKNOWLEDGEMENT_INTRO = String.raw`acknowledges?\s+(?:that|the\s+following)\b`;

/**
 * What those points say: the company "is responsible for the adequacy and accuracy of the
 * disclosure", staff comments "do not foreclose the Commission from taking any action", and it "may
 * not assert staff comments as a defense in any proceeding".
 */
export const ACKNOWLEDGED_POINTS = /adequacy\s+and\s+accuracy|responsible\s+for\s+the\s+adequacy|foreclose\s+the\s+Commission|as\s+a\s+defen[cs]e\s+in\s+any\s+proceeding/i;

/** One sentence up to a word (no colon: not a "Response:" label), a company name's "Inc." or "Corp." allowed: "MMC", "In responding to your comments, Lennar". */
export const SENTENCE_LEAD = String.raw`(?:[^.:]|(?<=\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Jr))\.){0,120}?\b`;
