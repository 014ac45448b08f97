/**
 * Report pages for the browser tests, in the official 2019 table layout (国办公开办函〔2019〕60号),
 * with the numbers of seed 000 (上海市嘉定区外冈镇人民政府, 2020; /work/shared/seeds). Built in
 * memory so a test can change one cell and know exactly which cells must be marked.
 * Cell text is fixed test data, never page input.
 */
import { T3_ROWS_2019 } from '../../../lib/model';

export type T3Values = Record<string, number[]>;

const zeros = () => [0, 0, 0, 0, 0, 0, 0];

/** Table 3 of seed 000, row key → the seven columns (自然人 … 其他, 总计). */
export function seedT3(): T3Values {
  const rows: T3Values = Object.fromEntries(T3_ROWS_2019.map(([key]) => [key, zeros()]));
  rows.newReceived = [3, 2, 0, 0, 0, 0, 5];
  rows.granted = [1, 0, 0, 0, 0, 0, 1];
  rows['unavailable.notHeld'] = [2, 1, 0, 0, 0, 0, 3];
  rows['notProcessed.duplicate'] = [0, 1, 0, 0, 0, 0, 1];
  rows.totalProcessed = [3, 2, 0, 0, 0, 0, 5];
  return rows;
}

const td = (text: string | number, attrs = '') => `<td${attrs}>${text}</td>`;
const values = (v: number[] | undefined) => (v ?? zeros()).map((n) => td(n)).join('');

function table2(): string {
  const block = (caption: string, heads: string[], rows: Array<[string, Array<string | number>]>) =>
    `<tr>${td(caption, ` colspan="${heads.length + 1}"`)}</tr>` +
    `<tr>${td('信息内容')}${heads.map((h) => td(h)).join('')}</tr>` +
    rows.map(([label, vs]) => `<tr>${td(label)}${vs.map((v) => td(v)).join('')}</tr>`).join('');
  return `<table border="1" cellspacing="0">${[
    block('第二十条第（一）项', ['本年新<br>制作数量', '本年新<br>公开数量', '对外公开总数量'], [['规章', [0, 0, 0]], ['规范性文件', [0, 0, 0]]]),
    block('第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['行政许可', [0, 0, 0]], ['其他对外管理服务事项', [0, 0, 0]]]),
    block('第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], [['行政处罚', [0, 0, 0]], ['行政强制', [0, 0, 0]]]),
    block('第二十条第（八）项', ['上一年项目数量', '本年增/减'], [['行政事业性收费', [0, 0]]]),
    block('第二十条第（九）项', ['采购项目数量', '采购总金额'], [['政府集中采购', [153, '6216103.24元']]]),
  ].join('')}</table>`;
}

