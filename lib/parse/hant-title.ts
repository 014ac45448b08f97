/**
 * Traditional → simplified, character for character, for the words a disclosure report's title is
 * recognised by (年度報告, 資訊公開, 通知, 預算…): all the detector on every .gov.cn page needs, so the
 * full table (lib/parse/hant.ts, which starts with these pairs) stays out of that script.
 */
export const TITLE_TRADITIONAL = '劃務匯單報專彙徵決統總與製見規計訊讀資辦錄錶開預點';
export const TITLE_SIMPLIFIED = '划务汇单报专汇征决统总与制见规计讯读资办录表开预点';

/** A converter over one table; the map and pattern are built on first use, not when the script loads. */
export function simplifier(traditional: string, simplified: string): (text: string) => string {
  let map: Map<string, string> | undefined;
  let any: RegExp | undefined;
  return (text) => {
    if (!map || !any) {
      map = new Map();
      for (let i = 0; i < traditional.length; i++) map.set(traditional[i]!, simplified[i]!);
      any = new RegExp(`[${traditional}]`, 'g');
    }
    const m = map;
    return text.replace(any, (ch) => m.get(ch) ?? ch);
  };
}

/** Traditional → simplified for a title's recognising words only. */
export const titleToSimplified = simplifier(TITLE_TRADITIONAL, TITLE_SIMPLIFIED);
