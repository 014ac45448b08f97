import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { readMessages } from '../popup/support';

const zh = readMessages('zh_CN');
const en = readMessages('en');
const resultsKeys = (m: Record<string, unknown>) => Object.keys(m).filter((k) => k.startsWith('results_')).sort();

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
const code = [...sources(resolve(repoRoot, 'components/results')), ...sources(resolve(repoRoot, 'entrypoints/results'))].join('\n');

describe('the results page strings', () => {
  it('exist in Chinese and English alike, with the same placeholders', () => {
    expect(resultsKeys(en)).toEqual(resultsKeys(zh));
    for (const key of resultsKeys(zh)) expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(zh[key]?.placeholders ?? {}));
  });

  it('cover every key the page uses (its own and the popup’s), and the page uses every one of its own', () => {
    const used = new Set([...code.matchAll(/['"`]((?:results|popup)_[A-Za-z0-9][A-Za-z0-9_]*)['"`]/g)].map((m) => m[1]!));
    for (const key of used) expect(zh, key).toHaveProperty(key);
    expect(resultsKeys(zh).filter((k) => !used.has(k))).toEqual([]);
  });
});
