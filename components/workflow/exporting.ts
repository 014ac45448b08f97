import { toCsv } from '../../lib/audit';
import type { AuditExport } from '../../lib/model';
import { saveFile } from '../popup/exporting';

/** Several audits as one file: a JSON array of exports (the CLI's `--format json`), or one CSV. */
export function saveAudits(doc: Document, audits: readonly AuditExport[], ext: 'json' | 'csv', stem: string): string {
  const name = `${stem}.${ext}`;
  if (ext === 'json') saveFile(doc, name, JSON.stringify(audits, null, 2), 'application/json');
  else saveFile(doc, name, toCsv([...audits]), 'text/csv;charset=utf-8');
  return name;
}

/** `2026-12-06`: the day, for file names. */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);
