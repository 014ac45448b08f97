import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../components/popup/layout';
import type { Cell, Table } from '../../lib/model';

const cell = (value: number): Cell => ({ value, raw: String(value), kind: 'number', at: { table: 0, row: 0, col: 0 } });
const row = (...cols: string[]) => Object.fromEntries(cols.map((c) => [c, cell(1)]));

describe('the layout of an extracted table', () => {
  it('table 2 (2021) draws the template blocks, each with its own header', () => {
    const table: Table = { regulations: row('made', 'repealed', 'inForce'), licensing: row('decisions') };
    expect(tableLayout('activeDisclosure', '2021', table)).toEqual([
      { columns: ['made', 'repealed', 'inForce'], rows: ['regulations', 'normativeDocuments'] },
      { columns: ['decisions'], rows: ['licensing', 'penalty', 'coercion'] },
      { columns: ['amountWan'], rows: ['fees'] },
    ]);
  });

  it('table 2 (2019) keeps its own columns, never the 2021 ones', () => {
    const blocks = tableLayout('activeDisclosure', '2019', { regulations: row('newlyMade', 'newlyPublished', 'totalPublished') });
    expect(blocks[0]?.columns).toEqual(['newlyMade', 'newlyPublished', 'totalPublished']);
    expect(blocks.flatMap((b) => b.rows)).toContain('procurement');
    expect(blocks.flatMap((b) => b.columns)).not.toContain('inForce');
  });

  it('table 3 follows the format: one （六） row in 2019, three in 2021; absent rows kept as holes', () => {
    const t19 = tableLayout('applications', '2019', { newReceived: row('total') })[0]!;
    const t21 = tableLayout('applications', '2021', { newReceived: row('total') })[0]!;
    expect(t19.rows).toContain('other');
    expect(t19.rows).not.toContain('other.misc');
    expect(t21.rows.filter((r) => r.startsWith('other'))).toEqual(['other.noCorrection', 'other.feeUnpaid', 'other.misc']);
    expect(t21.rows.at(-1)).toBe('carriedForward');
    expect(t21.columns).toEqual(['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total']);
  });

  it('table 3 shows a 法人 subtotal column only where the report adds one', () => {
    const [block] = tableLayout('applications', '2021', { newReceived: row('commercial', 'legalSubtotal', 'total') });
    expect(block?.columns.at(-1)).toBe('legalSubtotal');
  });

  it('a mixed or unknown template shows the rows present, in template order, and keys the template lacks', () => {
    const [block] = tableLayout('applications', 'mixed', { carriedForward: row('total'), newReceived: row('total'), 'x.odd': row('total') });
    expect(block?.rows).toEqual(['newReceived', 'carriedForward', 'x.odd']);
  });

  it('table 4 is three groups by five results', () => {
    const [block] = tableLayout('reviewLitigation', '2021', { review: row('total') });
    expect(block).toEqual({
      rows: ['review', 'litigationDirect', 'litigationAfterReview'],
      columns: ['upheld', 'corrected', 'other', 'pending', 'total'],
    });
  });
});
