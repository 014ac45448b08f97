/**
 * Numbers the narrative states about applications, reviews and lawsuits. Only phrases tied to
 * 政府信息公开申请 count: reports are full of other numbers (受理网络问政182件, 主动公开信息132条,
 * 12345热线, 答复率100%) that a loose pattern would set against the tables.
 */

const N = '([0-9０-９]+|[零〇一二两三四五六七八九十百千]+)';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "12", "１２", "十二", "一百零五" → the number. */
export function parseCount(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const unit = UNITS[ch];
    if (unit === undefined) {
      digit = DIGITS[ch] ?? 0;
    } else {
      // 「十二」: a unit with no digit before it means one of it.
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/** Table 3's result groups as the text names them. */
export type T3Group = 'granted' | 'partlyGranted' | 'denied' | 'unavailable' | 'notProcessed' | 'other';
export type T3Claim = 'received' | T3Group | 'combined' | 'processed' | 'naturalPerson' | 'legalPerson' | 'carriedForward';
export type T4Claim = 'review' | 'reviewCorrected' | 'litigation';

export interface Claim<K extends string> {
  kind: K;
  value: number;
  /** The words of the report that state it, to quote in the message. */
  quote: string;
  /** For `combined`: the groups whose sum the text states (「予以公开及部分公开N件」). */
  groups?: T3Group[];
  /** A body the sentence names as its subject (「区政府办公室共受理…」): the text may speak for less than the table. */
  scope?: string;
}

/**
 * A statement broken by a line break (a PDF's or a converter's wrapping) is one statement: before
 * its count (「申请\n5件」), or before the word the count belongs to (「被提起\n诉讼二件」, 「信息公开\n申请5件」).
 * Only there: a heading line joined to the paragraph under it would make new sentences.
 */
// The line break first, the character before it looked back at from there: the pattern is then
// tried only at line breaks, not at every character of the text.
const BROKEN = new RegExp(`\\n(?<=[\\u4e00-\\u9fff\\d]\\n)(?=${N}?[件起]|(?:行政)?(?:诉讼|起诉|复议)[^。；，,\\d\\n]{0,8}?${N}[件起]|申请[^。；，,\\d\\n]{0,15}?${N}件)`, 'g');
const joinBrokenLines = (text: string): string => text.replace(BROKEN, '');

/** The sentences of text whose broken lines are joined already. */
const sentences = (joined: string): string[] => joined.split(/[。\n]/).filter((s) => s.trim() !== '');

/** Every match of a global pattern, without the copy of the pattern and the iterator `matchAll` makes at each call. */
function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

const GROUPS: Record<string, T3Group> = {
  予以公开: 'granted',
  部分公开: 'partlyGranted',
  不予公开: 'denied',
  无法提供: 'unavailable',
  不予处理: 'notProcessed',
  其他处理: 'other',
};
const GROUP_WORD = '(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)';
const COUNT_TAIL = `[”"」』]?(?:的|为|共|计|合计|有|申请|：|:|\\s)*${N}件`;

// Counts of other channels that sentences about 受理/申请 also give.
const OTHER_CHANNELS = /12345|热线|网络问政|信访|政务服务|便民服务|办件|咨询/;
// Not after 未/没/无: 「未收到…申请」 is its own claim. 依申请 may stand before or after the verb.
const RECEIVED = new RegExp(`(?<![未没无有])(?:收到|受理)[^。；，,\\n]{0,40}?申请[^。；，,\\d\\n]{0,15}?${N}件`, 'g');
const NONE_RECEIVED = /(?:未|没有)(?:收到|接到|受理)[^。；，,\n]{0,40}?申请/g;
const COMBINED = new RegExp(`(?<![不主])${GROUP_WORD}[”"」』]?(?:及|和|与|以及|、)[“"「『]?${GROUP_WORD}${COUNT_TAIL}`, 'g');
const GROUP = new RegExp(`(?<![不主])${GROUP_WORD}${COUNT_TAIL}`, 'g');
const PROCESSED = new RegExp(`(?<![未没])(?:已)?办结(?:了|政府信息公开申请|申请)?(?:共|计)?${N}件`, 'g');
const NATURAL = new RegExp(`自然人(?:申请|提出)?(?:的)?(?:申请)?${N}件`, 'g');
const LEGAL = new RegExp(`法人(?:或|和|及|与)?(?:其他组织)?(?:申请|提出)?(?:的)?(?:申请)?${N}件`, 'g');
const FORWARD = [
  new RegExp(`(?:结转|转结)(?:至|到)?下一?年度?[^。；，,\\d\\n]{0,10}?${N}件`, 'g'),
  new RegExp(`${N}件[^。；，,\\d\\n]{0,6}?(?:结转|转结)(?:至|到)?下一?年`, 'g'),
];
// A subject naming a part of the body: 「区政府办公室全年共受理…」.
const SCOPE = /([\u4e00-\u9fff]{2,20}?(?:办公室|办|局|中心|委员会|委|科|处|站|所|室|部门|单位))(?:全年|本年度?|今年)?(?:共|累计|合计)?$/;

function scopeOf(sentence: string, at: number): string | undefined {
  const clause = sentence.slice(0, at).split(/[，,；;：:]/).at(-1) ?? '';
  return SCOPE.exec(clause.trim())?.[1];
}

/** Blanks out what a pattern matched, so a narrower pattern does not read the same words again. */
const masked = (s: string, spans: RegExpExecArray[]): string =>
  spans.reduce((out, m) => out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length), s);

export function t3Claims(text: string): Claim<T3Claim>[] {
  const out: Claim<T3Claim>[] = [];
  for (const s of sentences(joinBrokenLines(text))) {
    // Every pattern but NONE_RECEIVED ends in a count of 件: most sentences state none.
    const counts = s.includes('件');
    const otherChannel = OTHER_CHANNELS.test(s);
    if (counts && !otherChannel) {
      for (const m of matchesOf(RECEIVED, s)) {
        const scope = scopeOf(s, m.index);
        out.push({ kind: 'received', value: parseCount(m[1]!), quote: m[0], ...(scope ? { scope } : {}) });
      }
      for (const m of matchesOf(PROCESSED, s)) out.push({ kind: 'processed', value: parseCount(m[1]!), quote: m[0] });
    }
    for (const m of matchesOf(NONE_RECEIVED, s)) out.push({ kind: 'received', value: 0, quote: m[0] });
    if (!counts) continue;
    for (const re of FORWARD) {
      for (const m of matchesOf(re, s)) out.push({ kind: 'carriedForward', value: parseCount(m[1]!), quote: m[0] });
    }
    // Outcome words and applicants also describe other things; only a sentence about 申请 is about table 3.
    if (!s.includes('申请') || otherChannel) continue;
    for (const m of matchesOf(NATURAL, s)) out.push({ kind: 'naturalPerson', value: parseCount(m[1]!), quote: m[0] });
    for (const m of matchesOf(LEGAL, s)) out.push({ kind: 'legalPerson', value: parseCount(m[1]!), quote: m[0] });
    const combined = matchesOf(COMBINED, s);
    for (const m of combined) {
      out.push({ kind: 'combined', value: parseCount(m[3]!), quote: m[0], groups: [GROUPS[m[1]!]!, GROUPS[m[2]!]!] });
    }
    for (const m of matchesOf(GROUP, masked(s, combined))) out.push({ kind: GROUPS[m[1]!]!, value: parseCount(m[2]!), quote: m[0] });
  }
  return out;
}

// The gap may not reach into the other kind of case: 「未经行政复议直接提起行政诉讼1件」 is one lawsuit.
const GAP = '(?:(?!行政复议|复议|行政诉讼|诉讼|起诉)[^。；，,\\d\\n]){0,8}?';
// 「经行政复议后起诉」「未经复议」 describe a lawsuit's route, not a review; 行政 may be left out.
const REVIEW = new RegExp(`(?<!经(?:行政)?|行政)(?:行政)?复议(?!后)${GAP}${N}[件起]`, 'g');
const REVIEW_CORRECTED = new RegExp(`(?:被)?纠错${N}[件起]`, 'g');
// 「直接起诉1件」「复议后起诉1件」 are lawsuits too.
const LITIGATION = new RegExp(`(?<!行政)(?:行政)?(?:诉讼|起诉)${GAP}${N}[件起]`, 'g');
// 「未经复议直接起诉」 is a kind of lawsuit, not a denial of one: the verb list leaves 未经 out.
const NEGATION_BEFORE = /(?:(?:未|没有)(?:发生|出现|收到|接到|涉及|产生|被|有)|没有)[^。；，,\n]{0,40}/g;
const NEGATION_AFTER = /(?:行政复议|行政诉讼)[^。；，,\d\n]{0,12}?(?:均|都|也)?(?:未|没有)(?:发生|出现)/g;
const ABOUT_DISCLOSURE = /信息公开|依申请|公开申请/;
const COUNTED = new RegExp(`${N}[件起]`);
// What REVIEW, REVIEW_CORRECTED and LITIGATION all end in.
const COUNT_WORD = /[件起]/;

export function t4Claims(text: string): Claim<T4Claim>[] {
  const out: Claim<T4Claim>[] = [];
  // A body's own review or litigation caseload is not table 4: require the paragraph to be about disclosure.
  for (const paragraph of joinBrokenLines(text).split('\n')) {
    if (!ABOUT_DISCLOSURE.test(paragraph)) continue;
    for (const s of sentences(paragraph)) {
      if (COUNT_WORD.test(s)) {
        for (const m of matchesOf(REVIEW, s)) out.push({ kind: 'review', value: parseCount(m[1]!), quote: m[0] });
        if (s.includes('复议')) {
          for (const m of matchesOf(REVIEW_CORRECTED, s)) out.push({ kind: 'reviewCorrected', value: parseCount(m[1]!), quote: m[0] });
        }
        for (const m of matchesOf(LITIGATION, s)) out.push({ kind: 'litigation', value: parseCount(m[1]!), quote: m[0] });
      }
      // A denial counts only where it names 行政复议 or 行政诉讼.
      if (!s.includes('行政复议') && !s.includes('行政诉讼')) continue;
      for (const m of [...matchesOf(NEGATION_BEFORE, s), ...matchesOf(NEGATION_AFTER, s)]) {
        if (COUNTED.test(m[0])) continue;
        if (m[0].includes('行政复议')) out.push({ kind: 'review', value: 0, quote: m[0] });
        if (m[0].includes('行政诉讼')) out.push({ kind: 'litigation', value: 0, quote: m[0] });
      }
    }
  }
  return out;
}
