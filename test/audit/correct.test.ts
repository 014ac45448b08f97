import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument, toCsv } from '../../lib/audit';
import type { AuditExport, Cell } from '../../lib/model';
import { fixturesDir } from '../support/paths';

// seed-003 has one real error: 法律服务机构 of 四、结转下年度继续办理 breaks T3-BALANCE (see its manifest).
const html = readFileSync(resolve(fixturesDir, 'pages', 'seed-003-page.html'), 'utf8');
const audit = (corrections: Parameters<typeof auditDocument>[1]['corrections'] = []): AuditExport => {
  const { document } = new JSDOM(html).window;
  return auditDocument(document, { url: 'http://www.example.gov.cn/seed-003.html', at: new Date(0), corrections });
};

const errors = (a: AuditExport) => a.findings.filter((f) => f.severity === 'error');
const cellAt = (a: AuditExport, row: string, col: string): Cell => a.report.tables.applications![row]![col]!;

describe('a value corrected by hand (SPEC §3)', () => {
  const before = audit();
  const failing = errors(before)[0]!;

  it('starts from a report with a real error', () => {
    expect(failing).toBeDefined();
    expect(failing.expected).toEqual(expect.any(Number));
  });

  // The cell the error names, corrected to the value its rule expects: the audit re-runs clean of it.
  const target = failing.cells[0]!;
  const after = audit([{ at: target, raw: String(failing.expected) }]);
  const placed = Object.entries(after.report.tables.applications!).flatMap(([row, cols]) =>
    Object.entries(cols).filter(([, c]) => c.corrected).map(([col, c]) => ({ row, col, c })),
  );

  it('re-runs the rules on the corrected value', () => {
    expect(after.findings.map((f) => f.id)).not.toContain(failing.id);
    expect(errors(after).length).toBeLessThan(errors(before).length);
  });

  it('keeps what was read beside the new value', () => {
    expect(placed).toHaveLength(1);
    const { row, col, c } = placed[0]!;
    const original = cellAt(before, row, col);
    expect(c.value).toBe(failing.expected);
    expect(c.corrected).toEqual({ by: 'hand', raw: original.raw, value: original.value });
    expect(c.at).toEqual(original.at);
  });

  it('shows both in the CSV', () => {
    const row = toCsv([after]).split('\r\n').find((line) => line.includes(',hand,'))!;
    expect(row).toContain(`,${failing.expected},`);
    expect(row.endsWith(`,hand,${placed[0]!.c.corrected!.raw},${placed[0]!.c.corrected!.value}`)).toBe(true);
  });

  it('typing back what was read undoes the correction', () => {
    const original = cellAt(before, placed[0]!.row, placed[0]!.col);
    const undone = audit([{ at: target, raw: original.raw }]);
    expect(undone.findings).toEqual(before.findings);
    expect(cellAt(undone, placed[0]!.row, placed[0]!.col)).toEqual(original);
  });

  it('a correction that is not a number makes the rules ask for a look, never guess', () => {
    const text = audit([{ at: target, raw: '见附件' }]);
    expect(text.findings.some((f) => f.rule === 'NUM-INVALID')).toBe(true);
    expect(text.findings.find((f) => f.id === failing.id)?.outcome ?? 'review').toBe('review');
  });

  it('a correction naming no cell of the tables changes nothing', () => {
    const stray = audit([{ at: { table: 99, row: 0, col: 0 }, raw: '5' }]);
    expect(stray.findings).toEqual(before.findings);
  });
});
