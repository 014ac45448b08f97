import { describe, expect, it } from 'vitest';
import { readCell } from '../../lib/cells';

const at = { table: 1, row: 2, col: 3 };
const read = (text: string) => {
  const { value, kind, unit } = readCell(text, at);
  return unit === undefined ? { value, kind } : { value, kind, unit };
};

describe('readCell (SPEC §3)', () => {
  it.each(['', ' ', '\u00a0', '\u3000', '\u200b', ' \t\n'])('blank: %j', (text) => {
    expect(read(text)).toEqual({ value: null, kind: 'blank' });
  });

  it.each(['/', '／', '-', '－', '—', '——', '--', '无', '不适用', 'N/A', 'n/a', ' / '])('placeholder: %j', (text) => {
    expect(read(text)).toEqual({ value: null, kind: 'placeholder' });
  });

  it.each([
    ['0', 0],
    ['26', 26],
    ['０', 0],
    ['１２３', 123],
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345,678', 12345678],
    ['+19', 19],
    ['-8', -8],
    ['＋19', 19],
    ['－8', -8],
    ['-0', 0],
    ['6216103.24', 6216103.24],
    ['0.5', 0.5],
    [' 5', 5],
    ['1 ', 1],
  ])('number: %j → %d', (text, value) => {
    expect(read(text)).toEqual({ value, kind: 'number' });
  });

  it.each([
    ['251000元', 251000, '元'],
    ['11个', 11, '个'],
    ['185.5897万元', 185.5897, '万元'],
    ['3件', 3, '件'],
    ['7条', 7, '条'],
    ['2次', 2, '次'],
    ['6216103.24元', 6216103.24, '元'],
    ['１２ 件', 12, '件'],
  ])('number with unit: %j', (text, value, unit) => {
    expect(read(text)).toEqual({ value, kind: 'number', unit });
  });

  it.each(['见附件', '1,23', '1.2.3', '12a', '约5', '5%', '一', '3（件）'])('text: %j', (text) => {
    expect(read(text)).toEqual({ value: null, kind: 'text' });
  });

  it('keeps the raw text and the ref', () => {
    expect(readCell(' 5', at)).toEqual({ value: 5, raw: ' 5', kind: 'number', at });
  });
});
