import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../../lib/parse';
import { core } from '../../lib/parse/labels';
import { reportOf } from './expected';
import { page, T3_HEADER, t3Rows, T4_TABLE, tr, zeros } from './html-builders';

const TITLE = 'XX县XX局2021年政府信息公开工作年度报告';
const values = (r: ReturnType<typeof reportOf>, row: string): (number | null)[] =>
  Object.values(r.tables.applications![row]!).map((c) => c.value);

describe('table 3 variants', () => {
  it('reads the 2021 three （六） sub-rows and the 2019 single row', () => {
    const r21 = reportOf(parseDocument(page(TITLE, `<table>${T3_HEADER}${t3Rows('2021', () => zeros(7))}</table>`)));
    expect(Object.keys(r21.tables.applications!)).toContain('other.feeUnpaid');
    expect(r21.format).toBe('2021');
    const r19 = reportOf(parseDocument(page(TITLE, `<table>${T3_HEADER}${t3Rows('2019', () => zeros(7))}</table>`)));
    expect(Object.keys(r19.tables.applications!)).toContain('other');
    expect(r19.format).toBe('2019');
  });

  it('adds the 法人 subtotal column when the header has one', () => {
    const header = [
      tr(['注', 'rowspan=3 colspan=3'], ['申请人情况', 'colspan=8']),
      tr(['自然人', 'rowspan=2'], ['法人或其他组织', 'colspan=6'], ['总计', 'rowspan=2']),
      tr('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '小计'),
    ].join('');
    const r = reportOf(parseDocument(page(TITLE, `<table>${header}${t3Rows('2021', (k) => (k === 'newReceived' ? ['1', '2', '0', '0', '0', '1', '3', '4'] : zeros(8)))}</table>`)));
    expect(r.tables.applications!.newReceived).toMatchObject({ naturalPerson: { value: 1 }, commercial: { value: 2 }, otherOrg: { value: 1 }, legalSubtotal: { value: 3 }, total: { value: 4 } });
  });

  it('uses the header positions when a header cell spans an empty spacer column', () => {
    const header = [
      tr(['注', 'rowspan=3 colspan=3'], ['申请人情况', 'colspan=8']),
      tr(['自然人', 'rowspan=2 colspan=2'], ['法人或其他组织', 'colspan=5'], ['总计', 'rowspan=2']),
      tr('商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'),
    ].join('');
    const rows = t3Rows('2021', (k) => (k === 'newReceived' ? ['', '5', '1', '0', '0', '0', '0', '6'] : ['0', '', '0', '0', '0', '0', '0', '0']));
    const r = reportOf(parseDocument(page(TITLE, `<table>${header}${rows}</table>`)));
    expect(values(r, 'newReceived')).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(values(r, 'carriedOver')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads a table 3 split over two <table>s, the second repeating the header', () => {
    const all = t3Rows('2021', (k) => (k === 'totalProcessed' ? ['9', '0', '0', '0', '0', '0', '9'] : zeros(7)));
    const cut = all.indexOf('<tr><td colspan=3>（四）');
    const r = reportOf(parseDocument(page(TITLE, `<table>${T3_HEADER}${all.slice(0, cut)}</table><p>（续表）</p><table>${T3_HEADER}${all.slice(cut)}</table>`)));
    expect(Object.keys(r.tables.applications!)).toHaveLength(25);
    expect(values(r, 'totalProcessed')).toEqual([9, 0, 0, 0, 0, 0, 9]);
  });

  it('reads labels with 上年转结/转结下年度, notes in brackets and traditional characters', () => {
    const rows = [
      tr(['一、本年新收政府資訊公開申請數量', 'colspan=3'], ...zeros(7)),
      tr(['二、上年轉結政府信息公開申請數量（件）', 'colspan=3'], ...zeros(7)),
      tr(['四、轉結下年度繼續辦理', 'colspan=3'], '1', '0', '0', '0', '0', '0', '1'),
    ].join('');
    const r = reportOf(parseDocument(page(TITLE, `<table>${T3_HEADER}${rows}</table>`)));
    expect(Object.keys(r.tables.applications!)).toEqual(['newReceived', 'carriedOver', 'carriedForward']);
    expect(r.labels.find((l) => l.key === 'carriedOver')?.raw).toBe('二、上年轉結政府信息公開申請數量（件）');
  });

  it('reads the five 法人 columns merged into one blank cell down the table as blanks', () => {
    const rows = t3Rows('2021', () => ['3', '', '', '', '', '', '3']).replace(
      '<td></td><td></td><td></td><td></td><td></td>',
      '<td rowspan=25 colspan=5>&nbsp;</td>',
    );
    const body = rows.replace(/(<tr><td colspan=3>(?!一、)[^<]*<\/td><td>3<\/td>)(?:<td><\/td>){5}/g, '$1');
    const r = reportOf(parseDocument(page(TITLE, `<table>${T3_HEADER}${body}</table>`)));
    expect(values(r, 'newReceived')).toEqual([3, null, null, null, null, null, 3]);
    expect(values(r, 'carriedForward')).toEqual([3, null, null, null, null, null, 3]);
    expect(r.tables.applications!.carriedForward!.commercial!.at).toEqual(r.tables.applications!.newReceived!.commercial!.at);
  });

  it('reads a group label run into the row label, and a 法人和其他组织 header', () => {
    const header = T3_HEADER.replace('法人或其他组织', '法人和其他组织');
    const rows = [
      tr(['一、本年新收政府信息公开申请数量', 'colspan=3'], ...zeros(7)),
      tr(['三、本年度办理结果（一）予以公开', 'colspan=3'], '1', '0', '0', '0', '0', '0', '1'),
      tr(['（六）其他处理 3.其他', 'colspan=3'], '2', '0', '0', '0', '0', '0', '2'),
    ].join('');
    const r = reportOf(parseDocument(page(TITLE, `<table>${header}${rows}</table>`)));
    expect(values(r, 'granted')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(values(r, 'other.misc')).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it('keeps rows a truncated table 3 lacks absent, not zero', () => {
    const all = t3Rows('2021', () => zeros(7));
    const r = reportOf(parseDocument(page(TITLE, `<table>${T3_HEADER}${all.slice(0, all.indexOf('<tr><td colspan=3>（四）'))}</table>`)));
    expect(r.tables.applications!.granted).toBeDefined();
    expect(r.tables.applications!['unavailable.notHeld']).toBeUndefined();
    expect(r.tables.applications!.totalProcessed).toBeUndefined();
  });
});

describe('table 2 variants', () => {
  const t2 = (rows: string): string => `<table>${rows}</table><table>${T3_HEADER}${t3Rows('2019', () => zeros(7))}</table>`;
  it('keeps the sign of 本年增/减 and the unit of the procurement amount', () => {
    const html = t2(
      [
        tr(['第二十条第（五）项', 'colspan=4']),
        tr('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'),
        tr('行政许可', '12', '+19', '1,234'),
        tr('其他对外管理服务事项', '5', '-8', '0'),
        tr(['第二十条第（八）项', 'colspan=4']),
        tr('信息内容', '上一年项目数量', ['本年增/减', 'colspan=2']),
        tr('行政事业型收费', '3', ['－1', 'colspan=2']),
        tr(['第二十条第（九）项', 'colspan=4']),
        tr('信息内容', '采购项目数量', ['采购总金额（万元）', 'colspan=2']),
        tr('政府集中采购', '11个', ['25.1', 'colspan=2']),
      ].join(''),
    );
    const t = reportOf(parseDocument(page(TITLE, html))).tables.activeDisclosure!;
    expect(t.licensing).toMatchObject({ previousItems: { value: 12 }, change: { value: 19 }, decisions: { value: 1234 } });
    expect(t.otherServices!.change!.value).toBe(-8);
    expect(t.fees).toMatchObject({ previousItems: { value: 3 }, change: { value: -1 } });
    expect(t.procurement).toMatchObject({ projects: { value: 11, unit: '个' }, amount: { value: 25.1, unit: '万元' } });
  });

  it('reads table 2 without its 第二十条 captions', () => {
    const html = t2([tr('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'), tr('规章', '1', '0', '3'), tr('行政规范性文件', '2', '1', '9')].join(''));
    const t = reportOf(parseDocument(page(TITLE, html))).tables.activeDisclosure!;
    expect(t.normativeDocuments).toMatchObject({ made: { value: 2 }, repealed: { value: 1 }, inForce: { value: 9 } });
  });

  it('marks a report mixing 2021 table-2 headers with the 2019 single （六） row as mixed', () => {
    const html = t2([tr(['第二十条第（一）项', 'colspan=4']), tr('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'), tr('规章', '1', '0', '3')].join(''));
    const r = reportOf(parseDocument(page(TITLE, html)));
    expect(r.format).toBe('mixed');
    expect(r.tables.activeDisclosure!.regulations).toMatchObject({ made: { value: 1 }, inForce: { value: 3 } });
  });
});

describe('table 4 variants', () => {
  it('reads table 4 alone (format unknown, tables 2 and 3 null)', () => {
    const r = reportOf(parseDocument(page(TITLE, T4_TABLE(['0', '0', '0', '1', '1', ...zeros(10)]))));
    expect(r.format).toBe('unknown');
    expect(r.tables.activeDisclosure).toBeNull();
    expect(r.tables.applications).toBeNull();
    expect(r.tables.reviewLitigation!.review).toMatchObject({ pending: { value: 1 }, total: { value: 1 } });
  });

  it('keeps blanks and unreadable text in table 4 as such', () => {
    const r = reportOf(parseDocument(page(TITLE, T4_TABLE(['', '/', '见附件', ...zeros(12)]))));
    const review = r.tables.reviewLitigation!.review!;
    expect([review.upheld!.kind, review.corrected!.kind, review.other!.kind]).toEqual(['blank', 'placeholder', 'text']);
  });
});

describe('text forms', () => {
  const t3Lines = (sep: string, wrap: (s: string) => string): string =>
    [
      ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      ['一、本年新收政府信息公开申请数量', '2', '1', '0', '0', '0', '0', '3'],
      ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
      ['（七）总计', '2', '1', '0', '0', '0', '0', '3'],
    ]
      .map((r) => wrap(r.join(sep)))
      .join('\n');

  it.each([
    ['innerText (tabs)', t3Lines('\t', (s) => s)],
    ['markdown (|)', `| 表 |\n|---|\n${t3Lines(' | ', (s) => `| ${s} |`)}`],
  ])('reads table 3 from %s', (_, table) => {
    const r = reportOf(parseText(`${TITLE}\n一、总体情况\n正文\n${table}\n六、其他需要报告的事项\n无`));
    expect(values(r, 'newReceived')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(values(r, 'totalProcessed')).toEqual([2, 1, 0, 0, 0, 0, 3]);
  });
});

describe('regression: a bracketed note holding brackets of its own', () => {
  it('still identifies the row', () => {
    expect(core('（一）予以公开（注：含(1)件）')).toBe('予以公开');
  });
});
