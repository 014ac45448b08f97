/**
 * What a reviewer reads (issue #9): the popup and the page's overlay on a report with an error,
 * one whose only open items need review, and one that passes. One vocabulary (通过 / 待复核 /
 * 有错误), every rule ID beside its title, the heading counts equal to the verdict line's, review
 * items amber and never under 错误. Screenshots of each go to test-results/ — look at them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowsers, launch, mark, type Driver, type Tab } from './harness';
import { page, REPORT_TITLE, reportBody, reportPages, seedT3 } from './pages/report';
import { passedRules } from '../../components/popup/group';
import { refKey } from '../../lib/model';
import { ruleTitle } from '../../lib/rules/catalogue';
import { nodeAudit, waitForChip } from './support';

/** Seed 000 with one cell the audit cannot read as a number: every sum over it needs a person's look. */
function reviewOnlyPage(): string {
  const body = reportBody(seedT3()).replace(/(<td colspan="2">（一）予以公开<\/td>)<td>1<\/td>/, '$1<td>见附件</td>');
  return page(REPORT_TITLE, body);
}

const CASES = [
  { path: '/typo.html', status: 'errors', word: '有错误' },
  { path: '/review.html', status: 'warnings', word: '待复核' },
  { path: '/clean.html', status: 'pass', word: '通过' },
] as const;

describeBrowsers(
  'the verdict as a reviewer reads it',
  (name) => {
    let b: Driver;
    let base: string;
    const pages: Record<string, string> = { ...reportPages(), '/review.html': reviewOnlyPage() };

    beforeAll(async () => {
      b = await launch(name);
      base = await b.serve({}, pages);
    });
    afterAll(async () => {
      expect(b?.foreignRequests() ?? []).toEqual([]);
      await b?.close();
    });

    it.each(CASES)('$path: $word in the popup and on the page, counts that agree, titles before IDs', async ({ path, status, word }) => {
      const tab: Tab = await b.newTab(base + path.slice(1));
      await waitForChip(tab);
      const expected = nodeAudit(pages[path]!, await tab.url());
      expect(expected.verdict.status).toBe(status);
      expect(await tab.text(mark('chip'))).toContain(word);
      await tab.screenshot(`${name}-verdict-${status}-page`, { fullPage: false });

      // The tooltip of the first finding on a cell: its rule's Chinese title, then the message.
      const first = expected.findings.find((f) => f.cells.length > 0);
      if (first) {
        await tab.hover(mark('marker', `[data-cell="${refKey(first.cells[0]!)}"]`));
        await expect.poll(async () => (await tab.text(mark('tooltip'))) ?? '', { timeout: 3000 }).toContain(first.message.zh);
        const tip = (await tab.text(mark('tooltip')))!;
        expect(tip).toContain(ruleTitle(first.rule).zh);
        await tab.screenshot(`${name}-verdict-${status}-tooltip`, { fullPage: false });
        await tab.pointer(0, 0);
      }

      const popup = await b.popup(tab, { width: 420, height: 900 });
      await popup.waitFor('.verdict', { timeout: 8000 });
      expect(await popup.text('.status')).toContain(word);
      // Each kind's heading count is the verdict line's count of that kind.
      for (const kind of ['error', 'warning', 'review', 'info'] as const) {
        const n = expected.verdict.counts[kind];
        expect(await popup.text(`.count--${kind} b`)).toBe(String(n));
        if (n > 0) expect(await popup.text(`.group--${kind} > summary .group__count`)).toBe(String(n));
      }
      // No finding needing review sits under 错误.
      for (const f of expected.findings.filter((x) => x.outcome === 'review')) {
        expect(await popup.count(`.group--error [data-finding="${f.id}"]`)).toBe(0);
      }
      // Every rule ID on the popup stands beside its Chinese title.
      const ids = await popup.count('.rule-name__id');
      expect(await popup.count('.rule-name__title')).toBe(ids);
      await popup.screenshot(`${name}-verdict-${status}-popup`, { fullPage: true });

      // Opened: the rules that passed, by title, and the tables as read, no value cut off.
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expect.poll(() => popup.count('.group--passed .rule-name__title')).toBe(passedRules(expected).length);
      await popup.waitFor('.table-box--reviewLitigation td[data-cell]');
      const cut = await popup.evaluate(() =>
        Array.from(document.querySelectorAll('td[data-cell], th')).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
      );
      expect(cut).toEqual([]);
      expect(await popup.text('.table-box--activeDisclosure')).toContain('6216103.24');
      await popup.screenshot(`${name}-verdict-${status}-popup-open`, { fullPage: true });
      for (const [key, n] of [['activeDisclosure', 2], ['applications', 3], ['reviewLitigation', 4]] as const) {
        await popup.screenshot(`${name}-verdict-${status}-popup-table${n}`, { of: `.table-box--${key}` });
      }
      await popup.close();
      await tab.close();
    });
  },
  { only: 'chromium', why: 'screenshots for a person to look at; the same words are checked in both browsers by popup.test and overlay.test' },
);
