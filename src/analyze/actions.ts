// Owns response actions: what a company's answer commits it to, from its own words.

/** What a response commits to (DESIGN.md "Analysis fields"). */
export type ResponseAction = 'future-filings' | 'amendment' | 'supplemental' | 'no-change';

/** The words of each action, as responses print them; unanchored, case-insensitive. */
export const ACTION_PHRASES: Record<ResponseAction, RegExp> = {
  // "we will revise ... in future filings", "beginning with our Form 10-K for fiscal 2024", "prospectively"
  'future-filings': /\b(?:in|within|to)\s+(?:all\s+)?(?:its|our|the\s+Company(?:'|’)s|their)?\s*(?:future|subsequent|upcoming)\s+(?:periodic\s+)?(?:filings?|reports?|annual\s+reports?|quarterly\s+reports?|Forms?\s+10-[KQ]|Forms?\s+20-F|proxy\s+statements?|earnings\s+releases?|press\s+releases?|submissions)|\b(?:beginning|starting|commencing)\s+with\s+(?:its|our|the\s+Company(?:'|’)s|the)\s+(?:next\s+|upcoming\s+|first\s+)?(?:Annual\s+Report|Quarterly\s+Report|Form\s+10-[KQ]|Form\s+20-F|proxy\s+statement|filing|earnings\s+release|\w+\s+quarter)|\bgoing\s+forward\b|\bprospectively\b|\bin\s+future\s+(?:filings|periods|disclosures?)\b/i,
  // "we have revised the disclosure on page 45", "the Amended Registration Statement has been revised", "we will file an amendment"
  amendment: /\b(?:has|have|had)\s+(?:been\s+)?(?:revised|amended|updated|expanded|added|included|clarified|modified|removed|deleted|supplemented|filed)\b[^.]{0,160}?\b(?:Amendment(?:\s+No\.\s*\d+)?|Amended\s+(?:Registration\s+Statement|Proxy|Schedule|Filing|Form|Offer|Draft)|Registration\s+Statement|(?:Preliminary\s+)?Proxy\s+Statement|Offer\s+to\s+(?:Purchase|Exchange)|Schedule\s+(?:TO|14D-9|13D|13E-3)|revised\s+(?:draft|disclosure)|page(?:s)?\s+\d+|Draft\s+Registration|Prospectus|Information\s+Statement|Form\s+(?:S-\d|F-\d|10)\b|the\s+(?:Filing|Form\s+10-K\/A|Form\s+10-Q\/A|10-K\/A))|\bin\s+response\s+to\s+the\s+Staff(?:'|’)s\s+comment,\s+(?:the\s+Company|we)\s+(?:has|have)\s+(?:revised|amended|updated|added|expanded)|\b(?:will|intends\s+to|plans\s+to)\s+(?:file|amend)\s+(?:an\s+)?(?:amendment|amended|the\s+Form\s+10-K\/A|a\s+Form\s+10-K\/A)|\bsee\s+(?:the\s+)?(?:revised\s+)?(?:disclosure\s+on\s+)?pages?\s+\d+\s+of\s+(?:the\s+)?(?:Amendment|Amended|revised)/i,
  // "supplementally", "we advise the Staff", "for the Staff's reference", "under separate cover"
  supplemental: /\bsupplementa(?:l|lly)\b|\b(?:respectfully\s+)?advises?\s+the\s+Staff\b|\bfor\s+the\s+Staff(?:'|’)s\s+(?:information|reference|review|convenience|consideration)|\bunder\s+separate\s+cover\b|\bRule\s+(?:418|12b-4|83)\b|\bprovid(?:e|es|ed|ing)\s+(?:to\s+)?the\s+Staff\b|\bwould\s+like\s+to\s+(?:inform|clarify\s+for)\s+the\s+Staff\b|\bto\s+clarify\s+for\s+the\s+Staff\b/i,
  // "we respectfully submit that no change is necessary", "the current disclosure is appropriate"
  'no-change': /\b(?:no|not\s+necessary\s+to\s+make\s+any)\s+(?:further\s+|additional\s+)?(?:changes?|revisions?|modifications?|additional\s+disclosures?|amendments?)\s+(?:is|are|to\s+(?:the|its|our)\s+\w+|would\s+be|were|was)\s*(?:necessary|needed|required|warranted|appropriate)?|\b(?:current|existing|present)\s+disclosures?\s+(?:is|are|remains?|was|were|appropriately|adequately)\s+(?:appropriate|adequate|sufficient|complete|accurate|consistent)|\b(?:does|do)\s+not\s+believe\s+(?:that\s+)?(?:any\s+)?(?:additional|further)\s+disclosure\s+is\s+(?:necessary|required|warranted|material|meaningful)|\b(?:believes|believe)\s+(?:that\s+)?(?:its|our|the)\s+(?:existing\s+|current\s+)?disclosures?\s+(?:is|are)\s+(?:appropriate|adequate|sufficient|compliant)|\brespectfully\s+(?:submits|submit|believes|believe)\s+that\s+(?:no|it\s+is\s+not)\b|\bdeclines?\s+to\b/i,
};

const ORDER: ResponseAction[] = ['future-filings', 'amendment', 'supplemental', 'no-change'];

/**
 * The actions a response's words commit to, in the order they first appear.
 * @param text the response's text (without its label)
 */
export function actionsOf(text: string): ResponseAction[] {
  const found: { action: ResponseAction; at: number }[] = [];
  for (const action of ORDER) {
    const m = ACTION_PHRASES[action].exec(text);
    if (m) found.push({ action, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.action);
}
