// Part of the train scripts (--write): the TypeScript module that holds a trained model. Its word weights stay a
// JSON string until first read: parsing letters reads the tables stored built from them (src/analyze/analysis-tables.ts),
// and parsing the words cost every parser process about 20 ms at start-up.

/**
 * @param {{ comment: string[], type: string, typeModule: string, name: string, model: { words: object } }} spec
 *   the header comment's lines, the model's type and the module that exports it, the constant's name, the model
 */
export function modelSource({ comment, type, typeModule, name, model }) {
  const { words, ...rest } = model;
  return [
    ...comment.map((line) => `// ${line}`),
    `import type { ${type} } from './${typeModule}';`,
    '',
    `/** The word weights, parsed when first read (training, or tables stored stale: analysis-tables.ts). */`,
    `const WORDS = ${JSON.stringify(JSON.stringify(words))};`,
    `let words: ${type}['words'] | undefined;`,
    '',
    `export const ${name}: ${type} = {`,
    `  ...(JSON.parse(${JSON.stringify(JSON.stringify(rest))}) as Omit<${type}, 'words'>),`,
    `  get words() {`,
    `    words ??= JSON.parse(WORDS) as ${type}['words'];`,
    `    return words;`,
    `  },`,
    `};`,
    '',
  ].join('\n');
}
