// Rewrites of a letter that change nothing a reader sees, or nothing of its words: what scripts/variant-eval.mjs runs over the
// corpus and the tests over the fixtures (hardening-load.test.ts, flat.test.ts). A parse of the rewritten letter must equal the
// parse of the letter, white space and offsets aside.

const BLOCK_TAG = /(<\/?(?:p|div|table|tbody|tr|td|th|br|h[1-6]|ul|ol|li|center|blockquote)\b[^>]*>)/gi;
const inBody = (html, wrap) => html.replace(/(<body\b[^>]*>)([\s\S]*)(<\/body>)/i, (_, open, body, close) => open + wrap(body) + close);

/** `fold -s -w WIDTH`: each line as many words as fit, its last space kept (a word longer than the width alone on its line). */
export const foldAtSpaces = (text, width) => text.match(new RegExp(`.{1,${width - 1}}(?: |$)|\\S{${width},}`, 'g'))?.join('\n') ?? '';
/** Cut every WIDTH characters, inside words or not. */
export const cutAt = (text, width) => Array.from({ length: Math.ceil(text.length / width) }, (_, k) => text.slice(k * width, (k + 1) * width)).join('\n');
/** Two spaces, a no-break space or a space and a tab between some words, as scrapers leave them. */
export const unevenSpaces = (text) => {
  let k = 0;
  return text.replace(/ /g, () => (++k % 3 === 0 ? '  ' : k % 7 === 0 ? '\u00a0' : k % 11 === 0 ? ' \t' : ' '));
};

/** HTML letters: the same page written otherwise. */
export const HTML_REWRITES = {
  'block tags on lines of their own': (html) => html.replace(BLOCK_TAG, '\n$1\n'),
  'in a layout table': (html) => inBody(html, (body) => `<table width="100%"><tr><td>${body}</td></tr></table>`),
  'in nested layout tables': (html) => inBody(html, (body) => `<table><tr><td width="10%"></td><td><table width="100%"><tr><td>${body}</td></tr></table></td></tr></table>`),
  'in a layout table under a logo row': (html) => inBody(html, (body) => `<table><tr><td><img src="logo.gif"></td><td>&nbsp;</td></tr><tr><td colspan="2">${body}</td></tr></table>`),
  '<strong>, <em> for <b>, <i>': (html) => html.replace(/<(\/?)b>/gi, '<$1strong>').replace(/<(\/?)i>/gi, '<$1em>'),
  'CSS for bold, italics, underlines': (html) =>
    html
      .replace(/<b>/gi, '<span style="font-weight:bold">')
      .replace(/<i>/gi, '<span style="font-style:italic">')
      .replace(/<u>/gi, '<span style="text-decoration: underline">')
      .replace(/<\/[biu]>/gi, '</span>'),
  // As some filing agents set every bold paragraph (c0293, c0612).
  'the font shorthand for bold (font: bold 10pt …)': (html) => html.replace(/<b>/gi, '<span style="font: bold 10pt Times New Roman, Times, Serif">').replace(/<\/b>/gi, '</span>'),
  'CRLF line ends': (html) => html.replace(/\r?\n/g, '\r\n'),
  // As a browser downloads it from EDGAR: the page alone, no <DOCUMENT><TYPE>CORRESP wrapper to say who wrote it.
  'without the EDGAR wrapper (as a browser downloads it)': (html) => html.replace(/^[\s\S]*?<TEXT>\s*/i, '').replace(/<\/TEXT>[\s\S]*$/i, ''),
};

/** Flattened letters: the same words spaced or wrapped otherwise. */
export const FLAT_REWRITES = {
  'uneven spaces': unevenSpaces,
  'wrapped at 80 columns at spaces': (text) => foldAtSpaces(text.trim(), 80),
  'cut every 72 characters': (text) => cutAt(text.trim(), 72),
  'without the EDGAR document header ("CORRESP 1 filename1.htm")': (text) => text.replace(/^(?:CORRESP|UPLOAD|LETTER)\s+\d+\s+\S+\.(?:htm|html|txt|pdf)\s+/i, ''),
};
