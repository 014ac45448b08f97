import { describe, expect, it } from 'vitest';
import { looksLikeReportTitle, TITLE_PATTERNS } from '../../lib/detect';
import { toSimplified } from '../../lib/parse/hant';
import { titleToSimplified } from '../../lib/parse/hant-title';

// Every traditional character the full table knows, by the simplified one it stands for.
const traditionalOf = (simplified: string): string[] => {
  const out: string[] = [];
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    if (ch !== simplified && toSimplified(ch) === simplified) out.push(ch);
  }
  return out;
};

describe('the title table (what the every-page detector carries instead of the full one)', () => {
  const used = [...new Set(TITLE_PATTERNS.flatMap((p) => [...p.source]).filter((ch) => /\p{Script=Han}/u.test(ch)))];

  it('converts every traditional form of every character the title patterns use, as the full table does', () => {
    const missing = used.flatMap(traditionalOf).filter((t) => titleToSimplified(t) !== toSimplified(t));
    expect(missing).toEqual([]);
  });

  it('recognises the traditional mirror of a title exactly as the simplified one', () => {
    expect(looksLikeReportTitle('2023年政府資訊公開工作年度報告')).toBe(true);
    expect(looksLikeReportTitle('關於2023年政府資訊公開工作年度報告編制工作的通知')).toBe(false);
    expect(looksLikeReportTitle('2023年政府資訊公開工作年度報告解讀')).toBe(false);
  });
});
