import { describe, expect, it } from 'vitest';
import { Pool } from '../../cli/pool';

describe('the threads of a batch', () => {
  it('answers a file it cannot compare with last year’s report with why, not by stopping the batch', async () => {
    const pool = new Pool(1, new URL(import.meta.url));
    const gone = { chunk: { offset: 0, length: 1 }, record: { offset: 1, length: 1 } };
    const results = [];
    for await (const r of pool.map('pair', [{ spool: '/nonexistent/spool', format: 'json', current: gone, previous: gone, previousFile: 'a.html' }])) results.push(r);
    await pool.close();
    expect(results).toEqual([{ index: 0, result: { ok: false, reason: expect.stringMatching(/^无法对照上年报告 \(cannot compare with last year's report\): ENOENT/) } }]);
  });
});
