/**
 * Hostile page text (test/fixtures/hostile): markup, script and style breakers, attribute
 * breakers, spreadsheet formulas, an unterminated right-to-left override, zero-width characters,
 * a 10,000-character cell and label. Wherever the extension shows page text (the overlay's
 * tooltips, the popup's findings, title and tables, the JSON and CSV exports) it must be text:
 * nothing runs (no dialog, no new element, no request for a payload's URL, window.__pwned never
 * set, console clean), nothing is reordered by the page's bidi controls, nothing outgrows the
 * screen, and no CSV field is a formula.
 *
 * In both browsers: text insertion, bidi layout and wrapping are each browser's own (Gecko and
 * Blink differ there). What the audit reads from the text is the core's, tested once in Node.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditExport, Finding } from '../../lib/model';
import { LABEL_PAYLOADS, LONG_TEXT, PAYLOADS, hostileReport } from '../fixtures/hostile/page';
import { OVERLAY_HOST, describeBrowsers, launch, mark, type Driver, type Query, type Tab } from './harness';
import { nodeAudit, waitForChip } from './support';

/** Elements page text would create if it were ever parsed as HTML. */
const ACTIVE = 'img, svg, script, iframe, object, embed, video, audio, link, frame, base, meta[http-equiv]';
const refKey = (r: { table: number; row: number; col: number }) => `${r.table}.${r.row}.${r.col}`;
/** What legitimately differs between two runs of the same audit. */
const comparable = (a: AuditExport) => ({ ...a, source: { ...a.source, auditedAt: '', url: '' } });

/** RFC 4180, as lib/audit/csv.ts writes it (BOM, CRLF, "" for a quote). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/**
 * Whether `phrase` (our own words, following page text in a message) is laid out left to right:
 * adjacent characters on the same line must advance rightwards. An unisolated U+202E before it
 * lays it out right to left.
 */
const readsLeftToRight = (tab: Tab, target: Query, phrase: string) =>
  tab.evaluateOn(target, (root, p) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      const boxes: DOMRect[] = [];
      for (let k = at; k < at + p.length; k++) {
        range.setStart(n, k);
        range.setEnd(n, k + 1);
        boxes.push(range.getBoundingClientRect());
      }
      let forward = 0;
      let backward = 0;
      for (let k = 1; k < boxes.length; k++) {
        if (Math.abs(boxes[k]!.top - boxes[k - 1]!.top) > 2) continue; // wrapped here
        if (boxes[k]!.left > boxes[k - 1]!.left) forward++;
        else backward++;
      }
      return { found: true, forward, backward };
    }
    return { found: false, forward: 0, backward: 0 };
  }, phrase);

