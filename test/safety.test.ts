// Safety: parsing never touches the network, whatever the letter links to.
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLetter } from '../src/index.js';
import { fixtures } from './fixtures.js';

describe('no network access', () => {
  const attempts: string[] = [];
  const realFetch = globalThis.fetch;
  const realConnect = net.Socket.prototype.connect;

  beforeAll(() => {
    globalThis.fetch = (async (url: unknown) => {
      attempts.push(`fetch ${String(url)}`);
      throw new Error('network access in a test');
    }) as typeof fetch;
    net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
      attempts.push(`connect ${JSON.stringify(args[0])}`);
      return realConnect.apply(this, args as Parameters<typeof realConnect>);
    } as typeof realConnect;
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
    net.Socket.prototype.connect = realConnect;
  });

  it('should parse every fixture letter (PDF fonts included) without a fetch or a socket', async () => {
    for (const fixture of fixtures()) await parseLetter(readFileSync(fixture.path), { file: fixture.file });
    expect(attempts).toEqual([]);
  }, 120_000);

  it('should not load what an HTML letter links to (images, styles, scripts, frames)', async () => {
    const html = `<html><head><link rel="stylesheet" href="http://example.com/a.css"><script src="https://example.com/x.js"></script></head>
      <body><img src="http://example.com/logo.png"><iframe src="http://example.com/f"></iframe>
      <p>March 1, 2024</p><p>Re: Acme Corp. Form 10-K File No. 001-00001</p><p>Dear Mr. Smith:</p>
      <p>1. Please revise your disclosure.</p><p>Sincerely,</p></body></html>`;
    const { letter } = await parseLetter(new TextEncoder().encode(html), { file: 'links.htm' });
    expect(letter.comments.map((c) => c.number)).toEqual([1]);
    expect(attempts).toEqual([]);
  });
});
