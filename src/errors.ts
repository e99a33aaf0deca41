// Owns the error type, the stable error codes and the warning shape.

/** Stable error codes: part of the public API (NDJSON records, exit status 1). */
export const ErrorCode = {
  EMPTY_INPUT: 'EMPTY_INPUT',
  NOT_A_LETTER: 'NOT_A_LETTER',
  READ_FAILED: 'READ_FAILED',
  TOO_LARGE: 'TOO_LARGE',
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
  PDF_ENCRYPTED: 'PDF_ENCRYPTED',
  PDF_NO_TEXT: 'PDF_NO_TEXT',
  PDF_CORRUPT: 'PDF_CORRUPT',
  TIMEOUT: 'TIMEOUT',
  WRITE_FAILED: 'WRITE_FAILED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An input problem we can name: carries a stable code and the file it concerns. */
export class CorrespError extends Error {
  override name = 'CorrespError';
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
  }
}

/** Warning codes: recoverable oddities reported in `warnings`, never thrown. */
export const WarningCode = {
  NUMBER_GAP: 'NUMBER_GAP',
  NUMBER_START: 'NUMBER_START',
  NUMBER_RESTART: 'NUMBER_RESTART',
  NO_RESPONSE: 'NO_RESPONSE',
  UNNUMBERED: 'UNNUMBERED',
  SEVERAL_LETTERS: 'SEVERAL_LETTERS',
  TEXT_NOT_COVERED: 'TEXT_NOT_COVERED',
} as const;
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];

/** A recoverable problem found while parsing; `offset` is in the normalised text. */
export interface Warning {
  code: WarningCode;
  message: string;
  offset?: number;
}

