// What each process loads, read from the build's static imports (dynamic import() is left out: it loads only when run): the
// command line loads neither the batch nor the parser until a command needs them, the batch's own process never the parser,
// and a parser process never the conversation or output-format code. Each was measured to cost start-up or memory.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');
/** A static import or re-export of one of the build's own modules ("import … from './x.js'", "export … from '../y.js'", "import './z.js'"). */
const STATIC_IMPORT = /^\s*(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The build's modules `entry` loads through static imports, itself included, as paths under dist/. */
function loads(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [join(dist, entry)];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) todo.push(join(dirname(file), m[1] as string));
  }
  return [...seen].map((file) => relative(dist, file).split('\\').join('/'));
}

const PARSER = ['parse.js', 'load/index.js', 'classify/index.js', 'assemble/letter.js', 'analyze/comment.js'];

describe('module graph', () => {
  it('should start the command line without the batch or the parser', () => {
    const cli = loads('cli.js');
    expect(cli).toContain('version.js');
    for (const module of [...PARSER, 'batch/run.js', 'batch/pool.js', 'thread/run.js']) expect(cli).not.toContain(module);
  });

  it('should run a batch and group conversations in a process that loads none of the parser (the parser processes parse)', () => {
    for (const entry of ['batch/run.js', 'thread/run.js']) {
      const batch = loads(entry);
      expect(batch).toContain('batch/pool.js');
      for (const module of PARSER) expect(batch, `${entry} loads ${module}`).not.toContain(module);
    }
  });

  it('should load no conversation or output-format code into a parser process', () => {
    const child = loads('batch/child.js');
    expect(child).toContain('parse.js');
    for (const module of child) expect(module).not.toMatch(/^(?:format\/|thread\/(?!evidence\.js$)|batch\/(?:run|pool)\.js$)/);
  });
});
