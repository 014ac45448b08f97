import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { readMessages } from '../popup/support';

const zh = readMessages('zh_CN');
const en = readMessages('en');
const wfKeys = (m: Record<string, unknown>) => Object.keys(m).filter((k) => k.startsWith('wf_')).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}
const code = ['components/workflow', 'components/history', 'components/column', 'components/compare', 'entrypoints/history', 'entrypoints/column', 'entrypoints/compare']
  .flatMap((d) => sources(resolve(repoRoot, d)))
  .join('\n');

describe('the workflow pages’ strings in the locale files', () => {
  it('exist in Chinese and English alike, with the same placeholders', () => {
    expect(wfKeys(en)).toEqual(wfKeys(zh));
    for (const key of wfKeys(zh)) expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(zh[key]?.placeholders ?? {}));
  });

  it('cover every key the pages use, and the pages use every key', () => {
    const used = new Set([...code.matchAll(/['"`](wf_[a-z0-9_]+)['"`]/g)].map((m) => m[1]!));
    for (const key of used) expect(zh, key).toHaveProperty(key);
    expect(wfKeys(zh).filter((k) => !used.has(k))).toEqual([]);
  });

  it('say which language they are', () => {
    expect(zh.wf_lang?.message).toBe('zh');
    expect(en.wf_lang?.message).toBe('en');
  });
});
