// Owns response actions: what a company's answer commits it to. The rules below read the answer
// sentence by sentence (fixtures/analysis/README.md "Actions"); the model trained on the hand labels
// (action-model.ts, scripts/train-actions.mjs) weighs what they found with the answer's words.
import { forLowerCase, lowerCaseForPatterns, lowerCased, wordsWithLetters } from '../chars.js';
import { PERIODIC_FORMS, SCHEDULE_NAMES } from '../vocabulary.js';
import { ACTION_MODEL } from './action-model.js';
import { storedTables } from './analysis-tables.js';
import { addRows, NumberedRows, type PackedRows, rowNumbers, rowsOf, wordTableOf } from './word-rows.js';
import { IntList } from './int-list.js';
import { NO_WORD, NodePairs, type PairTables, type TrieTables, WordTrie } from './word-trie.js';
import { WordSignals } from './word-signals.js';
import type { ActionModel } from './action-model-type.js';
import { RESPONSE_ACTIONS, type ResponseAction } from './action-ids.js';

export { RESPONSE_ACTIONS, type ResponseAction } from './action-ids.js';

/** "has revised", "have therefore amended", "has been expanded": a change already made. */
const CHANGED = forLowerCase(/\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:revised|amended|updated|expanded|added|included|clarified|modified|removed|deleted|supplemented|filed|re-?filed|incorporated|corrected|enhanced|reflected)\b/i);
/**
 * A change told in the simple past, the company its subject ("the Company revised Section 10 of the Offer to Purchase", c1143;
 * "We also added the following risk factor on page 37 of the information statement", c0303), or an amendment filed ("Marriott
 * filed an amendment to its 2020 Form 10-K", c0662): a change only where the sentence names the filing or a report
 * (AMENDED_FILING, PERIODIC_REPORT), as "we revised our estimates in 2019" is none.
 */
const CHANGED_IN_PAST = forLowerCase(
  /\b(?:we|the\s+Company|it|the\s+Registrant|the\s+Partnership|the\s+Trust)\s+(?:also\s+|further\s+|accordingly\s+|subsequently\s+|then\s+)?(?:revised|amended|updated|expanded|modified|clarified|removed|deleted|added|re-?filed)\b|\bfiled\s+(?:an\s+amendment|(?:a|an|its|the|our)\s+(?:Form\s+)?[\w-]+\/A)\b/i,
);
/** A periodic report named: where a change told in the simple past was made, if not in the filing ("with our Q2 2017 Form 10-Q filing, we expanded our discussion", c0653). */
const PERIODIC_REPORT = forLowerCase(new RegExp(String.raw`\bForm\s+(?:${PERIODIC_FORMS})\b`, 'i'));
/** A change made in a later report, not the filing under review, is a future-filings commitment (2017-21vianet-corresp responses 3-4). */
const LATER_DOCUMENT = forLowerCase(/\b(?:most\s+recent|recently\s+filed|subsequent(?:ly)?|earnings\s+releases?|press\s+releases?|Form\s+10-Q\s+for|Quarterly\s+Report\s+on\s+Form\s+10-Q|upcoming|next\s+(?:annual|quarterly|periodic)|future)\b/i);
/** "included below", "in this letter": material given to the staff, not a change of the filing. */
const NOT_THE_FILING = forLowerCase(/\b(?:below|this\s+(?:letter|response)|herewith|for\s+the\s+Staff|supplementally|Annex\s+[A-Z]\s+(?:to|of)\s+this|response\s+letter|under\s+separate\s+cover)\b/i);
/** "we will revise", "the Company intends to expand", "we agree to present": a promise of a change. */
const WILL_CHANGE = forLowerCase(/\b(?:will|would|intends?\s+to|plans?\s+to|agrees?\s+to|undertakes?\s+to|commits?\s+to|proposes?\s+to)\s+(?:\w+\s+){0,3}?(?:revise|enhance|expand|include|provide|disclose|present|add|clarify|update|separately\s+present|modify|discuss|file|amend|describe|remove|reconcile|quantify|refrain|identify|note|state|explain|indicate|highlight|elaborate|specify|refine|incorporate|address|continue\s+to\s+(?:provide|disclose|include|present))\b|\bwill\s+be\s+(?:\w+\s+)?(?:revised|deleted|removed|expanded|updated|added|included|clarified|enhanced|modified|disclosed|provided|presented)\b/i);
/** What places a promised change in later filings: "in future filings", "beginning with", "to the extent", "if significant" (2017-berkshire-10k-corresp response 3); not reports "subsequently filed", which an amendment restates (c0423). */
const LATER_CUE = forLowerCase(
  new RegExp(
    String.raw`\b(?:future|subsequent(?!ly\s+filed)|upcoming|next\s+(?:annual|quarterly|periodic|Form)|going\s+forward|prospectively|beginning\s+with|starting\s+with|commencing\s+with|to\s+the\s+extent|if\s|in\s+the\s+event|Form\s+(?:${PERIODIC_FORMS})\s+for|earnings\s+releases?|annual\s+report\s+on\s+Form)`,
    'i',
  ),
);
/**
 * What places a promised change in the filing under review: its amendment ("will amend the Form 10-K", c0423), the definitive proxy, the offer
 * document, a registration statement on Form S-1, S-11, F-4 or 10 (not a "Form 10-K" or "Form 10-Q", a later report: "our 2024 Form 10-K").
 */
