// Owns the default limits on one input, shared by the library and the command line (which must not load the parser to show them in --help).

/** Largest input accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Most PDF pages accepted. */
export const DEFAULT_MAX_PAGES = 2000;
/** Time one file may take in a batch before it gets a TIMEOUT record. */
export const DEFAULT_TIMEOUT_MS = 120_000;
