import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/audit';
import { exportWith, rowSumError } from '../support/export';

describe('CSV export', () => {
  const csv = toCsv([exportWith([rowSumError])]);
  const rows = csv.slice(1).trimEnd().split('\r\n');

  it('starts with a UTF-8 byte-order mark so Excel and WPS read Chinese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has one row per cell, labelled as the official table does', () => {
    const cells = rows.filter((r) => r.includes(',cell,'));
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain('applications,totalProcessed,total,（七）总计·总计,11,11,');
    expect(cells[1]).toContain('naturalPerson,（七）总计·自然人,,,');
  });

  it('has one row per finding with the rule’s title, both languages, and the cell it points at by its labels', () => {
    const findings = rows.filter((r) => r.includes(',finding,'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(
      ',finding,applications,totalProcessed,total,（七）总计·总计,,,,T3-ROWSUM,表三行合计,error,fail,（七）总计·总计应为 12，实为 11,"(7) Total / total should be 12, found 11",12,11,T2R20C8',
    );
  });

  it('never lets page text start a spreadsheet formula', () => {
    const hostile = { ...rowSumError, message: { zh: '=HYPERLINK("x")', en: '@cmd' } };
    const out = toCsv([exportWith([hostile])]);
    expect(out).toContain(`"'=HYPERLINK(""x"")"`);
    expect(out).toContain(`'@cmd`);
  });

  it('regression: a formula that starts like a signed number is neutralised too', () => {
    const hostile = { ...rowSumError, actual: "-2+3+cmd|' /C calc'!A0", message: { zh: '+19', en: '-1,234.5' } };
    const out = toCsv([exportWith([hostile])]);
    expect(out).toContain(`'-2+3+cmd|' /C calc'!A0`);
    expect(out).toContain(',+19,"-1,234.5",');
  });
});
