// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyDismissals } from '../../lib/audit/dismiss';
import { placeCells } from '../../components/popup/cells';
import { FindingList } from '../../components/popup/FindingList';
import { TablesView } from '../../components/popup/TablesView';
import { VerdictHeader } from '../../components/popup/VerdictHeader';
// The real fake browser, without wxt/testing's index (it loads esbuild, which jsdom breaks).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { cellBlank, feeDisclosure, fixtureAudit, labelVariant, rowSum, validLb } from './fixture';
import { click, mount, text, toggle, unmountAll, useLocale } from './support';

beforeEach(() => useLocale('zh_CN'));
afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

const noop = () => {};
function findings(audit = fixtureAudit(), handlers: { onReveal?: (id: string) => void; onDismiss?: (id: string, d: boolean) => void } = {}) {
  return mount(
    <FindingList
      audit={audit}
      places={placeCells(audit)}
      pending={new Set()}
      onReveal={handlers.onReveal ?? noop}
      onDismiss={handlers.onDismiss ?? noop}
    />,
  );
}
const group = (root: HTMLElement, kind: string) => root.querySelector<HTMLDetailsElement>(`details.group--${kind}`);

describe('VerdictHeader', () => {
  it('puts the verdict first, in words, with the counts and which report it is', async () => {
    const root = await mount(<VerdictHeader audit={fixtureAudit()} />);
    expect(text(root.querySelector('.status'))).toBe('✕ 有错误');
    // In the order of the groups below, and with their counts.
    expect(text(root.querySelector('.counts'))).toBe('错误 1 警告 1 待复核 1 提示 2');
    expect(text(root.querySelector('.verdict__about'))).toBe('沭阳县发展和改革局 · 2023年 · 2021 版格式');
  });

  it('names a mixed template in words, not by its key', async () => {
    const audit = fixtureAudit();
    const root = await mount(<VerdictHeader audit={{ ...audit, report: { ...audit.report, format: 'mixed' } }} />);
    expect(text(root.querySelector('.verdict__about'))).toBe('沭阳县发展和改革局 · 2023年 · 混用 2019 与 2021 版格式');
  });

  it.each([
    ['pass', '通过'],
    ['warnings', '有警告'],
    ['unreadable', '无法读取'],
  ] as const)('names the %s verdict %s', async (status, word) => {
    const audit = fixtureAudit();
    const root = await mount(<VerdictHeader audit={{ ...audit, verdict: { ...audit.verdict, status } }} />);
    expect(text(root.querySelector('.status'))).toContain(word);
  });

  it('names a verdict whose only open items need review 待复核, not 有警告', async () => {
    const audit = fixtureAudit([cellBlank]);
    expect(audit.verdict.status).toBe('warnings');
    const root = await mount(<VerdictHeader audit={audit} />);
    expect(text(root.querySelector('.status'))).toBe('? 待复核');
  });

  it('gives a page that is not a report no counts, and says why', async () => {
    const audit = fixtureAudit([]);
    const verdict = { ...audit.verdict, status: 'not-a-report' as const, reason: { zh: '页面没有年报的表格', en: 'No report tables' } };
    const root = await mount(<VerdictHeader audit={{ ...audit, verdict }} />);
    expect(text(root.querySelector('.status'))).toContain('非年报页面');
    expect(root.querySelector('.counts')).toBeNull();
    expect(text(root.querySelector('.verdict__reason'))).toBe('页面没有年报的表格');
  });

  it('shows English messages under the English locale', async () => {
    useLocale('en');
    const audit = fixtureAudit();
    const root = await mount(<VerdictHeader audit={{ ...audit, verdict: { ...audit.verdict, reason: { zh: '中文', en: 'English' } } }} />);
    expect(text(root.querySelector('.status'))).toContain('Errors');
    expect(text(root.querySelector('.verdict__reason'))).toBe('English');
  });
});