function table3(v: T3Values): string {
  const head =
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>` +
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>` +
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h)).join('')}</tr>`;
  const row = (cells: string, key: string) => `<tr>${cells}${values(v[key])}</tr>`;
  const sub = (group: string, n: number, labels: string[], keys: string[]) =>
    labels.map((label, i) => row((i === 0 ? td(group, ` rowspan="${n}"`) : '') + td(label), keys[i]!)).join('');
  const body = [
    row(td('一、本年新收政府信息公开申请数量', ' colspan="3"'), 'newReceived'),
    row(td('二、上年结转政府信息公开申请数量', ' colspan="3"'), 'carriedOver'),
    row(td('三、本年度办理结果', ' rowspan="20"') + td('（一）予以公开', ' colspan="2"'), 'granted'),
    row(td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ' colspan="2"'), 'partlyGranted'),
    sub('（三）不予公开', 8,
      ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'],
      ['stateSecret', 'lawForbidden', 'threeSecurity', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'queryMatter'].map((k) => `denied.${k}`)),
    sub('（四）无法提供', 3, ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'],
      ['notHeld', 'needsCreation', 'unclear'].map((k) => `unavailable.${k}`)),
    sub('（五）不予处理', 5, ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'],
      ['complaint', 'duplicate', 'publication', 'massRepeat', 'confirmation'].map((k) => `notProcessed.${k}`)),
    row(td('（六）其他处理', ' colspan="2"'), 'other'),
    row(td('（七）总计', ' colspan="2"'), 'totalProcessed'),
    row(td('四、结转下年度继续办理', ' colspan="3"'), 'carriedForward'),
  ].join('');
  return `<table border="1" cellspacing="0">${head}${body}</table>`;
}

function table4(): string {
  const leaves = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return `<table border="1" cellspacing="0">` +
    `<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>` +
    `<tr>${leaves.map((l) => td(l, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>` +
    `<tr>${[...leaves, ...leaves].map((l) => td(l)).join('')}</tr>` +
    `<tr>${[0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0].map((n) => td(n)).join('')}</tr></table>`;
}

export const REPORT_TITLE = '上海市嘉定区外冈镇人民政府2020年政府信息公开工作年度报告';

/** The report's body: title, six sections, three tables. */
export function reportBody(t3: T3Values = seedT3()): string {
  const p = (text: string) => `<p>${text}</p>`;
  return [
    `<h1>${REPORT_TITLE}</h1>`,
    '<h2>一、总体情况</h2>',
    p('根据《中华人民共和国政府信息公开条例》要求，现公布上海市嘉定区外冈镇人民政府2020年政府信息公开工作年度报告。本年度报告中所列数据的时限自2020年1月1日起，至2020年12月31日止。'),
    p('2020年，外冈镇共受理政府信息公开申请5件，其中“予以公开”1件，“本机关不掌握相关政府信息”3件，属于“重复申请”1件。2020年受到行政诉讼1件，系未经复议直接起诉。'),
    '<h2>二、主动公开政府信息情况</h2>',
    table2(),
    '<h2>三、收到和处理政府信息公开申请情况</h2>',
    table3(t3),
    '<h2>四、政府信息公开行政复议、行政诉讼情况</h2>',
    table4(),
    '<h2>五、存在的主要问题及改进情况</h2>',
    p('进一步加强政府信息公开程序，强化对政务公开事项的分类细化。'),
    '<h2>六、其他需要报告的事项</h2>',
    p('无。'),
  ].join('\n');
}

const STYLE = `body{font:14px/1.6 "Noto Sans CJK SC",sans-serif;margin:24px auto;max-width:960px;padding:0 16px}
table{border-collapse:collapse;width:100%;margin:12px 0}td{border:1px solid #555;padding:4px 6px;text-align:center}`;

export function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** A clean copy and one with a typo: 予以公开 · 自然人 2 instead of 1. */
export function reportPages(): Record<string, string> {
  const typo = seedT3();
  typo.granted = [2, 0, 0, 0, 0, 0, 1];
  const late = JSON.stringify(reportBody());
  return {
    '/clean.html': page(REPORT_TITLE, reportBody()),
    '/typo.html': page(REPORT_TITLE, reportBody(typo)),
    // The site's frame: the article lives in an iframe on the same host.
    '/framed.html': page(REPORT_TITLE, `<p>外冈镇人民政府 › 政府信息公开 › 年度报告</p><iframe src="/typo.html" style="width:100%;height:2600px;border:0"></iframe>`),
    // The article arrives a second after load, as pages that fetch their content do.
    '/late.html': page('外冈镇人民政府 - 政府信息公开', '<div id="app">加载中…</div>', `setTimeout(function(){document.getElementById('app').innerHTML=${late};},1000);`),
    '/notice.html': page(
      '关于做好2021年政务公开工作的通知',
      `<h1>关于做好2021年政务公开工作的通知</h1><p>各部门：现将有关事项通知如下。</p><table border="1"><tr><td>联系人</td><td>电话</td></tr><tr><td>张三</td><td>39106621</td></tr></table>`,
    ),
  };
}
