import { describe, expect, it } from 'vitest';
import { matchesText, nextSort, sortRows } from '../../components/workflow/table';

const rows = [
  { name: '乙', year: 2021 },
  { name: '甲', year: null },
  { name: '丙', year: 2023 },
  { name: '丁', year: 2021 },
];
const value = (r: (typeof rows)[number], k: 'name' | 'year') => r[k];

describe('sortRows', () => {
  it('sorts numbers both ways with blanks last and ties in their order', () => {
    expect(sortRows(rows, { key: 'year', dir: 'asc' }, value).map((r) => r.name)).toEqual(['乙', '丁', '丙', '甲']);
    expect(sortRows(rows, { key: 'year', dir: 'desc' }, value).map((r) => r.name)).toEqual(['丙', '乙', '丁', '甲']);
  });
  it('reverses on a second click of the same header, starts afresh on another', () => {
    expect(nextSort({ key: 'year', dir: 'asc' }, 'year')).toEqual({ key: 'year', dir: 'desc' });
    expect(nextSort({ key: 'year', dir: 'asc' }, 'name', 'desc')).toEqual({ key: 'name', dir: 'desc' });
  });
});

describe('matchesText', () => {
  it('wants every word somewhere, ignoring case and full-width spaces', () => {
    expect(matchesText(['沭阳县发展和改革局', 'HTTP://X.GOV.CN'], '发展　x.gov')).toBe(true);
    expect(matchesText(['沭阳县发展和改革局'], '教育局')).toBe(false);
    expect(matchesText([null, ''], '  ')).toBe(true);
  });
});
