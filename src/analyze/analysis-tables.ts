// Owns the analysis's tables built ahead of time (analysis-tables-data.ts, made by `npm run tables`): the
// models' tries, rows and lookups and the topic table's start patterns. A process reads them in about a
// millisecond; built from the models they took 50-100 ms, most of the analysis's start-up, which every
// parser process pays and a single-letter `corresp parse` waits for.
import { endianness } from 'node:os';
import { ANALYSIS_TABLES } from './analysis-tables-data.js';

type Table = Int32Array | Uint8Array | Float64Array;
const TYPES = { Int32Array, Uint8Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

/** Tables as stored: a tree of plain values whose typed arrays stand as { $table: k }, their bytes one after another (each 8-aligned) in `data`, base64. */
export interface PackedTables {
  tree: unknown;
  tables: { type: TypeName; length: number }[];
  data: string;
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
    data: Buffer.from(bytes).toString('base64'),
  };
}

/** The tree packTables stored, its typed arrays views of one buffer. */
export function unpackTables(packed: PackedTables): unknown {
  const decoded = Buffer.from(packed.data, 'base64');
  // Copied once into a buffer of its own: a Float64Array needs its bytes 8-aligned.
  const buffer = new ArrayBuffer(decoded.length);
  new Uint8Array(buffer).set(decoded);
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
  if (read === undefined) read = ANALYSIS_TABLES === null || endianness() !== 'LE' ? null : (unpackTables(ANALYSIS_TABLES) as Record<string, unknown>);
  return read ?? undefined;
}
