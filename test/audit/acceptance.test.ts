import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText } from '../../lib/audit';
import { toDocument, decode } from '../../cli/load';
import type { AuditExport } from '../../lib/model';
import { corpusDir, fixturesDir, seedsDir } from '../support/paths';

// The acceptance: the five seeds, as text and as every published HTML shape, and the real
// corpus page. Seed 003 states （七）总计 4 over results that are all 0; nothing else has an error.
const ERROR_SEED = '003';
const errorsOf = (a: AuditExport) =>
  a.findings.filter((f) => f.severity === 'error' && f.outcome === 'fail').map((f) => f.rule);
const auditPage = (path: string) => auditDocument(toDocument(decode(readFileSync(path))), { url: path });

describe('acceptance on the seeds and the corpus', () => {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
  const pages = readdirSync(join(fixturesDir, 'pages')).filter((f) => f.endsWith('.html'));

  it.each(seeds)('seed %s as text: errors only where the report is wrong', (name) => {
    const audit = auditText(readFileSync(join(seedsDir, name), 'utf8'), { url: name });
    expect(audit.verdict.status).not.toMatch(/not-a-report|unreadable/);
    if (name.startsWith(ERROR_SEED)) {
      expect(new Set(errorsOf(audit))).toEqual(new Set(['T3-RESULTSUM', 'T3-BALANCE']));
      expect(audit.verdict.status).toBe('errors');
    } else {
      expect(errorsOf(audit)).toEqual([]);
    }
  });

  it.each(pages)('%s: the same verdict on errors as the seed’s text', (name) => {
    const audit = auditPage(join(fixturesDir, 'pages', name));
    if (name.startsWith(`seed-${ERROR_SEED}`)) {
      expect(new Set(errorsOf(audit))).toEqual(new Set(['T3-RESULTSUM', 'T3-BALANCE']));
    } else {
      expect(errorsOf(audit)).toEqual([]);
    }
  });

  it('the corpus page adds up: no error, blanks reported once', () => {
    const audit = auditPage(join(corpusDir, 'shuyang-fgj-2023.html'));
    expect(errorsOf(audit)).toEqual([]);
    expect(audit.findings.filter((f) => f.rule === 'CELL-BLANK')).toHaveLength(1);
    expect(audit.report.tables.applications?.newReceived?.total?.value).toBe(26);
    expect(audit.report.tables.reviewLitigation?.review?.pending?.value).toBe(1);
  });
});
