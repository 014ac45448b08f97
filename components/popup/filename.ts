import type { Report } from '../../lib/model';

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_NAME = 60;

function clean(part: string): string {
  const safe = part.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '');
  return [...safe].slice(0, MAX_NAME).join('');
}

/**
 * `沭阳县发展和改革局-2023-年报核查.json`: the organ and year a reviewer files the report under.
 * Falls back to the report's title when the organ was not found, and to the suffix alone.
 * Organ and title come from the page: they are cleaned of path separators and the like.
 */
export function exportFileName(
  report: Pick<Report, 'organ' | 'year' | 'title'>,
  ext: 'json' | 'csv',
  suffix: string,
): string {
  const name = clean(report.organ ?? '') || clean(report.title ?? '');
  const parts = [name, report.year === null ? '' : String(report.year), clean(suffix) || 'audit'].filter(Boolean);
  return `${parts.join('-')}.${ext}`;
}
