// Owns `corresp topics`: the topic table of src/analyze/topics.ts as text for a terminal, or as JSON for machines.
import type { TopicRule } from '../analyze/topics.js';
import { alternativesOf } from '../analyze/pattern-starts.js';

/** One topic as `corresp topics --json` prints it: the evidence as the exact regular expressions (case-insensitive) and as readable alternatives. */
export interface TopicEntry {
  id: string;
  about: string;
  evidence: {
    /** Fixed terms of the genre that name the topic ("non-GAAP", "COVID-19"): strong evidence. */
    key: Evidence;
    headings: Evidence;
    citations: Evidence;
    phrases: Evidence;
  };
}

interface Evidence {
  /** The JavaScript regular expression source, matched case-insensitively, unanchored unless it starts with `^`. */
  pattern: string;
  /** Its top-level alternatives, simplified for reading ("adjusted (net income|earnings)", "ASC 350…"). */
  readable: string[];
}

/** The table as data, in the taxonomy's order. */
export function topicEntries(topics: readonly TopicRule[]): TopicEntry[] {
  return topics.map((t) => ({
    id: t.id,
    about: t.about,
    evidence: { key: evidence(t.key), headings: evidence(t.heading), citations: evidence(t.citation), phrases: evidence(t.phrases) },
  }));
}

function evidence(pattern: RegExp): Evidence {
  // Key terms are wrapped to match whole words only; the wrapper is no part of what a reader needs.
  const whole = /^\(\?<!\\w\)\(\?:([\s\S]*)\)\(\?!\\w\)$/.exec(pattern.source);
  return { pattern: pattern.source, readable: alternatives(whole?.[1] ?? pattern.source).map(readable) };
}

/**
 * The table for a person: each topic's id and what it covers, then its heading words, citations
 * (a trailing … means "and any continuation": `ASC 350…` is ASC 350 and its subtopics) and phrases,
 * wrapped to `width` columns.
 */
export function topicTableText(topics: readonly TopicRule[], width = 100): string {
  const w = Math.max(60, width);
  const out: string[] = [
    ...wrap(
      'Topics of comments (comment.topics): this table finds the evidence for each topic in a comment: its headings (the innermost, the one above, further out), the citations it makes, a key term and the distinct phrases it uses. A model trained on the project\'s hand labels (src/analyze/topic-model.ts, `npm run train-topics`) weighs that evidence together with the words of the comment and its headings, and lists the likely topics, strongest first. Patterns are case-insensitive; … = any continuation.',
      w,
      '',
    ),
    '',
  ];
  for (const entry of topicEntries(topics)) {
    out.push(...wrap(`${entry.id}: ${entry.about}`, w, '  '));
    out.push(...wrap(`key terms: ${entry.evidence.key.readable.join(' · ')}`, w, '             ', '  '));
    out.push(...wrap(`headings:  ${entry.evidence.headings.readable.join(' · ')}`, w, '             ', '  '));
    out.push(...wrap(`citations: ${entry.evidence.citations.readable.join(' · ')}`, w, '             ', '  '));
    out.push(...wrap(`phrases:   ${entry.evidence.phrases.readable.join(' · ')}`, w, '             ', '  '));
    out.push('');
  }
  return out.join('\n');
}

/** Split a regex source at its top-level `|` (not inside a group or a character class); an anchored group reads as its alternatives. */
export function alternatives(source: string): string[] {
  const parts = alternativesOf(source);
  // A pattern that is one group of alternatives with an anchor (`^(?:ASC 605|ASC 606)`) reads as its alternatives.
  if (parts.length === 1) {
    const whole = /^\^\(\?:(.*)\)$/.exec(source);
    if (whole !== null && alternatives(whole[1] as string).length > 1) return alternatives(whole[1] as string).map((a) => `^${a}`);
  }
  return parts;
}

/** One alternative for reading: no word-boundary or non-capturing markers, escapes undone, a prefix anchor shown as a trailing …. */
export function readable(alternative: string): string {
  let text = alternative;
  const prefix = text.startsWith('^');
  if (prefix) text = text.slice(1);
  text = text
    .replace(/\(\?!([^()]*(?:\([^()]*\)[^()]*)*)\)/g, (_, inner: string) => ` (not ${unescape(inner)})`)
    .replace(/\\b/g, '')
    .replace(/\(\?:/g, '(')
    .replace(/\(\?<?[=!]/g, '(');
  text = unescape(text);
  return prefix ? `${text}…` : text;
}

function unescape(text: string): string {
  return text
    .replace(/\\w[+*]/g, '…')
    .replace(/\\d\{\d+(?:,\d*)?\}|\\d[+*]/g, '#')
    .replace(/\\s[+*]?/g, ' ')
    .replace(/(?<=[A-Za-z])([A-Za-z])\?/g, '($1)')
    .replace(/\\d/g, '#')
    .replace(/\\(.)/g, '$1');
}

/** Word-wrap one entry: `first` prefix on the first line, `rest` on continuation lines (after `indent`). */
function wrap(text: string, width: number, rest: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + rest;
    }
    line += (line.trim() === '' ? '' : ' ') + word;
  }
  lines.push(line);
  return lines;
}
