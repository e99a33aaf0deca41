// Owns the topic ids of the taxonomy (DESIGN.md "Analysis fields"), apart from the rules, so the schema can name them without loading the rules.

/** Every topic id, in DESIGN.md's order. */
export const TOPIC_IDS = [
  'non-gaap',
  'revenue',
  'segments',
  'mda',
  'liquidity',
  'estimates',
  'impairment',
  'income-taxes',
  'financial-instruments',
  'business-combinations',
  'leases',
  'contingencies',
  'controls',
  'risk-factors',
  'compensation-governance',
  'equity',
  'presentation',
  'exhibits',
  'business',
  'offering',
  'industry',
  'emerging',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];
