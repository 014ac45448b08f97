import { columnName, rowName, templateLabels, templatesOf, type Bilingual, type Format, type TableKey } from '../model';

export { cellName, columnName, rowName, tableName } from '../model';

/** A cell by its canonical keys, the way rules name their inputs. */
export interface Term {
  table: TableKey;
  row: string;
  col: string;
}

/** Every official zh label a key may carry in this report's format (both templates when unsure). */
export function officialLabels(table: TableKey, key: string, format: Format): string[] {
  return [...new Set(templatesOf(format).flatMap((t) => templateLabels(table, key, t)))];
}

/** How many names a list shows before it elides the rest. */
export const LISTED = 6;

/**
 * Lists names, eliding past the first `LISTED` so one message stays readable on a page with many
 * cells. `count`: how many there are, where the caller made only the names shown.
 */
export function listNames(names: readonly Bilingual[], count = names.length): Bilingual {
  const shown = names.slice(0, LISTED);
  const more = count - shown.length;
  return {
    zh: shown.map((n) => `「${n.zh}」`).join('、') + (more > 0 ? `等 ${count} 处` : ''),
    en: shown.map((n) => `"${n.en}"`).join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

/** Longest stretch of page text a message quotes; the cell itself keeps all of it. */
const MAX_QUOTED = 120;
/** Isolate controls in page text could close our isolate early, so they are dropped. */
const ISOLATES = /[\u2066-\u2069]/g;
/** Bidi controls and right-to-left scripts: the only text that can reorder what surrounds it. */
const REORDERS = /[\u202A-\u202E\u200E\u200F\u061C\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Page text as a message quotes it: cut so one cell cannot flood the tooltip or the popup, and
 * when it could, wrapped in a bidi isolate so a right-to-left override in it cannot reorder our own words.
 */
export function quoted(raw: string): string {
  const chars = Array.from(raw.replace(ISOLATES, '').trim());
  const text = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : chars.join('');
  return REORDERS.test(text) ? `\u2068${text}\u2069` : text;
}
