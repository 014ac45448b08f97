import { describe, expect, it } from 'vitest';
import { litCells } from '../../components/overlay/model';
import { refKey, type CellRef, type Finding } from '../../lib/model';
import { rowSumError } from '../support/export';

describe('a cross-year finding on the page', () => {
  const mine: CellRef = { table: 2, row: 5, col: 9 };
  // Last year's cell at the very same position: it must not light this page's cell.
  const theirs: CellRef = { table: 2, row: 6, col: 9, url: 'https://www.a.gov.cn/2022.html' };
  const carry: Finding = { ...rowSumError, id: 'CARRY-XYEAR:2.5.9', rule: 'CARRY-XYEAR', cells: [mine], related: [theirs] };

  it('lights only its cells on this page, never last year\'s', () => {
    expect(litCells([carry], null)).toEqual([mine]);
  });

  it('keys last year\'s cells apart from this page\'s', () => {
    expect(refKey(theirs)).not.toBe(refKey({ table: 2, row: 6, col: 9 }));
  });
});
