import { JSDOM } from 'jsdom';
import { T3_ROWS_2019, T3_ROWS_2021 } from '../../lib/model';

export const dom = (html: string): Document => new JSDOM(html).window.document;

/** `<tr>` from cells; a cell is its text, or [text, attributes]. */
export const tr = (...cells: (string | [string, string])[]): string =>
  `<tr>${cells.map((c) => (typeof c === 'string' ? `<td>${c}</td>` : `<td ${c[1]}>${c[0]}</td>`)).join('')}</tr>`;

export const T3_HEADER = [
  tr(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan=3 colspan=3'], ['申请人情况', 'colspan=7']),
  tr(['自然人', 'rowspan=2'], ['法人或其他组织', 'colspan=5'], ['总计', 'rowspan=2']),
  tr('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
].join('');

/** Table 3 body rows in a flat layout (label over three columns), values per row key. */
export function t3Rows(format: '2019' | '2021', values: (key: string) => string[]): string {
  return (format === '2019' ? T3_ROWS_2019 : T3_ROWS_2021).map(([key, label]) => tr([label, 'colspan=3'], ...values(key))).join('');
}

export const T4_TABLE = (values: string[]): string =>
  `<table>${tr(['行政复议', 'colspan=5'], ['行政诉讼', 'colspan=10'])}${tr(
    ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t): [string, string] => [t, 'rowspan=2']),
    ['未经复议直接起诉', 'colspan=5'],
    ['复议后起诉', 'colspan=5'],
  )}${tr(...Array.from({ length: 2 }, () => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat())}${tr(...values)}</table>`;

export const page = (title: string, body: string): Document =>
  dom(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`);

/** Text that should reach the page as text, markup-looking or not. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const zeros = (n: number): string[] => Array.from({ length: n }, () => '0');
