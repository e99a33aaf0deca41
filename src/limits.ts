// Owns the default limits on one input, shared by the library and the command line (which must not load the parser to show them in --help).

/** Largest input accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Most PDF pages accepted. */
export const DEFAULT_MAX_PAGES = 2000;
/** Time one file may take before it gets a TIMEOUT record. */
export const DEFAULT_TIMEOUT_MS = 120_000;
/** Memory the parsing of a run may use at once, in MiB (all parser processes together). */
export const DEFAULT_MAX_MEMORY_MIB = 1024;

/** The TOO_LARGE message for an input over --max-bytes. */
export function tooLargeMessage(bytes: number, maxBytes: number): string {
  return `input is ${bytes} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`;
}
