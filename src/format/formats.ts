// Owns the names of the output formats of `corresp parse`, apart from the renderers, so the command line can list them without loading them.

/** `corresp parse --format`: json and ndjson are the parser's JSON text as is; csv, tsv and md are rendered from it. */
export const PARSE_FORMATS = ['json', 'ndjson', 'csv', 'tsv', 'md'] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];
