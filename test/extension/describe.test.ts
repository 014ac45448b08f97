import { describe, expect, it } from 'vitest';
import { cellIndex, describeFinding, RELATED_SHOWN, type Translate } from '../../components/overlay/describe';
import type { CellRef } from '../../lib/model';
import { exportWith, rowSumError } from '../support/export';
import zh from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;
/** getMessage as Chrome does it, enough for these strings: unknown keys give ''. */
const translator =
  (messages: Messages): Translate =>
  (key, subs) => {
    const text = messages[key]?.message ?? '';
    const first = Array.isArray(subs) ? subs[0] : subs;
    return text.replace(/\$COUNT\$/g, first ?? '');
  };

describe('describeFinding', () => {
  const audit = exportWith([rowSumError]);
  const index = cellIndex(audit);

  it('says which rule by its title first, what is wrong once, and from which cells (Chinese)', () => {
    const text = describeFinding(rowSumError, index, 'zh', translator(zh as Messages));
    expect(text).toEqual({
      id: rowSumError.id,
      kind: 'error',
      heading: '表三行合计 · 错误',
      rule: 'T3-ROWSUM',
      message: rowSumError.message.zh,
      formula: expect.stringContaining('总计 = 自然人'),
      relatedGroup: null,
      related: [],
      relatedRest: '1 项空白（按 0 计）',
      relatedMore: 0,
    });
  });

  it('speaks English when the UI does', () => {
    const text = describeFinding(rowSumError, index, 'en', translator(en as Messages));
    expect(text.heading).toBe('Table 3 row totals · Error');
    expect(text.message).toBe(rowSumError.message.en);
  });

  it('calls a finding that needs review 待复核, whatever its rule’s severity', () => {
    const text = describeFinding({ ...rowSumError, outcome: 'review' }, index, 'zh', translator(zh as Messages));
    expect(text.kind).toBe('review');
    expect(text.heading).toBe('表三行合计 · 待复核');
  });

  it('has no formula for a rule without one, and shortens a long list of addends', () => {
    const related: CellRef[] = Array.from({ length: RELATED_SHOWN + 3 }, (_, i) => ({ table: 9, row: i, col: 0 }));
    const text = describeFinding({ ...rowSumError, rule: 'TEXT-T3', related }, index, 'zh', translator(zh as Messages));
    expect(text.formula).toBeNull();
    expect(text.related).toHaveLength(RELATED_SHOWN);
    expect(text.relatedMore).toBe(3);
    expect(text.related[0]!.label).toBe('#10:1/1');
  });
});

it('leads with the addends that are not 0, with their values, and folds the zeros', () => {
  const audit = exportWith([rowSumError]);
  const row = audit.report.tables.applications!.totalProcessed!;
  const keys = ['commercial', 'research', 'nonprofit', 'legalService', 'otherOrg'] as const;
  keys.forEach((k, i) => (row[k] = { value: k === 'research' ? 4 : 0, raw: k === 'research' ? '4' : '0', kind: 'number', at: { table: 2, row: 20, col: 3 + i } }));
  const f = { ...rowSumError, related: [row.naturalPerson!.at, ...keys.map((k) => row[k]!.at)] };
  const text = describeFinding(f, cellIndex(audit), 'zh', translator(zh as Messages));
  expect(text.relatedGroup).toBe('（七）总计');
  expect(text.related).toEqual([{ label: '科研机构', raw: '4' }]);
  expect(text.relatedRest).toBe('其余 4 项均为 0，1 项空白（按 0 计）');
});

describe('locale files', () => {
  it('have the same keys in Chinese and English, with placeholders where used', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, entry] of Object.entries(zh as Record<string, { message: string; placeholders?: object }>)) {
      if (entry.message.includes('$COUNT$')) expect(entry.placeholders, key).toBeDefined();
    }
  });
});
