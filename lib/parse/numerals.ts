export const NUMERALS = '一二三四五六七八九十';

/** 一 … 九十九 as a number (0 for anything else). */
export function numeralValue(s: string): number {
  const digit = (c: string | undefined): number => (c ? NUMERALS.indexOf(c) + 1 : 0);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? digit(s) : 0;
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}