const AMENDED_FILING = forLowerCase(
  new RegExp(
    String.raw`\b(?:Amendment(?:\s+No\.)?|Amended\s+(?:Registration|Proxy|Schedule|Filing|Form|Offer|Draft)|Registration\s+Statement|(?:definitive|preliminary|revised)\s+proxy|Proxy\s+Statement|Offer\s+to\s+(?:Purchase|Exchange)|Schedule\s+(?:${SCHEDULE_NAMES})|Form\s+(?:S-\d{1,2}|F-\d{1,2}|10)(?![\w-])|Form\s+(?:${PERIODIC_FORMS})\/A|Prospectus|Information\s+Statement|the\s+Filing\b|amend\s+(?:the|its|our|their)\s+(?:\w+\s+){0,2}?(?:Form|Registration|Proxy|Schedule|Filing|Annual|Quarterly|Report|Offer)\b)`,
    'i',
  ),
);
/** "in our future filings": a commitment even without "will". */
const IN_FUTURE_FILINGS = forLowerCase(/\b(?:in|within)\s+(?:all\s+)?(?:its|our|the\s+Company(?:'|’)s|their)?\s*(?:future|subsequent|upcoming)\s+(?:periodic\s+)?(?:filings?|reports?|disclosures?)/i);
/** The words of an answer that no change is needed: argues compliance, declines, finds nothing to disclose. */
const NO_CHANGE: RegExp[] = [
  /\b(?:no|not\s+necessary\s+to\s+make\s+any)\s+(?:further\s+|additional\s+)?(?:changes?|revisions?|modifications?|additional\s+disclosures?|amendments?)\s+(?:is|are|to\s+(?:the|its|our)\s+\w+|would\s+be|were|was)/i,
  /\b(?:do|does|did)\s+not\s+believe\s+(?:that\s+)?[^.]{0,160}?\b(?:is|are|would\s+be|was|were)\s+(?:necessary|required|warranted|meaningful|material|needed|appropriate\s+to)/i,
  /\b(?:do|does|did)\s+not\s+believe\s+[^.]{0,200}?\b(?:would\s+require|requires?)\s+(?:disclosure|disclosures|separate)/i,
  /\b(?:do|does|did)\s+not\s+(?:intend|plan)\s+to\b/i,
  /\bnot\s+(?:material|significant)\b[^.]{0,80}?\bfor\s+purposes\s+of\b/i,
  /\b(?:complies|comply|complied|in\s+compliance)\s+with\b/i,
  /\bnot\s+(?:be\s+)?misleading\b/i,
  /\b(?:current|existing|present)\s+(?:disclosures?|presentation)\s+(?:is|are|remains?|was|were|appropriately|adequately)\s+(?:appropriate|adequate|sufficient|complete|accurate|consistent)/i,
  /\b(?:believes|believe)\s+(?:that\s+)?(?:its|our|the)\s+(?:existing\s+|current\s+)?(?:disclosures?|presentation)\s+(?:is|are)\s+(?:appropriate|adequate|sufficient|compliant)/i,
  /\brespectfully\s+(?:submits|submit|believes|believe)\s+that\s+(?:no|it\s+is\s+not)\b/i,
  /\bdeclines?\s+to\b/i,
  /\bwere\s+not\s+material\s+to\b/i,
  /\bhas\s+not\s+identified\b/i,
  // Defends the treatment or disclosure the staff asked about: "we believe presenting … is consistent with ASC 740-10-25-6", "these holdings meet the definition".
  /\bbelieves?\s+(?:that\s+)?[^.]{0,200}?\b(?:is|are|was|were|remains?)\s+(?:consistent\s+with|in\s+accordance\s+with|appropriate\b|appropriately\b)/i,
  /\bbelieves?\s+(?:that\s+)?[^.]{0,200}?\bmeets?\s+the\s+(?:definition|criteria|requirements)\b/i,
  /\b(?:is|are|was|were)\s+(?:consistent\s+with|in\s+accordance\s+with)\s+(?:the\s+)?(?:guidance|requirements?)\b/i,
  /\bbelieves?\s+(?:that\s+)?[^.]{0,200}?\b(?:reflects?|satisf(?:y|ies)|meets?)\s+the\s+(?:disclosure\s+)?requirements\b/i,
  // Nothing more is required or useful: "MoPub financial statements are not required", "does not believe it would enhance a reader's understanding".
  /\b(?:is|are|was|were)\s+not\s+required\b/i,
  /\b(?:do|does|did)\s+not\s+believe\s+[^.]{0,160}?\bwould\s+(?:enhance|improve|add\s+to|be\s+(?:meaningful|useful|helpful))\b/i,
  // Left out on purpose, with the reason: "did not disclose … as these were immaterial", "did not expand our Form 10-K disclosures".
  /\bdid\s+not\s+(?:disclose|expand|include|provide|present|quantify)\b[^.]{0,160}?\b(?:as|because|since|given)\b/i,
  /\bdid\s+not\s+expand\s+(?:its|our|the)\b/i,
  // Finds nothing that needs disclosing: "has not been material …, and as such it has not separately itemized", "was not material".
  /\b(?:because|as)\s+(?:it|they|such\s+\w+)\s+(?:was|were|is|are)\s+not\s+material\b/i,
  /\b(?:have|has)\s+not\s+been\s+material\b[^.]{0,120}?\b(?:not|no)\b/i,
].map(forLowerCase);
/** A word every NO_CHANGE pattern contains: a sentence without one is not tried against them all. */
const NO_CHANGE_HINT = forLowerCase(/\b(?:no|not|believes?|complies|comply|complied|compliance|misleading|declines?|consistent|accordance|current|existing|present)\b/i);
/** All NO_CHANGE patterns in one: a sentence none of them matches (most of those with a hint) is read once, not once per pattern. */
const ANY_NO_CHANGE = new RegExp(NO_CHANGE.map((pattern) => `(?:${pattern.source})`).join('|'));
/** "supplementally", "we advise the Staff", "for the Staff's reference", "under separate cover", Rule 418 / 12b-4 / 83 materials. */
const SUPPLEMENTAL = forLowerCase(/\bsupplementa(?:l|lly)\b|\b(?:respectfully\s+)?advises?\s+the\s+Staff\b|\bfor\s+the\s+Staff(?:'|’)s\s+(?:information|reference|review|convenience|consideration)|\bunder\s+separate\s+cover\b|\bRule\s+(?:418|12b-4|83)\b|\bprovid(?:e|es|ed|ing)\s+(?:to\s+)?the\s+Staff\b|\b(?:inform|clarify\s+for)\s+the\s+Staff\b/i);
/** "advises the Staff that it has revised …", "advise the Staff that in future filings … we will identify" only describe the change (README "Actions"). */
const ADVISES_A_CHANGE = forLowerCase(/advises?\s+the\s+Staff\s+that\s+(?:[^.]{0,160}?,\s*)?(?:it|the\s+Company|we)\s+(?:has|have|will)\b/i);
/** Sentences that only point or acknowledge: "Please see page 45.", "We acknowledge the Staff's comment." */
const NAVIGATION = forLowerCase(/^(?:please\s+(?:see|refer)|see\s+|in\s+response\s+to\s+the\s+Staff(?:'|’)s\s+comments?,?\s*$|(?:we|the\s+Company)\s+(?:respectfully\s+)?acknowledges?\s+the\s+Staff(?:'|’)s\s+comments?\b)/i);
/** A change sentence that announces the revised or proposed text after it. */
const ANNOUNCES_TEXT = forLowerCase(/\b(?:below|as\s+follows|the\s+following|set\s+forth\s+(?:in\s+this|below|herein))\b|:\s*$/i);
/** A response that explains this many words beyond its changes gives the staff information: `supplemental`. */
const EXPLANATION_WORDS = 25;
/** The most a signal counts for the model (actionFeatures). */
const SIGNAL_CAP = 4;
const EXPLANATION_COUNTED = SIGNAL_CAP * EXPLANATION_WORDS;
/** "amend", "amended", "Amendment No. 1", "Form 10-K/A": a report already filed changes only by an amendment. */
const AMEND = forLowerCase(/\bamend|\/A\b/i);

/**
 * The words a sentence must hold, as a whole word, for a pattern to match it (each pattern's
 * alternatives all hold one of them, letters on neither side): a pattern is tried only on the
 * sentences that hold one. A test checks each pattern against its words.
 */
export const NEEDS = {
  changed: 1,
  willChange: 2,
  inFutureFilings: 4,
  noChange: 8,
  supplemental: 16,
  changedInPast: 32,
} as const;
const SENTENCE_WORDS = new WordSignals([
  [NEEDS.changed, ['has', 'have', 'had']],
  [NEEDS.willChange, ['will', 'would', 'intend', 'intends', 'plan', 'plans', 'agree', 'agrees', 'undertake', 'undertakes', 'commit', 'commits', 'propose', 'proposes']],
  // "in our future filings", or with no space after the possessive: "ourfuture", "company'sfuture".
  [NEEDS.inFutureFilings, ['future', 'subsequent', 'upcoming'].flatMap((word) => ['', 'its', 'our', 'their', 's'].map((before) => before + word))],
  [NEEDS.noChange, ['no', 'not', 'believe', 'believes', 'complies', 'comply', 'complied', 'compliance', 'misleading', 'decline', 'declines', 'consistent', 'accordance', 'current', 'existing', 'present']],
  [NEEDS.supplemental, ['supplemental', 'supplementally', 'staff', 'separate', 'rule']],
  [NEEDS.changedInPast, ['revised', 'amended', 'updated', 'expanded', 'modified', 'clarified', 'removed', 'deleted', 'added', 'refiled', 'filed']],
]);
/** The patterns NEEDS gates, for the test of their words. */
export const NEEDED_BY = { changed: CHANGED, willChange: WILL_CHANGE, inFutureFilings: IN_FUTURE_FILINGS, noChange: NO_CHANGE_HINT, supplemental: SUPPLEMENTAL, changedInPast: CHANGED_IN_PAST } as const;

/**
 * The sentence tells of a change already made: in the present perfect ("we have revised"), or in the simple past where it names
 * the filing or a report (CHANGED_IN_PAST). `words`: the sentence's NEEDS bits.
 */
function tellsChangeMade(sentence: string, words: number): boolean {
  if ((words & NEEDS.changed) !== 0 && CHANGED.test(sentence)) return true;
  return (words & NEEDS.changedInPast) !== 0 && CHANGED_IN_PAST.test(sentence) && (AMENDED_FILING.test(sentence) || PERIODIC_REPORT.test(sentence));
}

/** The NEEDS bits of a sentence's words (lower-cased). */
export function sentenceNeeds(sentence: string): number {
  let needs = 0;
  const found = SENTENCE_WORDS.found(sentence, []);
  for (let k = 1; k < found.length; k += 2) needs |= found[k] as number;
  return needs;
}
/** The words of the response being read (one array, reused). */
const FOUND: number[] = [];

/** What the rules found in a response: where each action is first signalled, and how often each kind of signal came. */
export interface ActionEvidence {
  /** Action → its first signal: the sentence's index plus its place in the sentence (0-1). */
  at: Map<ResponseAction, number>;
  /** Signal counts, in ACTION_SIGNALS order. */
  signals: number[];
}

/** The kinds of signal the rules count: the model's inputs besides the rules' own verdicts and the words. */
export const ACTION_SIGNALS = [
  'change made to the filing',
  'change made in a later document',
  'change made outside the filing',
  'change promised for later filings',
  'change promised for the amended filing',
  'change promised in a report review',
  'change promised, no place said',
  'in future filings',
  'no-change sentences',
  'supplemental sentences',
  'advises the Staff of a change',
  'explanation words / 25',
  'pointing sentences',
  'report review',
] as const;

/**
 * What a response's words signal, sentence by sentence. Quoted revised disclosure is set aside; each
 * remaining sentence is a change made, a change promised (for the filing under review or for later
 * filings), an answer that no change is needed, or explanation.
 * @param text the response's text (without its label)
 * @param reviewsReports the letter reviews reports already filed (10-K, 10-Q, 8-K, 20-F …): a change
 *   promised without saying where goes in later reports, since such a report is amended only by name
 */
export function actionEvidence(text: string, reviewsReports = false): ActionEvidence {
  return evidenceOf(lowerCaseForPatterns(ownWords(text)), reviewsReports);
}

/** actionEvidence of the response's own words (ownWords), lower-cased for the patterns (lowerCaseForPatterns). */
function evidenceOf(own: string, reviewsReports: boolean): ActionEvidence {
  const sentences = sentencesOf(own, STARTS);
  const first = new Map<ResponseAction, number>();
  const signals: number[] = ACTION_SIGNALS.map(() => 0);
  const count = (signal: (typeof ACTION_SIGNALS)[number]) => {
    const k = ACTION_SIGNALS.indexOf(signal);
    signals[k] = (signals[k] ?? 0) + 1;
  };
  // Where an action is first signalled: its sentence, then its place in the sentence.
  const mark = (action: ResponseAction, at: number, sentence = '', pattern?: RegExp) => {
    if (first.has(action)) return;
    const within = pattern ? Math.max(0, sentence.search(pattern)) / (sentence.length + 1) : 0;
    first.set(action, at + within);
  };
  let explanation = 0;
  // After a change that announces its text ("in the form set forth below", "as follows:"), what follows is that text, not explanation.
  let proposedText = false;
  // The sentences' NEEDS words, found in one pass over the response.
  const found = SENTENCE_WORDS.found(own, FOUND);
  let k = 0;
  sentences.forEach((sentence, i) => {
    let change = false;
    let words = 0;
    for (const end = (STARTS[i] as number) + sentence.length; k < found.length && (found[k] as number) < end; k += 2) words |= found[k + 1] as number;
    const changed = tellsChangeMade(sentence, words);
    const willChange = (words & NEEDS.willChange) !== 0 && WILL_CHANGE.test(sentence);
    // A report already filed changes only by an amendment, named as such; otherwise the change is in a later report.
    const laterReport = (changed || willChange) && reviewsReports && !AMEND.test(sentence);
    if (changed && NOT_THE_FILING.test(sentence)) count('change made outside the filing');
    else if (changed) {
      change = true;
      const later = LATER_DOCUMENT.test(sentence) || laterReport;
      count(later ? 'change made in a later document' : 'change made to the filing');
      mark(later ? 'future-filings' : 'amendment', i, sentence, CHANGED);
    }
    if (willChange) {
      if (LATER_CUE.test(sentence)) {
        change = true;
        count('change promised for later filings');
        mark('future-filings', i, sentence, WILL_CHANGE);
      } else if (AMENDED_FILING.test(sentence)) {
        change = true;
        count('change promised for the amended filing');
        mark('amendment', i, sentence, WILL_CHANGE);
      } else if (laterReport) {
        change = true;
        count('change promised in a report review');
        mark('future-filings', i, sentence, WILL_CHANGE);
      } else count('change promised, no place said');
    }
    if ((words & NEEDS.inFutureFilings) !== 0 && IN_FUTURE_FILINGS.test(sentence)) {
      change = true;
      count('in future filings');
      mark('future-filings', i, sentence, IN_FUTURE_FILINGS);
    }
    const noChange = (words & NEEDS.noChange) !== 0 && NO_CHANGE_HINT.test(sentence) && ANY_NO_CHANGE.test(sentence) ? NO_CHANGE.find((pattern) => pattern.test(sentence)) : undefined;
    if (noChange) {
      count('no-change sentences');
      mark('no-change', i, sentence, noChange);
    }
    if ((words & NEEDS.supplemental) !== 0 && SUPPLEMENTAL.test(sentence)) {
      if ((changed || willChange) && ADVISES_A_CHANGE.test(sentence)) count('advises the Staff of a change');
      else {
        count('supplemental sentences');
        mark('supplemental', i, sentence, SUPPLEMENTAL);
      }
    }
    const pointing = NAVIGATION.test(sentence.trim());
    if (pointing) count('pointing sentences');
    // The model reads at most EXPLANATION_COUNTED words (actionFeatures caps each signal): counting stops there.
    if (!change && !proposedText && !pointing && explanation < EXPLANATION_COUNTED) explanation += wordsWithLetters(sentence);
    if (change && ANNOUNCES_TEXT.test(sentence)) proposedText = true;
  });
  if (explanation >= EXPLANATION_WORDS) mark('supplemental', sentences.length);
  signals[ACTION_SIGNALS.indexOf('explanation words / 25')] = explanation / EXPLANATION_WORDS;
  signals[ACTION_SIGNALS.indexOf('report review')] = reviewsReports ? 1 : 0;
  return { at: first, signals };
}

/**
 * The sentences of an answer: cut after ".", "!", "?" or ":" at white space, and at line breaks;
 * what `text.split(/(?<=[.!?:])\s+|\n+/)` gives, the cuts found without the lookbehind (tried at
 * every character it was a tenth of the action rules' time; a loop over the characters, a twentieth).
 * @param starts receives where each sentence starts in `text` (cleared first)
 */
export function sentencesOf(text: string, starts: number[] = []): string[] {
  const out: string[] = [];
  starts.length = 0;
  let from = 0;
  SENTENCE_CUT.lastIndex = 0;
  for (let m = SENTENCE_CUT.exec(text); m !== null; m = SENTENCE_CUT.exec(text)) {
    // A cut after a stop keeps the stop in its sentence; a run of line breaks is cut whole.
    starts.push(from);
    out.push(text.slice(from, m[0].charCodeAt(0) === 0x0a ? m.index : m.index + 1));
    from = m.index + m[0].length;
  }
  starts.push(from);
  out.push(text.slice(from));
  return out;
}

/** Where each sentence of the response being read starts (sentencesOf; one array, reused). */
const STARTS: number[] = [];

const SENTENCE_CUT = /[.!?:]\s+|\n+/g;

/** The response without the disclosure it quotes. */
function ownWords(text: string): string {
  return text.replace(/“[^”]{0,4000}”/g, ' ').replace(/"[^"\n]{0,4000}"/g, ' ');
}

/** The lower-cased words of a text: runs of letters and apostrophes that start with a letter, two characters or more (a split is 3x faster than matchAll here). */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (let piece of text.toLowerCase().replace(/’/g, "'").split(/[^a-z']+/)) {
    if (piece.startsWith("'")) piece = piece.replace(/^'+/, '');
    if (piece.length > 1) out.push(piece);
  }
  return out;
}

/** A model's weights as arrays in RESPONSE_ACTIONS order, made once per model. */
interface CompiledModel {
  /** Per action: bias, then one weight per input. */
  inputs: Float64Array[];
  /**
   * The rows, numbered, by the trie node of their word, by place (-1: none): response words,
   * comment words, and response word pairs (by the first word's node, then the second's).
   */
  trie: WordTrie;
  rows: NumberedRows;
  response: Int16Array | Int32Array;
  comment: Int16Array | Int32Array;
  pairs: NodePairs;
}
const COMPILED = new WeakMap<ActionModel, CompiledModel>();

function compiled(model: ActionModel): CompiledModel {
  let c = COMPILED.get(model);
  if (!c) {
    // The shipped model's tables are stored built (analysis-tables.ts); another model's (training) are built here.
    const tables = (model === ACTION_MODEL ? (storedTables()?.['actions'] as ActionTables | undefined) : undefined) ?? actionTables(model);
    const width = tables.inputs.length / RESPONSE_ACTIONS.length;
    c = {
      inputs: RESPONSE_ACTIONS.map((_, a) => tables.inputs.subarray(a * width, (a + 1) * width)),
      trie: new WordTrie(tables.trie),
      rows: NumberedRows.fromPacked(tables.rows, RESPONSE_ACTIONS.length),
      response: rowNumbers(tables.response),
      comment: rowNumbers(tables.comment),
      pairs: new NodePairs(tables.pairs),
    };
    COMPILED.set(model, c);
  }
  return c;
}

/** An action model as the tables scoring reads (what `npm run tables` stores for ACTION_MODEL). */
export interface ActionTables {
  /** Per action (RESPONSE_ACTIONS order), one after another: its bias, then one weight per input. */
  inputs: Float64Array;
  /** The trie of the model's words, those of its pairs included. */
  trie: TrieTables;
  /** The row of each trie node's word (-1: none): as a response word, as a comment word. */
  response: Int32Array;
  comment: Int32Array;
  /** The rows of response word pairs, by their words' nodes. */
  pairs: PairTables;
  /** Each tagged word's or pair's row of weights per action, packed (NumberedRows.packed). */
  rows: PackedRows;
}

/** The tables of an action model, built from it. */
export function actionTables(model: ActionModel): ActionTables {
  const rows = new NumberedRows();
  const placed: { place: 'response' | 'comment'; word: string; n: number }[] = [];
  const pairs: [string, string, number][] = [];
  for (const [tagged, weights] of Object.entries(model.words)) {
    const n = rows.add(actionRow(weights));
    const word = tagged.slice(2);
    if (tagged.startsWith('c:')) placed.push({ place: 'comment', word, n });
    else if (word.includes(' ')) {
      const [first = '', second = ''] = word.split(' ');
      pairs.push([first, second, n]);
    } else placed.push({ place: 'response', word, n });
  }
  const trie = WordTrie.of([...placed.map(({ word }) => word), ...pairs.flatMap(([first, second]) => [first, second])]);
  const byPlace = { response: new Int32Array(trie.size).fill(-1), comment: new Int32Array(trie.size).fill(-1) };
  if (new Set(RESPONSE_ACTIONS.map((a) => model.weights[a].length)).size !== 1) throw new Error('an action model weighs every action\'s inputs alike');
  for (const { place, word, n } of placed) byPlace[place][trie.nodeOf(word)] = n;
  return {
    inputs: Float64Array.from(RESPONSE_ACTIONS.flatMap((a) => model.weights[a])),
    trie: trie.tables,
    ...byPlace,
    pairs: NodePairs.of(pairs.map(([first, second, n]) => [trie.nodeOf(first), trie.nodeOf(second), n])).tables,
    rows: rows.packed(),
  };
}

/** A word's weights as a row in RESPONSE_ACTIONS order. */
function actionRow(weights: Partial<Record<ResponseAction, number>>): Float64Array {
  return Float64Array.from(RESPONSE_ACTIONS, (a) => weights[a] ?? 0);
}

/**
 * Every word the model could read, tagged by place: each distinct lower-cased word and word pair of
 * the response's own text (`r:`, quotes set aside) and single words of the comment it answers (`c:`:
 * "tell us" asks for information, "revise" for a change). What training reads; parsing reads the
 * weights straight from the text (textWordWeights), in the same order.
 */
export function actionWords(text: string, comment: string): Set<string> {
  const out = new Set<string>();
  let previous = '';
  for (const word of wordsOf(ownWords(text))) {
    out.add(`r:${word}`);
    if (previous !== '') out.add(`r:${previous} ${word}`);
    previous = word;
  }
  for (const word of wordsOf(comment)) out.add(`c:${word}`);
  return out;
}

/** The model's weight rows of these tagged words, in their order (words it does not weigh left out). */
export function wordWeights(words: Iterable<string>, model: ActionModel = ACTION_MODEL): Float64Array[] {
  return rowsOf(words, wordTableOf(model, actionRow));
}

/**
 * What wordWeights(actionWords(text, comment)) gives, read from the texts without building the tagged
 * words: looked up untagged, each row once (rows are one per word, so a row seen is a word seen).
 */
export function textWordWeights(text: string, comment: string, model: ActionModel = ACTION_MODEL): Float64Array[] {
  return weightsOf(ownWords(text).toLowerCase(), comment, model).gathered();
}

/**
 * textWordWeights of the response's own words (ownWords), lower-cased.
 * @param sums where to add each row at once instead (NumberedRows.start)
 */
function weightsOf(own: string, comment: string, model: ActionModel, sums?: Float64Array): NumberedRows {
  const c = compiled(model);
  const { rows } = c;
  rows.start(sums);
  let previous = NO_WORD;
  const nodes = c.trie.letterWordNodes(own, NODES);
  for (let k = 0; k < nodes.count; k++) {
    const node = nodes.at(k);
    if (node !== NO_WORD) {
      rows.gather(c.response[node] as number);
      if (previous !== NO_WORD) rows.gather(c.pairs.get(previous, node));
    }
    previous = node;
  }
  // The comment's words as wordsOf reads them too: letters and apostrophes.
  const commentNodes = c.trie.letterWordNodes(lowerCased(comment), NODES);
  for (let k = 0; k < commentNodes.count; k++) rows.gather(c.comment[commentNodes.at(k)] as number);
  return rows;
}

/** The word nodes of the text being read (one array, reused). */
const NODES = new IntList();

/** The model's inputs for one action: the rules' verdict, then the signal counts (each capped at 4). */
export function actionFeatures(evidence: ActionEvidence, action: ResponseAction): number[] {
  return [evidence.at.has(action) ? 1 : 0, ...evidence.signals.map((n) => Math.min(n, SIGNAL_CAP))];
}

/**
 * The actions a response commits to, in the order they first appear: the rules' evidence and the
 * response's words, weighed by the model trained on the project's hand labels.
 * @param text the response's text (without its label)
 * @param about `comment`: the text of the comment it answers; `reviewsReports`: the letter reviews
 *   reports already filed (see actionEvidence)
 */
export function actionsOf(text: string, about: { comment?: string; reviewsReports?: boolean } = {}): ResponseAction[] {
  // The response's own words set aside and lower-cased once, for the rules and the words alike.
  const own = ownWords(text);
  const lower = lowerCased(own);
  const evidence = evidenceOf(lowerCaseForPatterns(own, lower), about.reviewsReports ?? false);
  // The words' rows are added to the evidence's sums as the words are read (the sums as actionProbabilities makes them: rows after evidence, in the order first met).
  evidenceSums(evidence, ACTION_MODEL, Z);
  weightsOf(lower, about.comment ?? '', ACTION_MODEL, Z);
  return listed(evidence, Array.from(Z, sigmoid), ACTION_MODEL);
}

/** The sums of the response being read, per action (reused). */
const Z = new Float64Array(RESPONSE_ACTIONS.length);

/**
 * Each action's probability under the model, in RESPONSE_ACTIONS order.
 * @param words the model's weight rows of the response's words (textWordWeights, or wordWeights of actionWords)
 */
export function actionProbabilities(evidence: ActionEvidence, words: readonly Float64Array[] | NumberedRows, model: ActionModel = ACTION_MODEL): number[] {
  const z = new Float64Array(RESPONSE_ACTIONS.length);
  evidenceSums(evidence, model, z);
  addRows(z, words);
  return Array.from(z, sigmoid);
}

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

/** Each action's bias and weighed evidence, written into `z`. */
function evidenceSums(evidence: ActionEvidence, model: ActionModel, z: Float64Array): void {
  const { inputs } = compiled(model);
  RESPONSE_ACTIONS.forEach((action, a) => {
    // actionFeatures' inputs, read in place (an array per action was a tenth of choosing).
    const weights = inputs[a] as Float64Array;
    let sum = (weights[0] as number) + (evidence.at.has(action) ? 1 : 0) * (weights[1] as number);
    const { signals } = evidence;
    for (let j = 0; j < signals.length; j++) sum += Math.min(signals[j] as number, SIGNAL_CAP) * (weights[j + 2] as number);
    z[a] = sum;
  });
}

/** The actions listed: each from its threshold up, where the rules first saw them (the rest after, in RESPONSE_ACTIONS order). */
export function chooseActions(evidence: ActionEvidence, words: readonly Float64Array[] | NumberedRows, model: ActionModel = ACTION_MODEL): ResponseAction[] {
  return listed(evidence, actionProbabilities(evidence, words, model), model);
}

/** The actions listed, given each one's probability (RESPONSE_ACTIONS order). */
function listed(evidence: ActionEvidence, p: readonly number[], model: ActionModel): ResponseAction[] {
  return RESPONSE_ACTIONS.filter((a, i) => (p[i] as number) >= model.threshold[a] && (evidence.at.has(a) || !model.onlyWithRules.includes(a))).sort((a, b) => (evidence.at.get(a) ?? Infinity) - (evidence.at.get(b) ?? Infinity));
}

/** The actions the rules alone find (before the model): every action signalled, in order. */
export function actionsByRules(evidence: ActionEvidence): ResponseAction[] {
  return [...evidence.at].sort((a, b) => a[1] - b[1]).map(([action]) => action);
}
