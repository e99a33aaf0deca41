// Owns the nesting cap for HTML: tags nested absurdly deep are dropped before the tag parser sees them.
import { Tokenizer } from 'htmlparser2';

/**
 * Elements open at once, at most. Corpus letters nest 12 to 18 deep; htmlparser2 keeps its
 * open elements in an array it unshifts, so every tag costs time in proportion to the depth,
 * and 100,000 nested <div> took 9 s (a 50 MB file of them would not finish).
 */
export const MAX_HTML_DEPTH = 256;

/** Elements that never hold content (htmlparser2 `voidElements`); also read by html.ts and verify.ts. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
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

/** Elements that switch the tokenizer to raw text up to their end tag, outside SVG and MathML (htmlparser2 `specialStartSequences`). */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'noembed', 'noframes', 'iframe', 'plaintext']);
/** Elements that open a foreign context, and those that return to HTML inside one (htmlparser2 `htmlIntegrationElements`, lower-cased). */
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'desc', 'title']);

/**
 * Drop the tags that would open an element deeper than `maxDepth`, and their end tags.
 * Tags are found by htmlparser2's own tokenizer, so a `<` or `>` in a quoted attribute value,
 * `<!--` inside a tag, `a=b/>` (an unquoted value, not a self-closing tag) and raw-text
 * elements are read exactly as the parser reads them (a regex scan was fooled by
 * `<div title="<">` repeated and let 200,000 nested elements through: 84 s). Open elements
 * are tracked the way htmlparser2's Parser tracks them (void and self-closing tags, implied
 * ends, an ignored second `<form>`, an end tag closing everything inside it, SVG/MathML
 * context). Markup that never nests that deep comes back unchanged. Linear in the input.
 * @param html the document
 * @param breaksLine whether a tag ends a paragraph: a dropped one is replaced by `<br>`, so text stays apart
 * @returns the document with at most `maxDepth` elements open at any point
 */
export function capNesting(html: string, breaksLine: (tag: string) => boolean, maxDepth = MAX_HTML_DEPTH): string {
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0 && tags <= maxDepth; at = html.indexOf('<', at + 1)) tags++;
  if (tags <= maxDepth) return html;

  /** Open elements, innermost last, with whether each one entered a namespace. */
  const stack: { name: string; pushes: boolean }[] = [];
  /** Namespaces, innermost last: HTML, or SVG and MathML (foreign: no raw text, no `image` alias). */
  const context: ('html' | 'svg' | 'math')[] = ['html'];
  const inForeign = () => context.at(-1) !== 'html';
  const openCount = new Map<string, number>();
  const droppedCount = new Map<string, number>();
  const parts: string[] = [];
  let copied = 0;
  let tail = '';
  const replace = (start: number, end: number, name: string) => {
    if (start > copied) tail = html.charAt(start - 1);
    // A bare "<" before the dropped tag would open a tag with the text after it: keep them apart.
    const by = breaksLine(name) ? '<br>' : tail === '<' ? ' ' : '';
    parts.push(html.slice(copied, start), by);
    if (by) tail = by.charAt(by.length - 1);
    copied = end;
  };
  const push = (name: string) => {
    // htmlparser2 calls it foreignObject, and only so inside SVG.
    const pushes = FOREIGN.has(name) || INTEGRATION.has(name) || (name === 'foreignobject' && context.at(-1) === 'svg');
    stack.push({ name, pushes });
    if (pushes) context.push(name === 'svg' ? 'svg' : name === 'math' ? 'math' : 'html');
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const { name, pushes } = stack.pop() as { name: string; pushes: boolean };
    if (pushes) context.pop();
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
  };

  let open: { name: string; start: number } | undefined;
  /** Inside a raw-text element: the tokenizer's next end tag is its own, never one to drop. */
  let inRawText = false;
  const endOpen = (end: number, selfClosing: boolean) => {
    const tag = open;
    open = undefined;
    if (tag === undefined) return;
    const { name, start } = tag;
    // htmlparser2 ignores a <form> inside a form: no implied ends, nothing opened.
    if (name === 'form' && (openCount.get('form') ?? 0) > 0) return;
    const implied = IMPLIES_CLOSE.get(name);
    let closes = 0;
    while (implied && closes < stack.length && implied.has((stack[stack.length - 1 - closes] as { name: string }).name)) closes++;
    const opens = !VOID_ELEMENTS.has(name) && !selfClosing;
    const raw = RAW_TEXT_ELEMENTS.has(name) && !inForeign();
    if (opens && stack.length - closes >= maxDepth && !raw) {
      droppedCount.set(name, (droppedCount.get(name) ?? 0) + 1);
      replace(start, end + 1, name);
      return;
    }
    for (let k = 0; k < closes; k++) pop();
    if (!VOID_ELEMENTS.has(name)) push(name);
    if (selfClosing && !VOID_ELEMENTS.has(name)) pop();
    inRawText = raw && opens;
  };
  const none = () => {};
  // The options of the loader's Parser, but for entities: no entity holds "<", ">", a quote, "/",
  // "=" or white space, so the tags are the same, and without decoding the tokenizer jumps from
  // "<" to "<" (0.2 ms a letter over the corpus HTML instead of 0.5 ms).
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false, recognizeSelfClosing: true },
    {
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        open = { name: name === 'image' && !inForeign() ? 'img' : name, start: start - 1 };
      },
      onopentagend: (end) => endOpen(end, false),
      onselfclosingtag: (end) => endOpen(end, true),
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const adjusted = name === 'image' && !inForeign() ? 'img' : name;
        if (VOID_ELEMENTS.has(adjusted)) return;
        const dropped = inRawText ? 0 : (droppedCount.get(adjusted) ?? 0);
        inRawText = false;
        if (dropped > 0) {
          droppedCount.set(adjusted, dropped - 1);
          const gt = html.indexOf('>', end);
          replace(start - 2, gt < 0 ? html.length : gt + 1, adjusted);
        } else if ((openCount.get(adjusted) ?? 0) > 0) {
          while ((stack.at(-1) as { name: string }).name !== adjusted) pop();
          pop();
        }
      },
      isInForeignContext: inForeign,
      onattribdata: none,
      onattribentity: none,
      onattribend: none,
      onattribname: none,
      oncdata: none,
      oncomment: none,
      ondeclaration: none,
      onend: none,
      onprocessinginstruction: none,
      ontext: none,
      ontextentity: none,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  parts.push(html.slice(copied));
  return parts.join('');
}
