// `corresp topics` (the topic table for people and machines) and `corresp schema --conversation`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../src/analyze/topic-ids.js';
import { TOPICS } from '../src/analyze/topics.js';
import { alternatives, readable, type TopicEntry, topicTableText } from '../src/format/topic-table.js';
import { LETTERS_DIR, runCli } from './fixtures.js';

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('corresp topics', () => {
  it('should print every topic id at the start of a line with what it covers and its evidence', async () => {
    const { status, stdout, stderr } = await runCli(['topics']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const ids = [...stdout.matchAll(/^([a-z-]+): /gm)].map((m) => m[1]);
    expect(ids).toEqual([...TOPIC_IDS]);
    const flat = squash(stdout);
    for (const topic of TOPICS) {
      expect(flat).toContain(`${topic.id}: ${topic.about}`);
      // Every citation alternative is listed, readable ("ASC 350…" for ^ASC 350).
      for (const alt of alternatives(topic.citation.source)) expect(flat).toContain(readable(alt));
    }
    expect(flat).toContain('Regulation G…');
    // The key terms are listed too, without the whole-word wrapper.
    expect(flat).toContain('key terms: non-GAAP · Regulation G · Item 10(e)');
    expect(stdout).not.toContain('(?<!');
    expect(stdout).not.toMatch(/\(\?:|\\b/);
  });

  it('should wrap to the width it is given', () => {
    const lines = topicTableText(TOPICS, 72).split('\n');
    expect(lines.length).toBeGreaterThan(TOPICS.length * 4);
    // A line passes the width only when it holds one word too long for any line.
    for (const line of lines) if (line.length > 72) expect(line.trim().split(' ')).toHaveLength(1);
    expect(squash(lines.join(' '))).toBe(squash(topicTableText(TOPICS, 200)));
  });

  it('should give the exact patterns with --json, in taxonomy order', async () => {
    const { status, stdout } = await runCli(['topics', '--json']);
    expect(status).toBe(0);
    const entries = JSON.parse(stdout) as TopicEntry[];
    expect(entries.map((e) => e.id)).toEqual([...TOPIC_IDS]);
    entries.forEach((entry, i) => {
      const rule = TOPICS[i];
      expect(entry.about).toBe(rule?.about);
      expect(entry.evidence.headings.pattern).toBe(rule?.heading.source);
      expect(entry.evidence.citations.pattern).toBe(rule?.citation.source);
      expect(entry.evidence.phrases.pattern).toBe(rule?.phrases.source);
      expect(entry.evidence.phrases.readable.length).toBeGreaterThan(1);
      // The pattern a machine gets behaves as the rule does.
      expect(new RegExp(entry.evidence.headings.pattern, 'i').test(rule?.about ?? '')).toBe(new RegExp(rule?.heading.source ?? '', 'i').test(rule?.about ?? ''));
    });
  });
});

describe('alternatives', () => {
  it('should split only at top-level bars, never inside a group, a class or after a backslash', () => {
    expect(alternatives(String.raw`a|b (?:c|d)|[|]x|e\|f`)).toEqual(['a', 'b (?:c|d)', '[|]x', String.raw`e\|f`]);
    expect(alternatives(String.raw`^(?:ASC 605|ASC 606)`)).toEqual(['^ASC 605', '^ASC 606']);
  });

  it('should lose nothing: the alternatives of every rule join back into its pattern', () => {
    for (const topic of TOPICS) {
      for (const pattern of [topic.heading, topic.phrases]) expect(alternatives(pattern.source).join('|')).toBe(pattern.source);
    }
  });

  it('should read a prefix anchor as a trailing ellipsis and drop regex markers', () => {
    expect(readable(String.raw`^S-K Item 10\(e\)`)).toBe('S-K Item 10(e)…');
    expect(readable(String.raw`\bEBITDA\b`)).toBe('EBITDA');
    expect(readable(String.raw`adjusted (?:net income|earnings)`)).toBe('adjusted (net income|earnings)');
    expect(readable(String.raw`performance obligations?`)).toBe('performance obligation(s)');
  });
});

describe('corresp schema --conversation', () => {
  it('should print the conversation schema, which every `corresp thread` line validates against', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { status, stdout } = await runCli(['schema', '--conversation']);
    expect(status).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.properties.conversation.type).toBe('string');
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const thread = await runCli(['thread', '-q', join(LETTERS_DIR, '2016-ajg-10k-upload.pdf'), join(LETTERS_DIR, '2016-ajg-10k-corresp.htm')]);
    const lines = thread.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(validate(line), JSON.stringify(validate.errors)).toBe(true);
    // No rubber stamp: a parse record is not a conversation.
    expect(validate({ schemaVersion: 1, source: { file: 'x' } })).toBe(false);
  });

  it('should refuse two kinds at once, exit 2', async () => {
    const { status, stderr } = await runCli(['schema', '--letter', '--conversation']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--letter and --conversation exclude each other/);
  });
});
