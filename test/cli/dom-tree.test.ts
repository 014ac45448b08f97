/**
 * The light DOM's tree is parse5's own, node for node: its tokenizer reads runs of plain characters
 * at once (lib/dom/parse.ts), so the tree is held equal to the one parse5's stock tokenizer and
 * default tree builds, serialised, on every HTML fixture and on random markup made of what those
 * runs must stop at (quotes, references, NUL, CR/LF, white space, surrogates, tags, comments), and
 * on random tags whose names and attributes are what the name runs read or stop at. The document's
 * element index, which the parser lists as it builds (unless it moves or inserts elements out of
 * order), is what a walk of the tree finds, on the same pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { decode } from '../../cli/load';
import { HTML_NS, LightParent, type LightDocument } from '../../lib/dom/nodes';
import { lightTreeAdapter, parseHtml } from '../../lib/dom/parse';
import { corpusDir, fixturesDir } from '../support/paths';

const light = (html: string) => serialize(parseHtml(html) as never, { treeAdapter: lightTreeAdapter });
const stock = (html: string) => serialize(parse(html, { scriptingEnabled: false }));

/** Each element's tagName wherever it is not the DOM's: its local name, upper-cased in the HTML namespace. */
const wrongTagNames = (html: string) =>
  (parseHtml(html) as unknown as LightDocument)
    .getElementsByTagName('*')
    .filter((el) => el.tagName !== (el.namespaceURI === HTML_NS ? el.localName.toUpperCase() : el.localName))
    .map((el) => `${el.localName} ${el.tagName}`);

const PIECES = [
  '<td style="', "<p title='", '<span class=MsoNormal style=\'font-size:10.5pt\'>', '"', "'", '=', '>', '<', '</', '/>', ' ', '\t', '\f',
  '\n', '\r', '\r\n', '\0', '&', '&amp;', '&lt', '&#20010;', '&#x4e2a;', '&nbsp', '&notit;', '😀', '\ud800', '\udc00', '表三', '总计', '12',
  'abc', '<table>', '<tr>', '<td>', '</td>', '</table>', '<!--', '-->', '--!>', '<script>', '</script>', '<style>', '<textarea>', '<title>',
  '<svg>', '<math>', '<![CDATA[', ']]>', '<template>', '<pre>', '<plaintext>', '<xmp>', '<noscript>', '<frameset>', '</frameset>', '<colgroup>', '<select>', '  ', '\t \f', '\n  ', 'a b',
];

// Tags whose names the tokenizer reads as runs (lib/dom/tokenizer.ts nameRun): ASCII upper and mixed case,
// digits, `-`, `:`, non-ASCII letters String#toLowerCase would change (İ, K, É), and everything a run
// must stop at — NUL, quotes, `<`, `=`, `/`, `>`, white space, CR/LF, surrogates — in names, between
// attributes, duplicated (in any case) and cut off at the end of the input.
const NAME_CHARS = ['a', 'b', 'Z', 'Q', '1', '-', ':', '_', 'İ', 'K', 'é', 'É', '表', '\0', '"', "'", '<', '=', '/', '>', ' ', '\t', '\f', '\r', '\n', '\r\n', '😀', '\ud800', '&'];
const nameArb = fc.oneof(
  fc.constantFrom('td', 'TD', 'Td', 'o:p', 'O:P', 'h1', 'H1', 'class', 'CLASS', 'Class', 'style', 'STYLE', 'x-Y2:z', 'ÉCLASS'),
  // Tags whose attributes the tree builder moves (html, body), copies (formatting elements, re-made by
  // the adoption agency) or renames (SVG and MathML), and those whose end tags it turns into elements.
  fc.constantFrom('html', 'body', 'a', 'b', 'font', 'i', 'nobr', 'strike', 'tt', 'p', 'br', 'table', 'svg', 'math', 'viewbox', 'xlink:href', 'definitionurl'),
  fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 8 }).map((cs) => cs.join('')),
);
const attrArb = fc
  .tuple(fc.constantFrom(' ', '\n', '\r\n', '\r', '/', ''), nameArb, fc.constantFrom('', '=', '="v"', "='w'", '=u', ' = "x"', '=MsoNormal', '=a&amp;b', '=a&b', '=x"y', "=x'y", '=x<y', '=x=y', '=x`y', '=x\0y', '=é😀\ud800x', '=a\tb', '=a\r\nb'))
  .map((parts) => parts.join(''));
const tagArb = fc
  .tuple(fc.constantFrom('<', '</'), nameArb, fc.array(attrArb, { maxLength: 4 }), fc.constantFrom('>', '/>', ' >', '\r\n>', ''))
  .map(([open, name, attrs, close]) => `${open}${name}${attrs.join('')}${close}`);

/** Element names whose index differs from a walk of the tree (every element's name, in tree order). */
const misindexed = (html: string): string[] => {
  const doc = parseHtml(html) as unknown as LightDocument;
  const walked = LightParent.prototype.getElementsByTagName.call(doc, '*');
  const names = new Set(walked.map((el) => el.localName).filter((n) => n === n.toLowerCase()));
  return [...names].filter((n) => {
    const indexed = doc.getElementsByTagName(n);
    const expected = walked.filter((el) => el.localName === n);
    return indexed.length !== expected.length || indexed.some((el, i) => el !== expected[i]);
  });
};

describe('the light DOM\'s tree', { timeout: 120_000 }, () => {
  const files = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.html?$/.test(f)).map((f) => join(fixturesDir, f));
  files.push(...readdirSync(corpusDir).filter((f) => f.endsWith('.html')).map((f) => join(corpusDir, f)));

  it('is parse5\'s, tag names the DOM\'s, on every HTML fixture and the corpus page', () => {
    for (const file of files) {
      const html = decode(readFileSync(file));
      expect(light(html), file).toBe(stock(html));
      expect(wrongTagNames(html), file).toEqual([]);
      expect(misindexed(html), file).toEqual([]);
    }
  });

  it('is parse5\'s, tag names the DOM\'s, on random tags of every name a name run reads or stops at', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tagArb, fc.constantFrom(...PIECES)), { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        expect(light(html)).toBe(stock(html));
        expect(wrongTagNames(html)).toEqual([]);
        expect(misindexed(html)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('is parse5\'s on random markup of the characters a run stops at', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        expect(light(html)).toBe(stock(html));
        expect(misindexed(html)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
