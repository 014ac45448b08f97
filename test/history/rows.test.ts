import { describe, expect, it } from 'vitest';
import { historyRow } from '../../components/history/rows';
import type { AuditExport } from '../../lib/model';
import type { HistoryEntry } from '../../utils/history/entry';
import { fixtureAudit } from '../popup/fixture';

const withCounts = (status: AuditExport['verdict']['status'], counts: Partial<AuditExport['verdict']['counts']>): AuditExport => {
  const audit = fixtureAudit([]);
  return { ...audit, verdict: { ...audit.verdict, status, counts: { error: 0, warning: 0, review: 0, info: 0, ...counts } } };
};
const entry = { key: 'http://www.example.gov.cn/a.html', via: 'page' } as HistoryEntry;

describe('a history row names the verdict as every surface does', () => {
  it('warnings that are only open questions read 待复核', () => {
    expect(historyRow(entry, withCounts('warnings', { review: 2 })).shown).toBe('review');
  });

  it('other verdicts keep their word', () => {
    expect(historyRow(entry, withCounts('warnings', { warning: 1, review: 2 })).shown).toBe('warnings');
    expect(historyRow(entry, withCounts('errors', { error: 1 })).shown).toBe('errors');
  });
});
