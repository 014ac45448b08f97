import type { Cell, CellRef } from '../model';

// SPEC §3. Full-width and dash variants are the same placeholder to a reader.
const PLACEHOLDERS = new Set(['/', '／', '\\', '无', '不适用', 'N/A', 'NA']);
const DASHES = /^[-－—–―−]+$/;
/** Units a number cell may carry (SPEC §3); 万元 before 元 so the longer one wins. */
export const UNITS = ['万元', '件', '个', '条', '次', '元'] as const;
const NUMBER = new RegExp(`^([+-])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(${UNITS.join('|')})?$`);

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0C\uFF0E]/g;
const toHalfWidth = (s: string): string =>
  s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[−–]/g, '-');

/** Reads one cell's value as SPEC §3 describes: a number (with sign, separators, unit), blank, placeholder or text. */
export function readCell(text: string, at: CellRef): Cell {
  const compact = text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '');
  if (compact === '') return { value: null, raw: text, kind: 'blank', at };
  if (PLACEHOLDERS.has(compact.toUpperCase()) || DASHES.test(compact)) return { value: null, raw: text, kind: 'placeholder', at };
  const m = NUMBER.exec(toHalfWidth(compact));
  if (!m) return { value: null, raw: text, kind: 'text', at };
  const [, sign, int, frac, unit] = m;
  const magnitude = Number(`${int!.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
  // `+ 0` turns -0 into 0, so "-0" compares equal to a zero total.
  const value = (sign === '-' ? -magnitude : magnitude) + 0;
  return unit ? { value, raw: text, kind: 'number', unit, at } : { value, raw: text, kind: 'number', at };
}
