import type { T3Column, T3Row, T4Leaf } from '../model';
import { toSimplified } from './hant';

const NUMERAL = '一二三四五六七八九十';
const NUMBERING = new RegExp(
  `^(?:[${NUMERAL}]+[、.．]|[（(][${NUMERAL}\\d]+[)）]|\\d+[、.．)）]|[${NUMERAL}]+(?=[（(])|[.．、])`,
);

/** Simplified characters, no whitespace: the form captions and headers are matched in. */
export const compact = (label: string): string => toSimplified(label).replace(/\s+/g, '');

/**
 * A label reduced to what identifies it: simplified characters, no whitespace, numbering
 * (一、 （三） 2.) and bracketed notes removed, quotes dropped, known variants folded
 * (上年转结/转结下年度 → 结转, 行政事业型收费 → 性).
 */
const stripBrackets = (s: string): string => s.replace(/[（(【[][^（）()【】[\]]*[)）】\]]/g, '');

// What a label cell carries beyond the label (issue #9): markup shown as text, footnote marks and
// stray symbols, and after the label a note or a sentence of its own.
const MARKUP = /<\/?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+);/g;
const MARKS = /[\u2460-\u249B\u00B9\u00B2\u00B3\u2070-\u2079*＊※†‡#＃★☆▲△▼▽●○■□◆◇√✓✔◎]/g;
const APPENDED = /(?:[。；;，,！？!?]|注[:：]|备注|说明[:：]).*$/;

export function core(label: string): string {
  let s = compact(label.replace(MARKUP, '')).replace(MARKS, '');
  for (let i = 0; i < 3; i++) {
    const next = s.replace(NUMBERING, '');
    if (next === s) break;
    s = next;
  }
  // Innermost brackets first, until none are left: a note may hold brackets of its own (含(1)件).
  for (let next = stripBrackets(s); next !== s; next = stripBrackets(s)) s = next;
  return s
    .replace(APPENDED, '')
    .replace(/(?<=[\u4e00-\u9fff])\d+$/, '') // a footnote number run on: 「予以公开1」
    .replace(/[“”"'‘’「」『』]/g, '')
    .replace(/转结/g, '结转')
    .replace(/行政事业型收费/g, '行政事业性收费')
    .replace(/[：:。，,；;]+$/, '');
}

/** Longest label we accept as a table label: longer cells are prose that happens to sit in a table. */
export const MAX_LABEL = 80;

type Matcher<K> = readonly [K, (c: string) => boolean];
const firstMatch = <K>(list: readonly Matcher<K>[], c: string): K | null => list.find(([, test]) => test(c))?.[0] ?? null;

const T3_ROW_MATCHERS: readonly Matcher<T3Row>[] = [
  ['newReceived', (c) => c.includes('本年新收')],
  ['carriedOver', (c) => c.includes('上年结转')],
  ['carriedForward', (c) => c.includes('结转下年')],
  ['granted', (c) => c.startsWith('予以公开')],
  ['partlyGranted', (c) => c.startsWith('部分公开')],
  ['denied.stateSecret', (c) => c.includes('国家秘密')],
  // Also the typo 「其他法律行政止公开」 of a published report (hongze-district-2023.pdf).
  ['denied.lawForbidden', (c) => c.includes('禁止公开') || (c.startsWith('其他法律') && c.endsWith('止公开'))],
  ['denied.threeSecurity', (c) => c.includes('三安全一稳定')],
  ['denied.thirdParty', (c) => c.includes('第三方合法权益')],
  ['denied.internalAffairs', (c) => c.includes('内部事务')],
  ['denied.processInfo', (c) => c.includes('过程性信息')],
  ['denied.enforcementFile', (c) => c.includes('行政执法案卷')],
  ['denied.queryMatter', (c) => c.includes('行政查询事项')],
  ['unavailable.notHeld', (c) => c.includes('不掌握')],
  ['unavailable.needsCreation', (c) => c.includes('另行制作')],
  ['unavailable.unclear', (c) => c.includes('仍不明确')],
  ['notProcessed.complaint', (c) => c.includes('信访举报投诉')],
  ['notProcessed.duplicate', (c) => c.startsWith('重复申请')],
  ['notProcessed.publication', (c) => c.includes('公开出版物')],
  ['notProcessed.massRepeat', (c) => c.includes('大量反复')],
  ['notProcessed.confirmation', (c) => c.includes('重新出具')],
  ['other.noCorrection', (c) => c.includes('不补正')],
  ['other.feeUnpaid', (c) => c.includes('收费通知') || c.includes('缴纳费用')],
  ['other', (c) => c.startsWith('其他处理')],
  ['other.misc', (c) => c === '其他'],
  ['totalProcessed', (c) => c.startsWith('总计') || c.startsWith('合计')],
];
// Group labels of table 3: part of a row's label, never a row of their own.
const T3_GROUPS = new Set(['本年度办理结果', '不予公开', '无法提供', '不予处理']);

// A group label run into its row's own label in one cell: 「三、本年度办理结果（一）予以公开」.
const GROUP_PREFIX = new RegExp(`^(?:本年度办理结果|不予公开|无法提供|不予处理|其他处理)(?=\\d|[${NUMERAL}])`);
export const t3RowKey = (c: string): T3Row | null => {
  const own = c.replace(/^本年度办理结果/, '');
  return firstMatch(T3_ROW_MATCHERS, GROUP_PREFIX.test(own) ? core(own.replace(GROUP_PREFIX, '')) : own);
};
export const isT3Group = (c: string): boolean => T3_GROUPS.has(c);

// Maps, not object literals: a page's label 「constructor」 would find Object's own property in one.
const T3_COLUMN_KEYS = new Map<string, T3Column>([
  ['自然人', 'naturalPerson'],
  ['商业企业', 'commercial'],
  ['科研机构', 'research'],
  ['社会公益组织', 'nonprofit'],
  ['法律服务机构', 'legalService'],
  ['其他', 'otherOrg'],
  ['总计', 'total'],
  ['合计', 'total'],
]);

/** Table 3 column headers; `group` is 法人或其他组织 spanning the five organisation columns. */
export function t3ColumnKey(c: string): T3Column | 'legalSubtotal' | 'group' | null {
  if (c.includes('小计')) return 'legalSubtotal';
  if (/^法人(或|和|及|与)?(其他组织)?$/.test(c)) return 'group';
  return T3_COLUMN_KEYS.get(c) ?? null;
}

const T2_ROW_MATCHERS: readonly Matcher<string>[] = [
  ['regulations', (c) => c === '规章'],
  ['normativeDocuments', (c) => c.startsWith('行政规范性文件') || c.startsWith('规范性文件')],
  ['licensing', (c) => c.startsWith('行政许可')],
  ['otherServices', (c) => c.includes('对外管理服务事项')],
  ['penalty', (c) => c.startsWith('行政处罚')],
  ['coercion', (c) => c.startsWith('行政强制')],
  ['fees', (c) => c.startsWith('行政事业性收费')],
  ['procurement', (c) => c.includes('集中采购')],
];
export const t2RowKey = (c: string): string | null => firstMatch(T2_ROW_MATCHERS, c);

export interface T2Column {
  key: string;
  /** Which template the header belongs to, or null when both use it. */
  format: '2019' | '2021' | null;
}
const T2_COLUMN_MATCHERS: readonly Matcher<T2Column>[] = [
  [{ key: 'newlyMade', format: '2019' }, (c) => c.includes('新制作')],
  [{ key: 'newlyPublished', format: '2019' }, (c) => c.includes('新公开')],
  [{ key: 'totalPublished', format: '2019' }, (c) => c.includes('公开总数')],
  [{ key: 'made', format: '2021' }, (c) => c.includes('制发')],
  [{ key: 'repealed', format: '2021' }, (c) => c.includes('废止')],
  [{ key: 'inForce', format: '2021' }, (c) => c.includes('现行有效')],
  [{ key: 'previousItems', format: '2019' }, (c) => c.includes('上一年项目')],
  [{ key: 'change', format: '2019' }, (c) => c.includes('增/减') || c.includes('增减')],
  [{ key: 'decisions', format: '2021' }, (c) => c.startsWith('本年处理决定')],
  [{ key: 'decisions', format: '2019' }, (c) => c.startsWith('处理决定')],
  [{ key: 'amountWan', format: '2021' }, (c) => c.includes('收费金额')],
  [{ key: 'projects', format: '2019' }, (c) => c.includes('采购项目')],
  [{ key: 'amount', format: '2019' }, (c) => c.includes('采购总金额')],
];
/** Reads a table 2 header from the raw text, since its unit note (（单位：万元）) would be lost by `core`. */
export const t2ColumnOf = (raw: string): T2Column | null => firstMatch(T2_COLUMN_MATCHERS, compact(raw));
/** 「第二十条第（N）项」, N as written (一 … 九). */
export const t2Caption = (raw: string): string | null =>
  /^第二十条第[（(]?([一二三四五六七八九十]+)[)）]?项/.exec(compact(raw))?.[1] ?? null;

const T4_LEAVES = new Map<string, T4Leaf>([
  ['结果维持', 'upheld'],
  ['结果维护', 'upheld'],
  ['维持', 'upheld'],
  ['结果纠正', 'corrected'],
  ['纠正', 'corrected'],
  ['其他结果', 'other'],
  ['尚未审结', 'pending'],
  ['总计', 'total'],
  ['合计', 'total'],
]);
export const t4LeafKey = (c: string): T4Leaf | null => T4_LEAVES.get(c) ?? null;
