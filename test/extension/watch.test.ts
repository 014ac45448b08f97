import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { touchesTables } from '../../entrypoints/audit.content/watch';

/** The mutation records a change produces, as the audit script's observer sees them. */
async function recordsOf(html: string, change: (doc: Document) => void): Promise<MutationRecord[]> {
  const { window } = new JSDOM(html);
  const records: MutationRecord[] = [];
  const observer = new window.MutationObserver((r) => records.push(...r));
  observer.observe(window.document.body, { childList: true, subtree: true, characterData: true });
  change(window.document);
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return records;
}

describe('touchesTables: which page changes re-run the audit', () => {
  const page = '<p id="clock">10:00</p><div id="app"></div><table><tr><td id="c">1</td></tr></table>';

  it.each([
    ['a table inserted late', (d: Document) => (d.getElementById('app')!.innerHTML = '<div><table><tr><td>5</td></tr></table></div>')],
    ['a cell edited', (d: Document) => (d.getElementById('c')!.firstChild!.textContent = '2')],
    ['a row added', (d: Document) => d.querySelector('tbody')!.append(d.createElement('tr'))],
    ['a table removed', (d: Document) => d.querySelector('table')!.remove()],
  ])('%s: yes', async (_, change) => {
    expect((await recordsOf(page, change)).some(touchesTables)).toBe(true);
  });

  it.each([
    ['a ticking clock', (d: Document) => (d.getElementById('clock')!.textContent = '10:01')],
    ['a banner without tables', (d: Document) => (d.getElementById('app')!.innerHTML = '<img><p>公告</p>')],
  ])('%s: no', async (_, change) => {
    expect((await recordsOf(page, change)).some(touchesTables)).toBe(false);
  });
});
