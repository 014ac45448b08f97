import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../cli/audit-file';
import { corpusDir, seedsDir } from '../support/paths';

describe('auditing one file (what a worker thread sends back)', () => {
  const corpus = join(corpusDir, 'shuyang-fgj-2023.html');

  it('gives the export, and the narrative only when asked', async () => {
    const bare = await auditFile(corpus, { narrative: false });
    const full = await auditFile(corpus, { narrative: true });
    if (!bare.ok || !full.ok) throw new Error('corpus page unreadable');
    expect(bare.narrative).toBeUndefined();
    expect(full.narrative?.map((s) => s.text).join('\n')).toContain('沭阳县发展和改革局');
    expect(full.narrative?.map((s) => s.template)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6]));
    expect({ ...full.export.source, auditedAt: '' }).toEqual({ ...bare.export.source, auditedAt: '' });
  });

  it('reads text reports too, and says why a file cannot be read', async () => {
    const text = await auditFile(join(seedsDir, readdirSync(seedsDir).find((f) => f.endsWith('.txt'))!), { narrative: true });
    expect(text.ok && text.narrative?.length).toBeGreaterThan(0);
    expect(await auditFile(join(seedsDir, 'nope.txt'), { narrative: true })).toEqual({ ok: false, reason: '文件不存在 (file not found)' });
  });
});
