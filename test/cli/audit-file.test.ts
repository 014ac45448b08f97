import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditForBatch, heldRecord, type BatchOptions, type FileResult } from '../../cli/audit-file';
import type { Format } from '../../cli/formats';
import type { AuditExport, AuditRecord } from '../../lib/model';
import { corpusDir, seedsDir } from '../support/paths';

const options = (crossYear: boolean, format: Format = 'json'): BatchOptions => ({ format, crossYear, auditedAt: '2026-01-01T00:00:00.000Z' });
const bytes = (s: string) => Buffer.from(s, 'utf8');
const held = (r: FileResult, format: Format = 'json'): AuditRecord | null =>
  r.ok && r.held ? heldRecord(format, bytes(r.rendered.chunk), bytes(r.held.record)) : null;
const shown = (r: FileResult): AuditExport => {
  if (!r.ok) throw new Error(r.reason);
  return JSON.parse(r.rendered.chunk) as AuditExport;
};

describe('auditing one file of a batch (what a worker thread sends back)', () => {
  const corpus = join(corpusDir, 'shuyang-fgj-2023.html');

  it('gives the rendered export, and the record with its narrative only when other files may pair with it', async () => {
    const bare = await auditForBatch(corpus, options(false));
    const full = await auditForBatch(corpus, options(true));
    if (!bare.ok || !full.ok) throw new Error('corpus page unreadable');
    expect(bare.held).toBeNull();
    const narrative = held(full)?.narrative;
    expect(narrative?.map((s) => s.text).join('\n')).toContain('沭阳县发展和改革局');
    expect(narrative?.map((s) => s.template)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6]));
    expect(shown(full).source).toEqual(shown(bare).source);
  });

  it('holds the same record whatever the format, though in JSON the export is read back from the output', async () => {
    const records = await Promise.all(
      (['json', 'text', 'csv'] as const).map(async (format) => held(await auditForBatch(corpus, options(true, format)), format)),
    );
    expect(records[0]?.export.findings.length).toBeGreaterThan(0);
    expect(records[0]).toEqual(records[1]);
    expect(records[2]).toEqual(records[1]);
  });

  it('reads text reports too, and says why a file cannot be read', async () => {
    const text = await auditForBatch(join(seedsDir, readdirSync(seedsDir).find((f) => f.endsWith('.txt'))!), options(true));
    expect(held(text)?.narrative.length).toBeGreaterThan(0);
    expect(await auditForBatch(join(seedsDir, 'nope.txt'), options(true))).toEqual({ ok: false, reason: '文件不存在 (file not found)' });
  });
});
