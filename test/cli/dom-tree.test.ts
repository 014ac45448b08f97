/**
 * The light DOM's tree is parse5's own, node for node: its tokenizer reads runs of plain characters
 * at once (lib/dom/parse.ts), so the tree is held equal to the one parse5's stock tokenizer and
 * default tree builds, serialised, on every HTML fixture and on random markup made of what those
 * runs must stop at (quotes, references, NUL, CR/LF, white space, surrogates, tags, comments).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { decode } from '../../cli/load';
import { lightTreeAdapter, parseHtml } from '../../lib/dom/parse';
import { corpusDir, fixturesDir } from '../support/paths';

const light = (html: string) => serialize(parseHtml(html) as never, { treeAdapter: lightTreeAdapter });
const stock = (html: string) => serialize(parse(html, { scriptingEnabled: false }));

const PIECES = [
  '<td style="', "<p title='", '<span class=MsoNormal style=\'font-size:10.5pt\'>', '"', "'", '=', '>', '<', '</', '/>', ' ', '\t', '\f',
  '\n', '\r', '\r\n', '\0', '&', '&amp;', '&lt', '&#20010;', '&#x4e2a;', '&nbsp', '&notit;', '😀', '\ud800', '\udc00', '表三', '总计', '12',
  'abc', '<table>', '<tr>', '<td>', '</td>', '</table>', '<!--', '-->', '--!>', '<script>', '</script>', '<style>', '<textarea>', '<title>',
  '<svg>', '<math>', '<![CDATA[', ']]>', '<template>', '<pre>', '<plaintext>',
];

describe('the light DOM\'s tree', { timeout: 120_000 }, () => {
  const files = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.html?$/.test(f)).map((f) => join(fixturesDir, f));
  files.push(...readdirSync(corpusDir).filter((f) => f.endsWith('.html')).map((f) => join(corpusDir, f)));

  it('is parse5\'s on every HTML fixture and the corpus page', () => {
    for (const file of files) {
      const html = decode(readFileSync(file));
      expect(light(html), file).toBe(stock(html));
    }
  });

  it('is parse5\'s on random markup of the characters a run stops at', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        expect(light(html)).toBe(stock(html));
      }),
      { numRuns: 2000 },
    );
  });
});
