// Owns making untrusted text (file names, messages) safe to print on a terminal.

/** C0/C1 controls, DEL, and the bidi and zero-width marks that can hide or reorder what a terminal shows. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * The text with every character that could move the cursor, change colours or reorder the
 * line shown as an escape (`\x1b`, `\u202e`), so a hostile file name cannot forge output.
 * @param text a file name or message from outside
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
