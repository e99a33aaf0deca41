#!/usr/bin/env node
// Letters as people type them, at corpus scale: each response that labels every answer ("Response:") and numbers its
// comments 1, 2, 3 … is written out again as plain text from its own parse, then damaged as a person might damage it
// (an answer's label left out, two left out, a comment numbered as the one before, a comment's number left out), and parsed again, as plain text and
// flattened (line breaks collapsed). Counts the letters that keep every comment, and those whose comment texts all come back
// the same (white space aside). Needs no labels.
//
//   node bin/corresp.js parse ../shared/corpus/letters -q | node scripts/slips-eval.mjs [--build DIR]
// --build: the checkout whose dist/ parses the damaged letters (default this one): an older checkout gives "before".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { build: { type: 'string', default: join(import.meta.dirname, '..') } } });
const { parseLetter } = await import(join(args.build, 'dist', 'index.js'));

const letters = readFileSync(0, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('{'))
  .map((line) => JSON.parse(line))
  .filter((r) => r.letter?.kind === 'response' && r.comments.length >= 3 && r.comments.every((c, i) => c.number === i + 1 && c.response?.label && !c.parts));

/** The letter as plain text: head, preamble, each comment's new headings, "N. text", its answer under its label, the closing. */
function rewritten(r, damage) {
  const parts = [r.letter.head, r.preamble];
  r.comments.forEach((c, i) => {
    const d = damage(i) ?? {};
    parts.push(...c.headings.slice(c.headings.length - c.location.newHeadings));
    parts.push(d.unnumbered ? c.text : `${d.number ?? c.number}. ${c.text}`);
    parts.push(d.unlabelled ? c.response.text : `${c.response.label}\n\n${c.response.text}`);
  });
  parts.push(r.closing);
  return parts.join('\n\n');
}

const DAMAGES = {
  'as written': () => undefined,
  'answer 2 unlabelled': (i) => (i === 1 ? { unlabelled: true } : undefined),
  'answers 2, 3 unlabelled': (i) => (i === 1 || i === 2 ? { unlabelled: true } : undefined),
  'comment 3 numbered 2': (i) => (i === 2 ? { number: 2 } : undefined),
  'comment 2 unnumbered': (i) => (i === 1 ? { unnumbered: true } : undefined),
};

console.log(`corresp slips-eval: ${letters.length} responses that label every answer, rewritten as plain text and damaged\n`);
/** White space as flattening leaves it: texts compare so in both forms. */
const squeezed = (text) => text.replace(/\s+/g, ' ').trim();
for (const flattened of [false, true]) {
  for (const [name, damage] of Object.entries(DAMAGES)) {
    let kept = 0;
    let same = 0;
    for (const r of letters) {
      const text = rewritten(r, damage);
      const { letter } = await parseLetter(new TextEncoder().encode(flattened ? squeezed(text) : text));
      if (letter.comments.length !== r.comments.length) continue;
      kept++;
      if (letter.comments.every((c, i) => squeezed(c.text) === squeezed(r.comments[i].text))) same++;
    }
    const form = flattened ? 'flattened' : 'plain text';
    console.log(`${form.padEnd(11)} ${name.padEnd(24)} every comment kept ${String(kept).padStart(3)} / ${letters.length}   every text the same ${String(same).padStart(3)} / ${letters.length}`);
  }
}
