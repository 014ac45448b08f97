import { describe, expect, it } from 'vitest';
import { cellName, columnLabel, rowLabel } from '../../lib/model';

describe('official labels', () => {
  it('name a 2019 report’s cells as the 2019 template does', () => {
    expect(rowLabel('activeDisclosure', 'normativeDocuments', '2019')).toBe('规范性文件');
    expect(columnLabel('activeDisclosure', 'decisions', '2019')).toBe('处理决定数量');
    expect(rowLabel('applications', 'other', '2019')).toBe('（六）其他处理');
  });

  it('name a 2021 report’s cells as the 2021 template does', () => {
    expect(rowLabel('activeDisclosure', 'normativeDocuments', '2021')).toBe('行政规范性文件');
    expect(columnLabel('activeDisclosure', 'decisions', '2021')).toBe('本年处理决定数量');
    expect(cellName({ table: 'reviewLitigation', row: 'review', col: 'pending' }, '2021').zh).toBe('行政复议·尚未审结');
  });

  it('fall back to the key for a row the catalogue does not name', () => {
    expect(rowLabel('applications', 'madeUp')).toBe('madeUp');
  });
});

describe('regression: label lookups with keys that name Object.prototype members', () => {
  it('find nothing rather than a function', () => {
    expect(rowLabel('applications', '__proto__')).toBe('__proto__');
    expect(columnLabel('applications', 'toString')).toBe('toString');
  });
});
