import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodePdfJs } from '../../cli/pdfjs';
import { auditPdf } from '../../lib/audit';
import { cellNamer } from '../../lib/audit/where';
import { T3_COLUMNS, T4_GROUPS, T4_LEAVES, type AuditExport } from '../../lib/model';
import { corpusDir } from '../support/paths';

// The real published PDF; ../shared/corpus/README.md gives every value, checked on the page images.
let audit: AuditExport;
beforeAll(async () => {
  const { pdfjs, options } = await nodePdfJs();
  const bytes = new Uint8Array(readFileSync(resolve(corpusDir, 'hongze-district-2023.pdf')));
  audit = await auditPdf(bytes, { url: 'hongze-district-2023.pdf', at: new Date(0) }, pdfjs, options);
});

const T3_NATURAL: Record<string, number> = {
  newReceived: 21,
  partlyGranted: 4,
  'denied.stateSecret': 1,
  'denied.processInfo': 1,
  'denied.enforcementFile': 1,
  'unavailable.notHeld': 10,
  'unavailable.needsCreation': 3,
  'notProcessed.complaint': 1,
  totalProcessed: 21,
};
const T3_ROWS = [
  'newReceived', 'carriedOver', 'granted', 'partlyGranted',
  'denied.stateSecret', 'denied.lawForbidden', 'denied.threeSecurity', 'denied.thirdParty',
  'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFile', 'denied.queryMatter',
  'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear',
  'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.massRepeat', 'notProcessed.confirmation',
  'other', 'totalProcessed', 'carriedForward',
];

describe('hongze-district-2023.pdf (淮安市洪泽区人民政府 2023, WPS from Word)', () => {
  it('is a PDF report of 2023 by 洪泽区人民政府, tables 2021 and 2019 mixed', () => {
    expect(audit.source.kind).toBe('pdf');
    const r = audit.report;
    expect([r.year, r.organ, r.format]).toEqual([2023, '洪泽区人民政府', 'mixed']);
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads every table-3 value: 自然人 and 总计 as the README gives, every 法人 column 0, across the page break', () => {
    const t3 = audit.report.tables.applications!;
    expect(Object.keys(t3)).toEqual(T3_ROWS);
    for (const row of T3_ROWS) {
      const v = T3_NATURAL[row] ?? 0;
      const got = Object.fromEntries(T3_COLUMNS.map((c) => [c, t3[row]![c]!.value]));
      expect(got, row).toEqual({ naturalPerson: v, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0, total: v });
    }
    // Table 3 starts on page 3 and ends on page 4.
    expect(t3.newReceived!.total!.at.page).toBe(3);
    expect(t3.carriedForward!.total!.at.page).toBe(4);
  });

  it('reads every table-4 value and finds its two real T4-SUM errors', () => {
    const t4 = audit.report.tables.reviewLitigation!;
    const expected = [[10, 1, 0, 0, 0], [0, 0, 0, 0, 0], [5, 0, 0, 0, 0]];
    expect(T4_GROUPS.map((g) => T4_LEAVES.map((l) => t4[g]![l]!.value))).toEqual(expected);
    const sums = audit.findings.filter((f) => f.rule === 'T4-SUM');
    expect(sums.map((f) => [f.expected, f.actual])).toEqual([[11, 0], [5, 0]]);
    expect(sums.every((f) => f.severity === 'error' && f.outcome === 'fail')).toBe(true);
  });

  it('reads table 2: 规章 0/0/0, 行政规范性文件 0/5/5, 550, 4119, 195, 7730.28 万元', () => {
    const t2 = audit.report.tables.activeDisclosure!;
    const v = (row: string, col: string) => t2[row]![col]!.value;
    expect([v('regulations', 'made'), v('regulations', 'repealed'), v('regulations', 'inForce')]).toEqual([0, 0, 0]);
    expect([v('normativeDocuments', 'made'), v('normativeDocuments', 'repealed'), v('normativeDocuments', 'inForce')]).toEqual([0, 5, 5]);
    expect([v('licensing', 'decisions'), v('penalty', 'decisions'), v('coercion', 'decisions'), v('fees', 'amountWan')]).toEqual([550, 4119, 195, 7730.28]);
  });

  it('finds nothing else but the mixed format and the label typo, and the text agrees with table 3', () => {
    expect(audit.findings.map((f) => f.rule).sort()).toEqual(['FORMAT-VERSION', 'LABEL-VARIANT', 'T4-SUM', 'T4-SUM']);
    expect(audit.findings.find((f) => f.rule === 'LABEL-VARIANT')!.message.zh).toContain('其他法律行政止公开');
  });

  it('names the cells of each finding with the page a reader turns to', () => {
    const name = cellNamer(audit);
    const where = (rule: string) => audit.findings.filter((f) => f.rule === rule).map((f) => name(f.cells[0]!).zh);
    expect(where('T4-SUM')).toEqual(['表四 行政复议·总计（第 4 页）', '表四 行政诉讼·复议后起诉·总计（第 4 页）']);
    expect(where('LABEL-VARIANT')).toEqual(['第 3 页第 3 个表格第 9 行第 3 列']);
  });

  it('gives every cell its page and its box on that page in PDF units', () => {
    const c = audit.report.tables.applications!.newReceived!.naturalPerson!;
    // 「21」 is drawn from x 318.7 to 332.8, its baseline at y 346.7 (from the bottom of page 3), 14 pt high.
    const [x0, y0, x1, y1] = c.at.box!;
    expect(x0).toBeLessThan(318.7);
    expect(x1).toBeGreaterThan(332.8);
    expect(y0).toBeLessThan(346.7);
    expect(y1).toBeGreaterThan(346.7 + 10);
    expect(y1 - y0).toBeLessThan(30);
  });
});

describe('size and page limits', () => {
  const bytes = () => new Uint8Array(readFileSync(resolve(corpusDir, 'hongze-district-2023.pdf')));

  it('reads the first pages of a file over the page limit and says how many it skipped', async () => {
    const { pdfjs, options } = await nodePdfJs();
    const a = await auditPdf(bytes(), { url: 'x.pdf', at: new Date(0) }, pdfjs, { ...options, limits: { maxBytes: 50 * 1024 * 1024, maxPages: 2 } });
    expect(a.verdict.reason!.zh).toContain('共 5 页，只读取了前 2 页，其余 3 页未读取');
    expect(a.report.tables.applications).toBeNull(); // table 3 starts on page 3
  });

  it('does not open a file over the size limit, and says so', async () => {
    const { pdfjs, options } = await nodePdfJs();
    const a = await auditPdf(bytes(), { url: 'x.pdf', at: new Date(0) }, pdfjs, { ...options, limits: { maxBytes: 100 * 1024, maxPages: 60 } });
    expect(a.verdict.status).toBe('unreadable');
    expect(a.verdict.reason!.zh).toBe('文件 287 KB，超过 100 KB 的上限，未读取');
    expect(a.findings).toEqual([]);
  });
});