describe('FindingList', () => {
  it('opens errors and warnings, folds notes, passed and not-applicable rules', async () => {
    const root = await findings();
    expect(group(root, 'error')?.open).toBe(true);
    expect(group(root, 'warning')?.open).toBe(true);
    expect(group(root, 'info')?.open).toBe(false);
    expect(group(root, 'passed')?.open).toBe(false);
    expect(group(root, 'not-applicable')?.open).toBe(false);
    expect(text(group(root, 'passed')?.querySelector('summary'))).toBe('通过的规则 4');
    expect(text(group(root, 'not-applicable')?.querySelector('summary'))).toBe('不适用的规则 2');
    // Folded content is not even rendered: a long list of notes costs nothing until opened.
    expect(group(root, 'info')?.querySelector('.finding')).toBeNull();
  });

  it('shows each finding under its kind, by its rule’s title (the ID second), message and the cell it names', async () => {
    const root = await findings();
    const item = group(root, 'error')?.querySelector(`[data-finding="${rowSum.id}"]`);
    expect(text(item?.querySelector('.finding__head'))).toBe('表三行合计 T3-ROWSUM');
    expect(item?.querySelector('.rule-name__id')?.tagName).toBe('CODE');
    expect(text(item?.querySelector('.finding__message'))).toBe('（七）总计·总计应为 26，实为 27');
    expect(text(item?.querySelector('.finding__where'))).toBe('位置：表三 （七）总计·总计');
    // A finding needing review is 待复核, in its own group, not under its rule's severity.
    const review = group(root, 'review')?.querySelector(`[data-finding="${cellBlank.id}"]`);
    expect(text(group(root, 'review')?.querySelector('summary'))).toBe('待复核 1');
    expect(text(review?.querySelector('.finding__head'))).toBe('空白单元格 CELL-BLANK');
    expect(text(review?.querySelector('.finding__where'))).toBe('位置：共 5 个单元格');
  });

  it('lists the rules that passed by their titles', async () => {
    const root = await findings();
    await toggle(group(root, 'passed'));
    expect([...(group(root, 'passed')?.querySelectorAll('.rules li') ?? [])].map(text)).toEqual([
      '表三办理结果合计 T3-RESULTSUM',
      '表三勾稽关系 T3-BALANCE',
      '表四合计 T4-SUM',
      '六个章节 SECTIONS',
    ]);
  });

  it('clicking a finding asks the page to reveal it; a finding without a cell is not a button', async () => {
    const onReveal = vi.fn();
    const root = await findings(undefined, { onReveal });
    await click(root.querySelector(`[data-finding="${validLb.id}"] button.finding__body`));
    expect(onReveal).toHaveBeenCalledWith(validLb.id);
    await toggle(group(root, 'info'));
    expect(group(root, 'info')?.open).toBe(true);
    expect(root.querySelector(`[data-finding="${feeDisclosure.id}"] .finding__body`)?.tagName).toBe('DIV');
    expect(root.querySelector(`[data-finding="${labelVariant.id}"] .finding__body`)?.tagName).toBe('BUTTON');
  });

  it('shows a dismissed finding as dismissed, with a way back, and keeps it in place', async () => {
    const onDismiss = vi.fn();
    const audit = applyDismissals(fixtureAudit(), [rowSum.id]);
    const root = await findings(audit, { onDismiss });
    // Nothing live is left among the errors, so the group starts folded.
    expect(group(root, 'error')?.open).toBe(false);
    expect(text(group(root, 'error')?.querySelector('summary'))).toBe('错误 0 已忽略 1');
    await toggle(group(root, 'error'));
    const item = root.querySelector(`[data-finding="${rowSum.id}"]`);
    expect(item?.classList.contains('is-dismissed')).toBe(true);
    expect(text(item?.querySelector('.finding__head'))).toContain('已忽略');
    const button = item?.querySelector('button.finding__dismiss');
    expect(text(button)).toBe('恢复');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    await click(button);
    expect(onDismiss).toHaveBeenCalledWith(rowSum.id, false);
  });

  it('says so when there is nothing to report', async () => {
    const root = await findings(fixtureAudit([]));
    expect(text(root.querySelector('.findings__none'))).toBe('未发现问题。');
  });

  it('renders hostile page text as text, never as markup', async () => {
    const evil = { ...rowSum, message: { zh: '<img src=x onerror="alert(1)">总计', en: '' } };
    const root = await findings(fixtureAudit([evil]));
    expect(root.querySelector('img')).toBeNull();
    expect(text(root.querySelector('.finding__message'))).toBe('<img src=x onerror="alert(1)">总计');
  });
});

