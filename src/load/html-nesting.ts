// Owns the nesting cap for HTML: tags nested absurdly deep are dropped before the tag parser sees them.

/**
 * Elements open at once, at most. Corpus letters nest 12 to 18 deep; htmlparser2 keeps its
 * open elements in an array it unshifts, so every tag costs time in proportion to the depth,
 * and 100,000 nested <div> took 9 s (a 50 MB file of them would not finish).
 */
export const MAX_HTML_DEPTH = 256;

/** Elements that never hold content (htmlparser2 `voidElements`). */
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noembed', 'noframes', 'iframe']);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
/** Open elements a new tag closes first while they are innermost (htmlparser2 `openImpliesClose`). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT], ['dt', DD_DT],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
    'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, ReadonlySet<string>] => [t, P]),
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', SECTIONS], ['tfoot', SECTIONS],
]);

/** A start or end tag (no "<" inside, so a scan never runs past the next tag), or a comment opener. */
const TAG = /<(\/?)([A-Za-z][^\s/<>]*)[^<>]*>|<!--/g;

/**
 * Drop the tags that would open an element deeper than `maxDepth`, and their end tags.
 * Open elements are tracked the way htmlparser2 tracks them (void and self-closing tags,
 * implied ends, an end tag closing everything inside it); comments and raw-text elements
 * are skipped. Markup that never nests that deep comes back unchanged.
 * @param html the document
 * @param breaksLine whether a tag ends a paragraph: a dropped one is replaced by `<br>`, so text stays apart
 * @returns the document with at most `maxDepth` elements open at any point
 */
export function capNesting(html: string, breaksLine: (tag: string) => boolean, maxDepth = MAX_HTML_DEPTH): string {
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0 && tags <= maxDepth; at = html.indexOf('<', at + 1)) tags++;
  if (tags <= maxDepth) return html;

  const stack: string[] = [];
  const openCount = new Map<string, number>();
  const droppedCount = new Map<string, number>();
  const parts: string[] = [];
  let copied = 0;
  const replace = (index: number, length: number, name: string) => {
    parts.push(html.slice(copied, index), breaksLine(name) ? '<br>' : '');
    copied = index + length;
  };
  const pop = () => {
    const name = stack.pop() as string;
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', m.index + 4);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = (m[2] as string).toLowerCase();
    if (m[1] === '/') {
      if (VOID.has(name)) continue;
      const dropped = droppedCount.get(name) ?? 0;
      if (dropped > 0) {
        droppedCount.set(name, dropped - 1);
        replace(m.index, m[0].length, name);
      } else if ((openCount.get(name) ?? 0) > 0) {
        while (stack.at(-1) !== name) pop();
        pop();
      }
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    let closes = 0;
    while (implied && closes < stack.length && implied.has(stack[stack.length - 1 - closes] as string)) closes++;
    const opens = !VOID.has(name) && !m[0].endsWith('/>');
    if (opens && stack.length - closes >= maxDepth && !RAW_TEXT.has(name)) {
      droppedCount.set(name, (droppedCount.get(name) ?? 0) + 1);
      replace(m.index, m[0].length, name);
      continue;
    }
    for (let k = 0; k < closes; k++) pop();
    if (!opens) continue;
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (RAW_TEXT.has(name)) {
      const end = html.slice(TAG.lastIndex).search(new RegExp(`</${name}[\\s/>]`, 'i'));
      if (end < 0) break;
      TAG.lastIndex += end;
    }
  }
  parts.push(html.slice(copied));
  return parts.join('');
}
