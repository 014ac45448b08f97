import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/audit';
import { seedsDir } from '../support/paths';

describe('a report read only in part', () => {
  it('says in the verdict what was left unread, and still audits the rest', () => {
    const seed = readFileSync(join(seedsDir, '000_65580b5228a13858.txt'), 'utf8');
    const huge = Array.from({ length: 10_000 }, (_, i) => `\t${i}\n\t条目\n`).join('\n');
    const audit = auditText(`${seed}\n附表\n\n${huge}`, { url: 'big.txt' });
    expect(audit.verdict.status).toBe('pass');
    expect(audit.verdict.reason?.zh).toBeTruthy();
    expect(audit.verdict.reason?.en).toMatch(/rows/);
  });
});
