// Owns the analysis's tables built ahead of time (made by `npm run tables`): the models' tries, rows and lookups and
// the topic table's start patterns, their layout in analysis-tables-data.ts and their bytes in analysis-tables.bin. A
// process reads them in about a millisecond; built from the models they took 50-100 ms, most of the analysis's
// start-up, which every parser process pays and a single-letter `corresp parse` waits for. The bytes are a file of
// their own, not text in a module: as base64 in the parser's bundle they cost a parser process about 20 ms at start
// (a bundle and code cache twice the size to read, and the text decoded).
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { ANALYSIS_TABLE_LAYOUT } from './analysis-tables-data.js';

type Table = Int32Array | Uint8Array | Float64Array;
const TYPES = { Int32Array, Uint8Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

/** Where tables stand in a tree of plain values: each typed array as { $table: k }, `tables[k]` saying which and how long. */
export interface TableLayout {
  tree: unknown;
  tables: { type: TypeName; length: number }[];
}

/** Tables as stored: their layout, and their bytes one after another (each 8-aligned). */
export interface PackedTables extends TableLayout {
  bytes: Uint8Array;
}

/** `tree` with each typed array (Int32Array, Uint8Array, Float64Array) stored apart: what `npm run tables` writes. */
export function packTables(tree: unknown): PackedTables {
  const tables: Table[] = [];
  const plain = JSON.parse(
    JSON.stringify(tree, function (this: unknown, key: string, value: unknown) {
      const raw = (this as Record<string, unknown>)[key];
      if (raw instanceof Int32Array || raw instanceof Uint8Array || raw instanceof Float64Array) return { $table: tables.push(raw) - 1 };
      return value;
    }),
  ) as unknown;
  let size = 0;
  for (const table of tables) size = align(size) + table.byteLength;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const table of tables) {
    at = align(at);
    bytes.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), at);
    at += table.byteLength;
  }
  return {
    tree: plain,
    tables: tables.map((table) => ({ type: table.constructor.name as TypeName, length: table.length })),
    bytes,
  };
}

/** The tree packTables stored, its typed arrays views of one buffer. */
export function unpackTables(packed: PackedTables): unknown {
  // Copied once into a buffer of its own: a Float64Array needs its bytes 8-aligned.
  const buffer = new ArrayBuffer(packed.bytes.length);
  new Uint8Array(buffer).set(packed.bytes);
  let at = 0;
  const tables = packed.tables.map(({ type, length }) => {
    at = align(at);
    const table = new TYPES[type](buffer, at, length);
    at += table.byteLength;
    return table;
  });
  const restore = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(restore);
    if (value === null || typeof value !== 'object') return value;
    const k = (value as { $table?: unknown }).$table;
    if (typeof k === 'number') return tables[k];
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, restore(v)]));
  };
  return restore(packed.tree);
}

function align(at: number): number {
  return (at + 7) & ~7;
}

let read: Record<string, unknown> | null | undefined;

/**
 * The stored tables (undefined: none stored, or a big-endian machine, whose typed arrays would read
 * the little-endian bytes wrong): each reader builds its own then. Read once per process.
 */
export function storedTables(): Record<string, unknown> | undefined {
  if (read === undefined) {
    read =
      ANALYSIS_TABLE_LAYOUT === null || endianness() !== 'LE'
        ? null
        : (unpackTables({ ...ANALYSIS_TABLE_LAYOUT, bytes: readFileSync(new URL('./analysis-tables.bin', import.meta.url)) }) as Record<string, unknown>);
  }
  return read ?? undefined;
}
