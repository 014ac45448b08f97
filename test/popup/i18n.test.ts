import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { readMessages } from './support';

const zh = readMessages('zh_CN');
const en = readMessages('en');
const popupKeys = (m: Record<string, unknown>) => Object.keys(m).filter((k) => k.startsWith('popup_')).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}
const code = [...sources(resolve(repoRoot, 'components/popup')), ...sources(resolve(repoRoot, 'entrypoints/popup'))].join('\n');
/** Keys built from a prefix at run time, expanded here so they are checked too (none today: the words come from lib/model). */
const built: string[] = [];

describe('the popup strings in the locale files', () => {
  it('exist in Chinese (the default locale) and English alike', () => {
    expect(popupKeys(en)).toEqual(popupKeys(zh));
  });

  it('cover every key the popup uses, and the popup uses every key', () => {
    const used = new Set([...code.matchAll(/['"`](popup_[A-Za-z0-9][A-Za-z0-9_]*)['"`]/g)].map((m) => m[1]!).concat(built));
    for (const key of used) expect(zh, key).toHaveProperty(key);
    expect(popupKeys(zh).filter((k) => !used.has(k))).toEqual([]);
  });

  it('take the same placeholders in both languages', () => {
    for (const key of popupKeys(zh)) {
      expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(zh[key]?.placeholders ?? {}));
    }
  });

  it('say which language they are, so finding messages follow the locale', () => {
    expect(zh.popup_lang?.message).toBe('zh');
    expect(en.popup_lang?.message).toBe('en');
  });
});
