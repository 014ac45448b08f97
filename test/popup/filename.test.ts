import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../components/popup/filename';

const report = { organ: '沭阳县发展和改革局', year: 2023, title: '沭阳县发展和改革局2023年政府信息公开工作年度报告' };

describe('export file names', () => {
  it('name the organ and the year', () => {
    expect(exportFileName(report, 'json', '年报核查')).toBe('沭阳县发展和改革局-2023-年报核查.json');
    expect(exportFileName(report, 'csv', '年报核查')).toBe('沭阳县发展和改革局-2023-年报核查.csv');
  });

  it('fall back to the title, then to the suffix alone', () => {
    expect(exportFileName({ ...report, organ: null }, 'json', '年报核查')).toBe(`${report.title}-2023-年报核查.json`);
    expect(exportFileName({ organ: null, year: null, title: null }, 'json', '年报核查')).toBe('年报核查.json');
    expect(exportFileName({ organ: '某局', year: null, title: null }, 'csv', 'report-audit')).toBe('某局-report-audit.csv');
  });

  it('never let page text choose a directory or an illegal name', () => {
    const name = exportFileName({ organ: '../../etc/某局:"<x>"|?*\u0000', year: 2023, title: null }, 'json', '年报核查');
    expect(name).not.toMatch(/[\\/:*?"<>|\u0000]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name.endsWith('-2023-年报核查.json')).toBe(true);
  });

  it('keep a long organ name short enough for every file system', () => {
    const name = exportFileName({ organ: '很'.repeat(300), year: 2023, title: null }, 'json', '年报核查');
    expect([...name].length).toBeLessThan(90);
  });
});
