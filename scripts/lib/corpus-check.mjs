// What the corpus checks (flat-eval, variant-eval, form-eval) and eval start with: where the repository and the bulk corpus
// beside it are, and this build's parser, each missing one said in one line (exit 2).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const corpus = join(root, '..', 'shared', 'corpus');

/** Stop unless the corpus holds `folder` (letters, flat-text). */
export function needCorpus(name, folder) {
  if (existsSync(join(corpus, folder))) return;
  console.error(`corresp ${name}: no corpus at ${corpus}`);
  process.exit(2);
}

/** This build's parseLetter (dist/index.js); stop when dist/ is missing. */
export async function builtParser(name) {
  const { parseLetter } = await import(join(root, 'dist', 'index.js')).catch(() => {
    console.error(`corresp ${name}: dist/ is missing; run \`npm run build\` first`);
    process.exit(2);
  });
  return parseLetter;
}
