// A parser process starts from V8's code cache of its bundle: used when it fits, harmless when it does not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheFile } from '../src/batch/code-cache.js';
import { heapMiBFor, parserFlags } from '../src/batch/parser-process.js';
import { DEFAULT_MAX_MEMORY_MIB } from '../src/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'corresp-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DIST = join(import.meta.dirname, '..', 'dist', 'batch');

/** What runBundle (the build's) says in a process of its own (one process's V8 keeps what it compiled, cache or none). */
function runAlone(file: string, flags: readonly string[], then = ''): { cache: string; answer: string } {
  const script = `import { runBundle } from ${JSON.stringify(pathToFileURL(join(DIST, 'code-cache.js')).href)};
    const run = runBundle(${JSON.stringify(file)}, ${JSON.stringify(flags)});
    ${then}
    process.stdout.write(JSON.stringify({ cache: run.cache, answer: run.exports.answer?.() }));`;
  const child = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { cache: string; answer: string };
}

describe('runBundle', () => {
  const flags = ['--max-old-space-size=256'];
  const bundle = (name: string, firstLine: string) => {
    const file = join(dir, name);
    writeFileSync(file, `${firstLine}\nconst { join } = require('node:path');\nmodule.exports.answer = () => join('a', 'b') + __filename.length;\n`);
    return file;
  };

  it('should run the bundle without a cache, from the cache it wrote, and in spite of one V8 rejects', () => {
    const file = bundle('a.cjs', '// bundle 1');
    const answer = `a/b${file.length}`;
    expect(runAlone(file, flags, 'run.writeCache();')).toEqual({ cache: 'none', answer });
    expect(runAlone(file, flags)).toEqual({ cache: 'used', answer });
    writeFileSync(codeCacheFile(file, '// bundle 1\n', flags), 'not a code cache');
    expect(runAlone(file, flags)).toEqual({ cache: 'rejected', answer });
  });

  it('should keep a cache per bundle content and per set of flags', () => {
    const file = bundle('b.cjs', '// bundle 1');
    expect(runAlone(file, flags, 'run.writeCache();').cache).toBe('none');
    expect(runAlone(file, ['--max-old-space-size=512']).cache).toBe('none');
    // Same length, other content: V8 would take the old cache; the first line, which names the content, keeps them apart.
    bundle('b.cjs', '// bundle 2');
    expect(runAlone(file, flags).cache).toBe('none');
  });
});

describe('the build', () => {
  it("should make the caches a parser process's flags take (one letter, and a batch keeping every core busy)", () => {
    for (const coresBusy of [false, true]) {
      const flags = parserFlags({ heapMiB: heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024), coresBusy, longRun: false });
      expect(runAlone(join(DIST, 'child.bundle.cjs'), flags).cache, flags.join(' ')).toBe('used');
    }
  });
});
