import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/audit';
import type { FoundLabel, TableKey } from '../../lib/model';
import { fixturesDir } from '../support/paths';
import { runRules } from '../../lib/rules';
import { buildReport, findings } from './support/build';

describe('FORMAT-VERSION', () => {
  it.each([
    ['2019', 2019, []],
    ['2019', 2020, []],
    ['2021', 2021, []],
    ['2021', 2024, []],
    ['2019', 2022, [{ severity: 'error', expected: '2021', actual: '2019' }]],
    ['2021', 2020, [{ severity: 'warning', expected: '2019', actual: '2021' }]],
    ['mixed', 2020, [{ severity: 'error', actual: 'mixed' }]],
    ['mixed', 2023, [{ severity: 'error', actual: 'mixed' }]],
  ] as const)('format %s in %i', (format, year, expected) => {
    const report = buildReport(format === 'mixed' ? '2021' : format, year);
    report.format = format;
    expect(findings(report, 'FORMAT-VERSION')).toMatchObject(expected);
  });

  it.each([
    ['the year is unknown', (r: ReturnType<typeof buildReport>) => { r.year = null; }],
    ['the format is unknown', (r: ReturnType<typeof buildReport>) => { r.format = 'unknown'; }],
    ['the year precedes both templates', (r: ReturnType<typeof buildReport>) => { r.year = 2018; }],
  ])('is not applicable when %s', (_name, change) => {
    const report = buildReport('2021');
    change(report);
    expect(runRules(report).rulesNotApplicable).toContain('FORMAT-VERSION');
  });
});

describe('TABLE-MISSING', () => {
  it('reports each missing table', () => {
    const report = buildReport('2021');
    report.tables.activeDisclosure = null;
    report.tables.reviewLitigation = {};
    const got = findings(report, 'TABLE-MISSING');
    expect(got.map((f) => f.message.zh)).toEqual(['未找到表二（主动公开政府信息情况）', '未找到表四（行政复议、行政诉讼情况）']);
    expect(got.map((f) => f.id)).toEqual(['TABLE-MISSING:', 'TABLE-MISSING:#2']);
  });

  it('reports missing rows and cells of the format\'s template', () => {
    const report = buildReport('2019');
    delete report.tables.applications!['other'];
    delete report.tables.applications!.granted!.research;
    const [f] = findings(report, 'TABLE-MISSING');
    expect(f!.message.zh).toBe('表三（收到和处理政府信息公开申请情况）缺少行 「（六）其他处理」；单元格 「（一）予以公开·科研机构」');
  });

  it('holds a 2021 report to the three （六） sub-rows', () => {
    const report = buildReport('2021');
    delete report.tables.applications!['other.feeUnpaid'];
    expect(findings(report, 'TABLE-MISSING')).toHaveLength(1);
  });

  it('leaves for review a row the page names but whose values were not read', () => {
    const report = buildReport('2019');
    delete report.tables.applications!['other'];
    delete report.tables.applications!['granted'];
    report.mentioned = ['applications.other'];
    const got = findings(report, 'TABLE-MISSING');
    expect(got.map((f) => [f.outcome, f.message.zh])).toEqual([
      ['fail', '表三（收到和处理政府信息公开申请情况）缺少行 「（一）予以公开」'],
      ['review', '表三（收到和处理政府信息公开申请情况）：行 「（六）其他处理」 在页面上出现，但未能读出其数值，需人工核对'],
    ]);
  });

  it('leaves for review a row read with fewer values than columns, and points at its label', () => {
    const report = buildReport('2021');
    delete report.tables.applications!['granted'];
    const at = { table: 1, row: 5, col: 0 };
    report.unaligned = [{ table: 'applications', key: 'granted', raw: '（一）予以公开', at, values: 6, columns: 7 }];
    const [f, ...rest] = findings(report, 'TABLE-MISSING');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', outcome: 'review', cells: [at] });
    expect(f!.message.zh).toBe(
      '表三（收到和处理政府信息公开申请情况）：行 「（一）予以公开」 的数值个数少于表头列数（如 6 个对 7 列），无法确定各数值属于哪一列，需人工核对',
    );
  });

  it('leaves a whole table for review when the page names its rows, an error only when it names none', () => {
    const report = buildReport('2021');
    report.tables.applications = null;
    report.tables.reviewLitigation = null;
    report.mentioned = ['applications.newReceived', 'applications.granted'];
    const got = findings(report, 'TABLE-MISSING');
    expect(got.map((f) => [f.outcome, f.message.zh])).toEqual([
      ['review', '页面上有表三（收到和处理政府信息公开申请情况）的栏目（如「一、本年新收政府信息公开申请数量」），但未能把数值对应到行和列，需人工核对'],
      ['fail', '未找到表四（行政复议、行政诉讼情况）'],
    ]);
  });

  it('names a table known only by its column headings by their Chinese names, never by a key', () => {
    const report = buildReport('2021');
    report.tables.reviewLitigation = null;
    report.mentioned = ['reviewLitigation.corrected'];
    expect(findings(report, 'TABLE-MISSING').map((f) => f.message.zh)).toEqual([
      '页面上有表四（行政复议、行政诉讼情况）的栏目（如「结果纠正」），但未能把数值对应到行和列，需人工核对',
    ]);
  });

  it('says which rows of a table read with no row whole had too few values, and points at each', () => {
    const report = buildReport('2021');
    report.tables.applications = null;
    const at = (row: number) => ({ table: 1, row, col: 0 });
    report.unaligned = [
      { table: 'applications', key: 'newReceived', raw: '一、本年新收政府信息公开申请数量', at: at(3), values: 2, columns: 7 },
      { table: 'applications', key: 'granted', raw: '（一）予以公开', at: at(5), values: 2, columns: 7 },
    ];
    const [f, ...rest] = findings(report, 'TABLE-MISSING');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ outcome: 'review', cells: [at(3), at(5)] });
    expect(f!.message.zh).toBe(
      '表三（收到和处理政府信息公开申请情况）：行 「一、本年新收政府信息公开申请数量」、「（一）予以公开」 的数值个数少于表头列数（如 2 个对 7 列），无法确定各数值属于哪一列，需人工核对',
    );
  });

  it('on an unknown template only checks table 2 is there, and takes either form of （六）', () => {
    const report = buildReport('2019');
    report.format = 'unknown';
    delete report.tables.activeDisclosure!.procurement;
    expect(findings(report, 'TABLE-MISSING')).toEqual([]);
  });
});

