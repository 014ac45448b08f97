/**
 * A file's bytes become the text TextDecoder gives (the CLI decodes valid UTF-8 through ICU, for
 * speed): by its BOM, else the charset a `<meta>` declares, else UTF-8 when the bytes are, else GB18030.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../cli/load';
import { corpusDir, fixturesDir } from '../support/paths';

/** What the CLI decoded with TextDecoder alone (declaredCharset as cli/load.ts reads it). */
function byTextDecoder(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'));
  const label = m?.[1]?.toLowerCase();
  if (label) {
    try {
      return new TextDecoder(label === 'gb2312' || label === 'gbk' ? 'gb18030' : label).decode(bytes);
    } catch {
      // unknown label: sniffed
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

// Bytes of Chinese and ASCII text, emoji, and what makes UTF-8 invalid: lone continuation bytes,
// truncated and overlong sequences, surrogates, code points past U+10FFFF, and GBK.
const PIECES = ['表三', '总计', 'abc', '😀', '\u00e9', '<meta charset="utf-8">', '<meta charset=gbk>', '<meta charset="utf8">', '<meta charset="x-nope">']
  .map((s) => [...Buffer.from(s)])
  .concat([[0x80], [0xe8, 0xa1], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xb1, 0xed, 0xc8, 0xfd], [0xff]]);

describe('decoding a file', () => {
  it('gives TextDecoder\'s text for every fixture and corpus page', () => {
    const files = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html?|txt)$/.test(f)).map((f) => join(fixturesDir, f));
    files.push(...readdirSync(corpusDir).filter((f) => f.endsWith('.html')).map((f) => join(corpusDir, f)));
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(decode(bytes) === byTextDecoder(bytes), file).toBe(true);
    }
  });

  it('gives TextDecoder\'s text for random bytes, valid UTF-8 or not, declared or not', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 })), { maxLength: 20 }), (pieces) => {
        const bytes = Buffer.from(pieces.flat());
        expect(decode(bytes)).toBe(byTextDecoder(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});
