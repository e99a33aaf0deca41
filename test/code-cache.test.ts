// A parser process starts from V8's code cache of its bundle: used when it fits, harmless when it does not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCacheFile } from '../src/code-cache.js';
import { heapMiBFor, parserFlags } from '../src/batch/parser-process.js';
import { DEFAULT_MAX_MEMORY_MIB } from '../src/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'corresp-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DIST = join(import.meta.dirname, '..', 'dist', 'batch');

/** What runBundle (the build's) says in a process of its own (one process's V8 keeps what it compiled, cache or none). */
function runAlone(file: string, flags: readonly string[], then = ''): { cache: string; answer: string; hadCache: boolean } {
  const script = `import { hasCodeCache, runBundle } from ${JSON.stringify(pathToFileURL(join(DIST, '..', 'code-cache.js')).href)};
    const hadCache = hasCodeCache(${JSON.stringify(file)}, ${JSON.stringify(flags)});
    const run = runBundle(${JSON.stringify(file)}, ${JSON.stringify(flags)});
    ${then}
    process.stdout.write(JSON.stringify({ cache: run.cache, answer: run.exports.answer?.(), hadCache }));`;
  const child = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CORRESP_WRITE_CODE_CACHE: '' } });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { cache: string; answer: string; hadCache: boolean };
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
    expect(runAlone(file, flags, 'run.writeCache();')).toEqual({ cache: 'none', answer, hadCache: false });
    expect(runAlone(file, flags)).toEqual({ cache: 'used', answer, hadCache: true });
    writeFileSync(codeCacheFile(file, '// bundle 1\n', flags), 'not a code cache');
    expect(runAlone(file, flags)).toEqual({ cache: 'rejected', answer, hadCache: true });
  });

  it('should keep a cache per bundle content and per set of flags', () => {
    const file = bundle('b.cjs', '// bundle 1');
    expect(runAlone(file, flags, 'run.writeCache();').cache).toBe('none');
    expect(runAlone(file, ['--max-old-space-size=512'])).toMatchObject({ cache: 'none', hadCache: false });
    // Same length, other content: V8 would take the old cache; the first line, which names the content, keeps them apart.
    bundle('b.cjs', '// bundle 2');
    expect(runAlone(file, flags)).toMatchObject({ cache: 'none', hadCache: false });
  });
});

describe('the build', () => {
  it("should make the caches a parser process's flags take (one letter, and a batch keeping every core busy), of its bundle and the PDF libraries'", () => {
    for (const coresBusy of [false, true]) {
      const flags = parserFlags({ heapMiB: heapMiBFor(DEFAULT_MAX_MEMORY_MIB * 1024 * 1024), coresBusy, longRun: false });
      for (const file of [join(DIST, 'child.bundle.cjs'), join(DIST, '..', 'load', 'pdf-libraries.bundle.cjs')]) {
        expect(runAlone(file, flags), `${file} ${flags.join(' ')}`).toMatchObject({ cache: 'used', hadCache: true });
      }
    }
  });
});
