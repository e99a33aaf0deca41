#!/usr/bin/env node
// Part of `npm run build`, after tsc: copies the data files of src/ (every file that is not TypeScript: the models'
// word weights, the analysis tables' bytes) to the same places in dist/, where the compiled modules read them.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name.endsWith('.ts')) continue;
  const from = join(entry.parentPath, entry.name);
  cpSync(from, join(root, 'dist', from.slice(join(root, 'src').length)));
}
