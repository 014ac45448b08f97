import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Spool } from '../../cli/spool';

const spools = () => readdirSync(tmpdir()).filter((f) => f.startsWith('gov-report-audit-'));

describe('the spool a batch keeps its outputs in until every file is read', () => {
  it('gives back each text as put, in any order, and leaves no file behind', () => {
    const before = spools();
    const spool = new Spool();
    const texts = ['结论：通过\n\n', '', '{"a":"表三 二、上年结转·总计"}', 'x'.repeat(200_000)];
    const slots = texts.map((t) => spool.put(t));
    expect(spools().length).toBe(before.length + 1);
    for (const i of [3, 0, 2, 1]) expect(spool.get(slots[i]!).toString('utf8')).toBe(texts[i]);
    spool.close();
    spool.close();
    expect(spools()).toEqual(before);
  });
});
