/**
 * Real pages: the reader's fixture pages (test/fixtures/pages: the seed reports as HTML) and the
 * saved 沭阳县发改局 page. On each, the overlay must outline exactly the cells the same audit
 * names when run in Node, and the badge must tell the verdict.
 *
 * Which fixtures: every seed in its full-page shape, every shape of a seed whose audit finds
 * errors (the overlay's main job), and the GBK page. The other shapes are parser concerns, tested
 * in Node; here each page costs a couple of seconds of real browser, in each browser.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { badgeFor } from '../../utils/badge';
import { corpusDir, fixturesDir } from '../support/paths';
import { describeBrowsers, launch, mark, OVERLAY_HOST, type Driver } from './harness';
import { failingCells, nodeAuditFile, outlineKeys, overlayTime, recordOverlayTime, waitForChip } from './support';

const fixturePages = join(fixturesDir, 'pages');
// Markup the CLI's parser must rebuild as browsers do: text and blocks between table rows (foster
// parenting), implied end tags and tbody, upper-case unquoted attributes, a table never closed.
const markupPages = join(fixturesDir, 'markup');
const listHtml = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort() : []);
const fixtures = listHtml(fixturePages);
// Seeds whose full page has errors, found by the Node audit itself (no seed number written here).
const errorSeeds = new Set<string>();
for (const name of fixtures.filter((n) => n.endsWith('-page.html'))) {
  const audit = await nodeAuditFile(join(fixturePages, name), `http://x.gov.cn/${name}`);
  if (audit.verdict.status === 'errors') errorSeeds.add(name.slice(0, -'-page.html'.length));
}
const wanted = (name: string) => /-(page|gbk)\.html$/.test(name) || errorSeeds.has(name.slice(0, name.lastIndexOf('-')));
const cases = [
  ...fixtures
    .filter(wanted)
    .map((name) => ({ name, path: join(fixturePages, name), url: `fixtures/${name}` })),
  ...listHtml(corpusDir).map((name) => ({ name, path: join(corpusDir, name), url: `corpus/${name}` })),
  ...listHtml(markupPages).map((name) => ({ name, path: join(markupPages, name), url: `markup/${name}` })),
];

describeBrowsers('real report pages', (browser) => {
  let b: Driver;
  let base: string;

  beforeAll(async () => {
    b = await launch(browser);
    base = await b.serve({ '/fixtures/': fixturePages, '/corpus/': corpusDir, '/markup/': markupPages });
  });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]);
    await b?.close();
  });

  it.each(cases)('$name: outlines, chip and badge agree with the audit', async ({ name, path, url }) => {
    const tab = await b.newTab();
    await recordOverlayTime(tab);
    await tab.goto(base + url);
    const expected = await nodeAuditFile(path, await tab.url());
    const { status, counts } = expected.verdict;
    const drawn = status === 'pass' || status === 'warnings' || status === 'errors';
    const want = badgeFor({ status, errors: counts.error, warnings: counts.warning + counts.review });

    if (drawn) {
      await waitForChip(tab);
      expect(await outlineKeys(tab)).toEqual(failingCells(expected));
      expect(await tab.attr(mark('chip'), 'data-status')).toBe(status);
      const t = await overlayTime(tab);
      console.info(`[timing] ${browser} ${name}: ${status}, overlay ${t.overlayAt?.toFixed(0)} ms after navigation start (load ${t.loadEnd?.toFixed(0)} ms)`);
      if (status !== 'pass') await tab.screenshot(`${browser}-page-${name.replace(/\.html?$/, '')}-zh`, { fullPage: true });
    } else {
      await new Promise((done) => setTimeout(done, 1000));
      expect(await tab.count(OVERLAY_HOST)).toBe(0);
    }
    expect((await b.waitForBadge(tab, (x) => x.text === want.text, 8000)).text).toBe(want.text);
    await tab.close();
  });
});