const label = (table: TableKey, key: string, raw: string): FoundLabel => ({ table, key, raw, at: { table: 1, row: 3, col: 0 } });

describe('LABEL-VARIANT', () => {
  it.each([
    ['2021', label('activeDisclosure', 'normativeDocuments', '行政规范性文件'), 0],
    ['2021', label('activeDisclosure', 'normativeDocuments', '规范性文件'), 1],
    ['2019', label('activeDisclosure', 'normativeDocuments', '规范性文件'), 0],
    ['2021', label('activeDisclosure', 'fees', '行政事业型收费'), 1],
    ['2021', label('activeDisclosure', 'licensing', '行政许可（注：含备案）'), 1],
    ['2019', label('activeDisclosure', 'newlyMade', '本年新\n制作数量'), 0],
    ['2019', label('activeDisclosure', 'decisions', '处理决定数量'), 0],
    ['2019', label('activeDisclosure', 'amount', '采购总金额（万元）'), 0],
    ['2019', label('applications', 'carriedOver', '二、上年转结政府信息公开申请数量'), 1],
    ['2019', label('applications', 'carriedForward', '四、结转下年度继续办理'), 0],
    ['2021', label('applications', 'denied.lawForbidden', '2.其他法律行政法规禁止公开'), 0],
    ['2021', label('applications', 'denied.stateSecret', '1.属于国家秘密'), 0],
    ['2021', label('applications', 'denied.stateSecret', '（三）不予公开 1.属于国家秘密'), 0],
    ['2021', label('applications', 'denied.lawForbidden', '（三）不予公开2.其他法律行政法规禁止公开'), 0],
    ['2021', label('applications', 'denied.threeSecurity', '3.危及"三安全一稳定"'), 0],
    ['2021', label('applications', 'commercial', '商业\n企业'), 0],
    ['2021', label('applications', 'partlyGranted', '(二)部分公开(区分处理的，只计这一情形，不计其他情形)'), 0],
    ['2021', label('reviewLitigation', 'litigationDirect', '未经复议直接起诉'), 0],
    ['2021', label('reviewLitigation', 'upheld', '结果维 持'), 0],
    ['2021', label('applications', 'legalSubtotal', '小计'), 0],
  ] as const)('%s: %j', (format, found, count) => {
    const report = buildReport(format);
    report.labels = [found];
    const got = findings(report, 'LABEL-VARIANT');
    expect(got).toHaveLength(count);
    for (const f of got) expect(f).toMatchObject({ severity: 'info', cells: [found.at], actual: found.raw });
  });

  it('says when the wording is the other template\'s', () => {
    const report = buildReport('2021');
    report.labels = [label('activeDisclosure', 'normativeDocuments', '规范性文件')];
    expect(findings(report, 'LABEL-VARIANT')[0]!.message.zh).toBe('标签「规范性文件」与官方表述「行政规范性文件」不同，为 2019 版模板的表述');
  });

  it('is not applicable without labels', () => {
    expect(runRules(buildReport('2021')).rulesNotApplicable).toContain('LABEL-VARIANT');
  });
});

describe('FORMAT-VERSION names the rows that deviate', () => {
  // The shape of ../shared/corpus/hongze-district-2023.pdf: a 2023 report in the 2021 layout whose
  // table 3 keeps the 2019 single （六）其他处理 row.
  const base = readFileSync(join(fixturesDir, 'rules/base/2021.txt'), 'utf8');
  const hongze = base.slice(0, base.indexOf('\t（六）其他处理')) + `\t（六）其他处理\n${'\t0\n'.repeat(7)}\n\t\n` + base.slice(base.indexOf('\t（七）总计'));

  it('a 2021 report with the 2019 single （六） row: mixed, and that row named and marked', () => {
    const audit = auditText(hongze, { url: 'hongze-shape' });
    expect(audit.report.format).toBe('mixed');
    const [f, ...rest] = audit.findings.filter((x) => x.rule === 'FORMAT-VERSION');
    expect(rest).toEqual([]);
    expect(f!.message.zh).toBe('2023 年度报告应使用 2021 版表格（国办公开办函〔2021〕30号），但混用了两版，其中为 2019 版格式的是：表三「（六）其他处理」只有一行');
    expect(f!.cells.map((c) => c.line)).toEqual([hongze.split('\n').indexOf('\t（六）其他处理') + 1]);
  });

  it('a 2019 report with 2021 table 2 columns names those columns', () => {
    const report = buildReport('2019', 2020);
    report.format = 'mixed';
    report.tables.activeDisclosure!.regulations = { made: report.tables.activeDisclosure!.regulations!.newlyMade! };
    const [f] = findings(report, 'FORMAT-VERSION');
    expect(f!.message.zh).toBe('2020 年度报告应使用 2019 版表格（国办公开办函〔2019〕60号），但混用了两版，其中为 2021 版格式的是：表二栏目「本年制发件数」');
  });
});
