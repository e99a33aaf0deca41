#!/usr/bin/env node
// Part of `npm run build`: writes the JSON Schemas `corresp schema` prints to dist/output-schemas.json, so
// that the command reads one small file instead of loading zod and deriving them (~55 ms of its ~160).
// test/cli.test.ts checks the file against the schemas derived from the source.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const { outputJsonSchema, SCHEMA_KINDS } = await import(join(dist, 'schema.js'));
writeFileSync(join(dist, 'output-schemas.json'), `${JSON.stringify(Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, outputJsonSchema(kind)])))}\n`);