describe('TablesView', () => {
  const open = (root: HTMLElement, key: string) => toggle(root.querySelector(`.table-box--${key}`));

  it('lists tables 2-4, folded, and marks a table the page lacks', async () => {
    const audit = fixtureAudit();
    const root = await mount(<TablesView audit={{ ...audit, report: { ...audit.report, tables: { ...audit.report.tables, activeDisclosure: null } } }} />);
    const summaries = [...root.querySelectorAll('summary')].map(text);
    expect(summaries).toEqual(['表二 主动公开政府信息情况 未找到', '表三 收到和处理政府信息公开申请情况', '表四 行政复议、行政诉讼情况']);
    expect([...root.querySelectorAll('details')].every((d) => !d.open)).toBe(true);
  });

  it('labels rows and columns officially and keeps blanks, placeholders, zeros and absent cells apart', async () => {
    const root = await mount(<TablesView audit={fixtureAudit()} />);
    await open(root, 'applications');
    const t3 = root.querySelector('.grid--applications')!;
    const head = [...t3.querySelectorAll('.grid__head th')].map(text);
    expect(head).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const total = [...t3.querySelectorAll('tr')].find((tr) => text(tr.querySelector('th')) === '（七）总计')!;
    expect([...total.querySelectorAll('td')].map(text)).toEqual(['26', '空', '空', '空', '空', '空', '27']);
    expect(total.querySelector('td:last-child')?.className).toContain('cell--flag-error');
    const carriedOver = [...t3.querySelectorAll('tr')].find((tr) => text(tr.querySelector('th')).startsWith('二、'))!;
    expect(text(carriedOver.querySelector('td'))).toBe('0');
    expect(carriedOver.querySelector('td')?.className).toContain('cell--number');
    const absent = [...t3.querySelectorAll('tr')].find((tr) => text(tr.querySelector('th')) === '2.重复申请')!;
    expect(absent.querySelectorAll('td.cell--missing')).toHaveLength(7);

    await open(root, 'reviewLitigation');
    const t4 = root.querySelector('.grid--reviewLitigation')!;
    const direct = t4.querySelectorAll('tbody tr')[2]!;
    expect(text(direct.querySelector('th'))).toBe('行政诉讼·未经复议直接起诉');
    expect(direct.querySelector('td')?.className).toContain('cell--placeholder');
    expect(text(direct.querySelector('td'))).toBe('/');
  });

  it('marks a cell only in question amber (待复核), never as an error, and an error over it red', async () => {
    const inQuestion = { ...rowSum, id: 'review', outcome: 'review' as const, cells: [{ table: 2, row: 5, col: 8 }] };
    const root = await mount(<TablesView audit={fixtureAudit([rowSum, inQuestion, { ...inQuestion, id: 'both', cells: rowSum.cells }])} />);
    await open(root, 'applications');
    const cell = (key: string) => root.querySelector(`.grid--applications td[data-cell="${key}"]`)!;
    expect(cell('2.5.8').className).toContain('cell--flag-review');
    expect(cell('2.5.8').className).not.toContain('cell--flag-error');
    expect(cell('2.5.8').getAttribute('title')).toContain('待复核');
    expect(cell('2.24.8').className).toContain('cell--flag-error');
    expect(text(root.querySelector('.legend')!)).toContain('待复核的单元格');
  });

  it('keeps a unit beside its amount and the page text in the tooltip', async () => {
    const root = await mount(<TablesView audit={fixtureAudit()} />);
    await open(root, 'activeDisclosure');
    const fee = [...root.querySelectorAll('.grid--activeDisclosure tr')].find((tr) => text(tr.querySelector('th')) === '行政事业性收费')!;
    expect(fee.querySelector('td')?.textContent).toBe('185.5897万元');
    expect(fee.querySelector('td')?.getAttribute('title')).toBe('原文：「185.5897万元」');
  });
});
