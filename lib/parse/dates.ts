import { numeralValue } from './numerals';

const HAN_DIGITS = '〇一二三四五六七八九';
// 「二〇二一」 is written with 〇, 零, ○ or even a Latin O.
const hanYear = (s: string): number => Number([...s.replace(/[零○ＯO]/g, '〇')].map((c) => HAN_DIGITS.indexOf(c)).join(''));
const HAN_YEAR_CHARS = '〇零○ＯO一二三四五六七八九';

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const HAN_YEAR = new RegExp(`([${HAN_YEAR_CHARS}]{4})\\s*年`);

/** The year a text names first (「2023年」, 「二〇二三年」), or null. */
export function yearIn(text: string): number | null {
  const m = YEAR.exec(text);
  const h = HAN_YEAR.exec(text);
  if (m && (!h || m.index <= h.index)) return Number(m[1]);
  return h ? hanYear(h[1]!) : null;
}

/** Where a title's year starts, or -1. */
export function yearIndex(text: string): number {
  return (YEAR.exec(text) ?? HAN_YEAR.exec(text))?.index ?? -1;
}

const DATE_LINE = new RegExp(
  `^(\\d{4}|[${HAN_YEAR_CHARS}]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日$`,
);

/** A line that is just a date, 「2021年1月18日」, 「二〇二一年一月十八日」 or 「2021-01-18」, as ISO; else null. */
export function dateLine(text: string): string | null {
  const iso = /^((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(text.trim());
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = DATE_LINE.exec(text.trim());
  if (!m) return null;
  const part = (s: string): number => (/^\d+$/.test(s) ? Number(s) : numeralValue(s));
  return isoDate(/^\d+$/.test(m[1]!) ? Number(m[1]) : hanYear(m[1]!), part(m[2]!), part(m[3]!));
}

/** A date as pages write it (2024-01-17, 2024/1/17, 2024.01.17, 2024年1月17日, with or without a time) as ISO. */
export function pageDate(text: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : dateLine(text);
}
