import { describe, expect, it } from 'vitest';
import { ACTION_MODEL } from '../src/analyze/action-model.js';
import { actionTables } from '../src/analyze/actions.js';
import { packTables, storedTables, unpackTables } from '../src/analyze/analysis-tables.js';
import { TOPIC_MODEL } from '../src/analyze/topic-model.js';
import { startTables, topicTables } from '../src/analyze/topics.js';
import { NumberedRows } from '../src/analyze/word-rows.js';
import { NodePairs, WordTrie } from '../src/analyze/word-trie.js';

describe('the analysis tables stored built (analysis-tables-data.ts, analysis-tables.bin)', () => {
  it('should be what the models and the topic table build now (else: npm run tables)', () => {
    const stored = storedTables();
    expect(stored, 'no analysis tables stored: run npm run tables').toBeDefined();
    expect(stored?.['topics'], 'the topic model changed since the tables were stored: run npm run tables').toEqual(topicTables(TOPIC_MODEL));
    expect(stored?.['topicStarts'], "the topic table's key terms or phrases changed since the tables were stored: run npm run tables").toEqual(startTables());
    expect(stored?.['actions'], 'the action model changed since the tables were stored: run npm run tables').toEqual(actionTables(ACTION_MODEL));
  });

  it('should give back every typed array and plain value packed, each of its own type, 8-aligned', () => {
    const tree = { a: Int32Array.from([1, -2, 3]), b: [Uint8Array.from([7]), { c: Float64Array.from([0.1, -1e300, 5e-324]) }], d: 'text', e: [1, 2], f: null };
    const back = unpackTables(packTables(tree)) as typeof tree;
    expect(back).toEqual(tree);
    expect(back.a).toBeInstanceOf(Int32Array);
    expect(back.b[0]).toBeInstanceOf(Uint8Array);
    const c = (back.b[1] as { c: Float64Array }).c;
    expect(c).toBeInstanceOf(Float64Array);
    expect(c.byteOffset % 8).toBe(0);
    expect(Object.is(c[2], 5e-324)).toBe(true);
  });

  it('should rebuild tries, pair tables and rows from their tables alike', () => {
    const trie = WordTrie.of(['revise', 'revised', 'future', "don't"]);
    const again = new WordTrie(trie.tables);
    for (const word of ['revise', 'revised', 'future', "don't", 'revis', 'nothing']) expect(again.nodeOf(word)).toBe(trie.nodeOf(word));
    const pairs = NodePairs.of([[3, 4, 0], [4, 3, 1], [9, 9, 2]]);
    const pairsAgain = new NodePairs(pairs.tables);
    expect([pairsAgain.get(3, 4), pairsAgain.get(4, 3), pairsAgain.get(9, 9), pairsAgain.get(3, 3)]).toEqual([0, 1, 2, -1]);
    const rows = new NumberedRows();
    rows.add(Float64Array.from([0, 1.5, 0]));
    rows.add(Float64Array.from([-2, 0, 0.25]));
    const packed = NumberedRows.fromPacked(rows.packed(), 3);
    packed.start();
    packed.gather(1);
    packed.gather(0);
    packed.gather(1);
    expect(packed.gathered()).toEqual([Float64Array.from([-2, 0, 0.25]), Float64Array.from([0, 1.5, 0])]);
    const sums = new Float64Array(3);
    packed.addGathered(sums);
    expect(Array.from(sums)).toEqual([-2, 1.5, 0.25]);
    expect(() => packed.add(Float64Array.from([1, 1, 1]))).toThrow();
  });
});
