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

  it('says what is wrong, by how much, by which rule, from which cells (Chinese)', () => {
    const text = describeFinding(rowSumError, index, 'zh', translator(zh as Messages));
    expect(text).toEqual({
      id: rowSumError.id,
      heading: '错误 · T3-ROWSUM',
      message: rowSumError.message.zh,
      values: '应为 12 · 实为 11',
      formula: expect.stringContaining('总计 = 自然人'),
      relatedGroup: null,
      related: [{ label: '（七）总计 / 自然人', raw: '空白' }],
      relatedMore: 0,
    });
  });

  it('speaks English when the UI does', () => {
    const text = describeFinding(rowSumError, index, 'en', translator(en as Messages));
    expect(text.heading).toBe('Error · T3-ROWSUM');
    expect(text.message).toBe(rowSumError.message.en);
    expect(text.values).toBe('Expected 12 · Found 11');
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

it('names the row the addends share once', () => {
  const audit = exportWith([rowSumError]);
  const row = audit.report.tables.applications!.totalProcessed!;
  row.commercial = { value: 4, raw: '4', kind: 'number', at: { table: 2, row: 20, col: 3 } };
  const f = { ...rowSumError, related: [row.naturalPerson!.at, row.commercial.at] };
  const text = describeFinding(f, cellIndex(audit), 'zh', translator(zh as Messages));
  expect(text.relatedGroup).toBe('（七）总计');
  expect(text.related).toEqual([
    { label: '自然人', raw: '空白' },
    { label: '商业企业', raw: '4' },
  ]);
});

describe('locale files', () => {
  it('have the same keys in Chinese and English, with placeholders where used', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, entry] of Object.entries(zh as Record<string, { message: string; placeholders?: object }>)) {
      if (entry.message.includes('$COUNT$')) expect(entry.placeholders, key).toBeDefined();
    }
  });
});