describeBrowsers('hostile page text', (name) => {
  let b: Driver;
  let page: Tab;
  let popup: Tab;
  let expected: AuditExport;
  const html = hostileReport();
  const problems: string[] = [];

  /** Dialogs, errors and warnings in a tab (the page's missing favicon aside). */
  const watch = (tab: Tab, who: string) =>
    tab.onProblem((what) => {
      if (!what.includes('/favicon.ico')) problems.push(`${who} ${what}`);
    });

  /** How a message starts to quote the 10,000-character cell (which begins with the img payload). */
  const LONG_QUOTE = LONG_TEXT.slice(0, PAYLOADS.img.length + 10);

  /** Findings quoting hostile page text: NUM-INVALID quotes a cell, LABEL-VARIANT a label. */
  const hostileFindings = () => expected.findings.filter((f) => f.rule === 'NUM-INVALID' || f.rule === 'LABEL-VARIANT');
  const findingQuoting = (text: string): Finding => {
    const f = hostileFindings().find((x) => x.message.zh.includes(text));
    if (!f) throw new Error(`no finding quotes ${JSON.stringify(text.slice(0, 40))}`);
    return f;
  };

  /** Hovers the marker of a finding's first cell and returns the tooltip, once it shows that finding. */
  const tooltipOf = async (f: Finding): Promise<Query> => {
    const tip = mark('tooltip');
    const marker = mark('marker', `[data-cell="${refKey(f.cells[0]!)}"]`);
    for (let attempt = 0; ; attempt++) {
      // Every marker is scrolled to the middle of the window: the pointer must leave and come back
      // for the page to see it enter the next one, and the last tooltip (which may cover the next
      // marker) must have closed (250 ms after the pointer leaves).
      await page.pointer(0, 0);
      await page.waitFor(tip, { gone: true, timeout: 2000 }).catch(() => {});
      // Scrolls the marker to the middle (scrolling closes a tooltip, so first), then the pointer.
      await page.hover(marker);
      const shown = await expect
        .poll(async () => (await page.text(tip)) ?? '', { timeout: 3000 })
        .toContain(f.message.zh)
        .then(() => true, () => false);
      if (shown) return tip;
      if (attempt === 2) throw new Error(`no tooltip for ${f.rule} at ${refKey(f.cells[0]!)}`);
    }
  };

  const download = (label: string) => popup.download({ css: 'button', text: label });

  beforeAll(async () => {
    b = await launch(name);
    const base = await b.serve({}, { '/hostile.html': html });
    page = await b.newTab();
    watch(page, 'page');
    await page.goto(`${base}hostile.html`);
    await waitForChip(page, 15_000);
    expected = nodeAudit(html, await page.url());
  });
  afterAll(async () => {
    await b?.close();
  });

  it('reads every payload as page text (the audit quotes each one)', () => {
    for (const text of [...Object.values(PAYLOADS), ...Object.values(LABEL_PAYLOADS)]) {
      if (text === PAYLOADS.zeroWidth) continue; // invisible characters between digits: read as a number
      expect(findingQuoting(text)).toBeDefined();
    }
    // A message quotes the start of a huge cell, not all of it; the cell keeps every character.
    expect(findingQuoting(LONG_QUOTE).message.zh.length).toBeLessThan(200);
  });

  it('overlay: every tooltip shows the quoted page text as text', async () => {
    for (const f of hostileFindings()) {
      const tip = await tooltipOf(f); // waits until the tooltip's text contains the message
      expect(await page.text(tip), `${f.rule} ${refKey(f.cells[0]!)}`).toContain(f.message.zh);
      // The marker names the finding for screen readers: an attribute, set as text.
      expect(await page.attr(mark('marker', `[data-cell="${refKey(f.cells[0]!)}"]`), 'aria-label')).toContain(f.message.zh);
    }
    await page.screenshot(`${name}-hostile-overlay-tooltip`);
  });

  it('overlay: the tooltip of a 10,000-character text stays within the window', async () => {
    const box = (await page.box(await tooltipOf(findingQuoting(LONG_QUOTE))))!;
    const view = await page.viewport();
    await page.screenshot(`${name}-hostile-overlay-long`);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `tooltip ${Math.round(box.height)} px tall in a ${view.height} px window`).toBeLessThanOrEqual(view.height);
  });

  it("overlay: a right-to-left override in page text does not reverse the tooltip's own words", async () => {
    const cell = await tooltipOf(findingQuoting(PAYLOADS.rtl));
    expect(await readsLeftToRight(page, cell, '不是可读的数字'), 'NUM-INVALID after a cell with U+202E').toMatchObject({ found: true, backward: 0 });
    const label = await tooltipOf(findingQuoting(`出版物${PAYLOADS.rtl}`));
    expect(await readsLeftToRight(page, label, '与官方表述'), 'LABEL-VARIANT after a label with U+202E').toMatchObject({ found: true, backward: 0 });
  });

  it('popup: findings, title and tables show the page text as text, within the popup width', async () => {
    popup = await b.popup(page);
    watch(popup, 'popup');
    await popup.waitFor('.verdict', { timeout: 8000 });
    // Closed groups (info) and folds (three or more findings of one rule) render their findings only when opened.
    for (const kind of ['error', 'warning', 'review', 'info']) {
      const group = `details.group--${kind}`;
      if ((await popup.count(group)) && (await popup.attr(group, 'open')) === null) await popup.click(`${group} > summary`);
    }
    // Open every fold, again until none is left closed (opening one re-renders its group).
    await expect
      .poll(() =>
        popup.evaluate(() => {
          const closed = document.querySelectorAll<HTMLElement>('details.fold__box:not([open]) > summary');
          for (const summary of closed) summary.click();
          return closed.length;
        }),
      )
      .toBe(0);

    for (const f of hostileFindings()) {
      expect(await popup.text(`[data-finding="${f.id}"] .finding__message`)).toBe(f.message.zh);
    }
    expect(await popup.text('.verdict__title')).toBe(expected.report.title);
    await popup.click('.table-box--applications > summary');
    const raws = Object.values(expected.report.tables.applications ?? {})
      .flatMap((row) => Object.values(row))
      .filter((c) => c.kind === 'text')
      .map((c) => c.raw.trim());
    // The table renders once the disclosure has opened (its toggle event comes after the click).
    await expect.poll(async () => (await popup.texts('.table-box--applications .cell--text')).sort()).toEqual(raws.sort());
    // Long text wraps: nothing pushes the popup sideways.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await popup.screenshot(`${name}-hostile-popup`);
  });

  it("popup: a right-to-left override in page text does not reverse the popup's own words", async () => {
    const cell = `[data-finding="${findingQuoting(PAYLOADS.rtl).id}"] .finding__message`;
    await popup.screenshot(`${name}-hostile-popup-rtl`, { of: cell });
    expect(await readsLeftToRight(popup, cell, '不是可读的数字'), 'NUM-INVALID after a cell with U+202E').toMatchObject({ found: true, backward: 0 });
    const label = `[data-finding="${findingQuoting(`出版物${PAYLOADS.rtl}`).id}"] .finding__message`;
    expect(await readsLeftToRight(popup, label, '与官方表述'), 'LABEL-VARIANT after a label with U+202E').toMatchObject({ found: true, backward: 0 });
  });

  it('JSON export: the Node audit exactly, page text verbatim, a safe file name', async () => {
    const { name, text } = await download('导出 JSON');
    const json = JSON.parse(text) as AuditExport;
    expect(comparable(json)).toEqual(comparable(expected));
    expect(text).toContain(JSON.stringify(PAYLOADS.img));
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u202e]/);
  });

  it('CSV export: page text verbatim, and no field a spreadsheet would run as a formula', async () => {
    const { text } = await download('导出 CSV');
    const rows = parseCsv(text);
    const header = rows[0]!;
    const raw = header.indexOf('raw');
    const cellRows = rows.filter((r) => r[header.indexOf('record')] === 'cell');
    // Every hostile cell is there, its text intact (a leading ' is the CSV's neutraliser, not page text).
    const raws = cellRows.map((r) => r[raw]!.replace(/^'(?=[=+\-@\t\r])/, ''));
    for (const text of [PAYLOADS.img, PAYLOADS.styleBreak, PAYLOADS.formulaDde, PAYLOADS.formulaLink, PAYLOADS.formulaAt, LONG_TEXT]) {
      expect(raws).toContain(text);
    }
    // A field starting with = + - @ (tab, CR) is a formula to Excel, WPS and LibreOffice, unless
    // it is a plain number ("-8", "+19": 本年增/减).
    const formulas = rows
      .slice(1)
      .flat()
      .filter((f) => /^[=+\-@\t\r]/.test(f) && !/^[+-]?\d+(\.\d+)?$/.test(f));
    expect(formulas).toEqual([]);
  });

  it('ran nothing: no dialog, no new element, no request for a payload, a clean console', async () => {
    const inPage = await page.evaluate(
      ([active, host]) => ({
        pwned: (window as unknown as { __pwned?: string[] }).__pwned ?? null,
        document: document.querySelectorAll(active).length,
        overlay: document.querySelector(host)?.shadowRoot?.querySelectorAll(active).length ?? -1,
      }),
      [ACTIVE, OVERLAY_HOST] as const,
    );
    expect(inPage).toEqual({ pwned: null, document: 0, overlay: 0 });
    const inPopup = await popup.evaluate(
      (active) => ({
        pwned: (window as unknown as { __pwned?: string[] }).__pwned ?? null,
        // The popup's own module script, its lazily loaded chunks (Vite preloads them) and stylesheet are the only active elements.
        foreign: Array.from(document.querySelectorAll(active))
          .map((el) => el.outerHTML.slice(0, 120))
          .filter((s) => !/^<(script type="module" crossorigin="" src="\/chunks\/|link rel="modulepreload" crossorigin="" href="\/chunks\/|link rel="stylesheet" crossorigin="" href="\/assets\/)/.test(s)),
      }),
      ACTIVE,
    );
    expect(inPopup).toEqual({ pwned: null, foreign: [] });
    expect(b.requests().filter((u) => u.includes('__pwned'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
