import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../lib/column/charset';
import { pageLinks } from '../../lib/column/links';
import { listPages } from '../../lib/column/pages';
import { isColumnPage, reportLinks } from '../../lib/detect';
import { corpusDir, fixturesDir } from '../support/paths';

const URL_ = 'http://www.example.gov.cn/col/gknb/index.html';
const doc = (body: string, head = '') =>
  new JSDOM(`<!doctype html><html><head><meta charset="utf-8">${head}<title>政府信息公开年报</title></head><body>${body}</body></html>`).window.document;
const li = (href: string, text: string, title = '') => `<li><a href="${href}"${title ? ` title="${title}"` : ''}>${text}</a></li>`;

const COLUMN = doc(`
  <ul class="menu">${li('/', '首页')}${li('/col/gknb/index.html', '政府信息公开年报')}${li('/col/zn/', '政府信息公开指南')}</ul>
  <ul class="list">
    ${li('./2023/a.html', '某某区发展和改革局2023年政府信息公开工作年度报告')}
    ${li('./2023/b.html', '某某区教育局2023年政府信息公开工作...', '某某区教育局2023年政府信息公开工作年度报告')}
    ${li('2022/c.html', '某某区人民政府2022年政府信息公开工作年度报告')}
    ${li('/col/gknb/2022/c.html#top', '某某区人民政府2022年政府信息公开工作年度报告')}
    ${li('2022/d.html', '关于做好2022年政府信息公开工作年度报告编制工作的通知')}
    ${li('http://www.other.gov.cn/2023/e.html', '外区2023年政府信息公开工作年度报告')}
    ${li('javascript:void(0)', '2021年政府信息公开工作年度报告')}
    ${li('/col/gknb/index_1.html', '政务公开年报')}
  </ul>
  <div class="pager">${li('index_1.html', '2')}${li('index_2.html', '[3]')}${li('index_1.html', '下一页')}${li('index.html', '1')}</div>`);

describe('column list pages', () => {
  const links = pageLinks(COLUMN, URL_);

  it('lists the reports: text or title names one of a year, same site, each once, not notices, menus or other sites', () => {
    expect(reportLinks(links, URL_).map((l) => l.url.replace('http://www.example.gov.cn', ''))).toEqual([
      '/col/gknb/2023/a.html',
      '/col/gknb/2023/b.html',
      '/col/gknb/2022/c.html',
    ]);
    expect(isColumnPage(links, URL_)).toBe(true);
  });

  it('is not a column: a report page that links one or two other reports', () => {
    const report = doc(`<h1>某某区2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>
      <div>相关链接 ${li('/2022.html', '某某区2022年政府信息公开工作年度报告')}${li('/2021.html', '某某区2021年政府信息公开工作年度报告')}</div>`);
    expect(isColumnPage(pageLinks(report, URL_), URL_)).toBe(false);
    for (const f of ['shuyang-fgj-2023.html']) {
      const d = new JSDOM(readFileSync(resolve(corpusDir, f))).window.document;
      expect(isColumnPage(pageLinks(d, 'http://www.shuyang.gov.cn/x.shtml'), 'http://www.shuyang.gov.cn/x.shtml')).toBe(false);
    }
  });

  it('finds the other list pages: 下一页, numbered links, each once, not this page', () => {
    expect(listPages(links, '', URL_).map((u) => u.split('/').pop())).toEqual(['index_1.html', 'index_2.html']);
  });

  it('finds pages a TRS-style script draws, with no link', () => {
    const page = doc('<div id="pager"></div>', '<script>createPageHTML(4, 0, "index", "shtml");</script>');
    const scripts = page.getElementsByTagName('script')[0]!.textContent!;
    expect(listPages([], scripts, URL_).map((u) => u.split('/').pop())).toEqual(['index_1.shtml', 'index_2.shtml', 'index_3.shtml']);
    expect(listPages([], `createPageHTML('page_div', 2, 1, 'list', 'html')`, URL_).map((u) => u.split('/').pop())).toEqual(['list_1.html']);
  });

  it('never leaves the site for a next page', () => {
    const page = doc(li('http://www.other.gov.cn/list_2.html', '下一页'));
    expect(listPages(pageLinks(page, URL_), '', URL_)).toEqual([]);
  });
});

describe('decodePage', () => {
  const gbk = readFileSync(resolve(fixturesDir, 'pages/seed-000-gbk.html'));
  it('honours a GBK page’s meta charset, and the header over it', () => {
    expect(decodePage(gbk)).toContain('政府信息公开工作年度报告');
    expect(decodePage(new TextEncoder().encode('<p>年度报告</p>'), 'text/html; charset=UTF-8')).toBe('<p>年度报告</p>');
  });
  it('falls back to GB18030 for undeclared bytes that are not UTF-8', () => {
    const bytes = gbk.subarray(gbk.indexOf('<body'));
    expect(decodePage(bytes)).toContain('年度报告');
  });
});
