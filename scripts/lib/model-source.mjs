// Part of the train scripts (--write): the files that hold a trained model, a TypeScript module and the JSON of its
// word weights beside it. The weights are read only when first asked for: parsing letters reads the tables stored built
// from them (src/analyze/analysis-tables.ts), and the weights in the module cost every parser process time at start-up
// (parsed, about 20 ms; then kept as a string, read and compiled with the parser, about 10 ms).

/**
 * @param {{ comment: string[], type: string, typeModule: string, name: string, wordsFile: string, model: { words: object } }} spec
 *   the header comment's lines, the model's type and the module that exports it, the constant's name, the file of its
 *   word weights (beside the module), the model
 * @returns {{ source: string, words: string }} the module's text and the word weights' JSON
 */
export function modelFiles({ comment, type, typeModule, name, wordsFile, model }) {
  const { words, ...rest } = model;
  const source = [
    ...comment.map((line) => `// ${line}`),
    "import { readFileSync } from 'node:fs';",
    `import type { ${type} } from './${typeModule}';`,
    '',
    `let words: ${type}['words'] | undefined;`,
    '',
    `export const ${name}: ${type} = {`,
    `  ...(JSON.parse(${JSON.stringify(JSON.stringify(rest))}) as Omit<${type}, 'words'>),`,
    `  /** The word weights (${wordsFile}), read when first asked for: by training, or where no tables are stored (analysis-tables.ts). */`,
    `  get words() {`,
    `    words ??= JSON.parse(readFileSync(new URL('./${wordsFile}', import.meta.url), 'utf8')) as ${type}['words'];`,
    `    return words;`,
    `  },`,
    `};`,
    '',
  ].join('\n');
  return { source, words: `${JSON.stringify(words)}\n` };
}
