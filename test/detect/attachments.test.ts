import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { attachmentUrl, isReportOrNotice, isReportPage, reportAttachments } from '../../lib/detect';
import { corpusDir, fixturesDir } from '../support/paths';

const SITE = 'http://www.hongze.gov.cn/art/2024/1/18/art_1.html';
const page = (title: string, body: string): Document =>
  new JSDOM(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: SITE }).window
    .document;

const REPORT = '洪泽区人民政府2023年政府信息公开工作年度报告';
const TITLED = `${REPORT}-洪泽区人民政府`;

/** Notice pages: the report is a file the page links to or shows. [what, title, body, the file found] */
const NOTICES: Array<[string, string, string, string]> = [
  ['a link whose text names the report', '详情-洪泽区人民政府', `<p>附件：</p><a href="/uploads/P020240118.pdf">${REPORT}.pdf</a>`, 'http://www.hongze.gov.cn/uploads/P020240118.pdf'],
  [
    'a link whose file name names it (percent-encoded)',
    '详情',
    `<a href="/files/${encodeURIComponent(`${REPORT}.docx`)}">下载</a>`,
    `http://www.hongze.gov.cn/files/${encodeURIComponent(`${REPORT}.docx`)}`,
  ],
  ['a 年报 link on a page titled as the report', TITLED, '<p>附件：<a href="P020240118557.PDF">2023年年报</a></p>', 'http://www.hongze.gov.cn/art/2024/1/18/P020240118557.PDF'],
  ["the site's pdf.js viewer in an iframe", TITLED, '<iframe src="/pdfjs/web/viewer.html?file=../../uploads/a.pdf"></iframe>', 'http://www.hongze.gov.cn/uploads/a.pdf'],
  ['an <embed>', TITLED, '<embed src="/uploads/b.pdf" type="application/pdf">', 'http://www.hongze.gov.cn/uploads/b.pdf'],
  ['an <object>', TITLED, '<object data="/uploads/c.pdf?v=2" type="application/pdf"></object>', 'http://www.hongze.gov.cn/uploads/c.pdf?v=2'],
  ['a link to the viewer', '通知公告', `<a href="/pdfjs/web/viewer.html?file=%2Fuploads%2Fd.pdf">${REPORT}</a>`, 'http://www.hongze.gov.cn/uploads/d.pdf'],
];

/** Pages with file links or embeds that are not a report's. */
const OTHERS: Array<[string, string, string]> = [
  ['a reading of the report (解读)', '详情', `<a href="/u/x.pdf">${REPORT}解读.pdf</a>`],
  ['a news page with a PDF notice', '县发改局开展安全生产大检查', '<a href="/u/notice.pdf">关于开展安全生产大检查的通知.pdf</a>'],
  ['an embedded PDF on a page that is not about a report', '政策文件', '<embed src="/u/policy.pdf">'],
  ['a 年报 file on a page not titled as a report', '企业信息公示', '<a href="/u/qy.pdf">企业年报填报说明.pdf</a>'],
  ['a report named by an HTML link', '详情', `<a href="/art/report.html">${REPORT}</a>`],
  ['a viewer with no file', TITLED, '<iframe src="/pdfjs/web/viewer.html"></iframe>'],
  ['a javascript: link', TITLED, `<a href="javascript:open('a.pdf')">${REPORT}.pdf</a>`],
];

describe('reportAttachments', () => {
  it.each(NOTICES)('finds %s', (_, title, body, url) => {
    expect(reportAttachments(page(title, body)).map((a) => a.url)).toEqual([url]);
  });

  it.each(OTHERS)('finds nothing in %s', (_, title, body) => {
    expect(reportAttachments(page(title, body))).toEqual([]);
  });

  it('names a file as its link does, else by its file name', () => {
    const [linked] = reportAttachments(page('详情', `<a href="/u/P1.pdf">  ${REPORT}\n.pdf </a>`));
    expect(linked).toMatchObject({ name: `${REPORT} .pdf`, kind: 'pdf' });
    const [embedded] = reportAttachments(page(TITLED, '<embed src="/u/P2.pdf">'));
    expect(embedded).toMatchObject({ name: 'P2.pdf', kind: 'pdf' });
  });

  it('lists a file once, however often the page links it', () => {
    const body = `<a href="/u/P1.pdf">${REPORT}</a><a href="/u/P1.pdf">下载：${REPORT}.pdf</a><iframe src="/u/P1.pdf"></iframe>`;
    expect(reportAttachments(page(TITLED, body))).toHaveLength(1);
  });

  it('looks at the first few hundred links only', () => {
    const filler = '<a href="/news/1.html">新闻</a>'.repeat(700);
    expect(reportAttachments(page('详情', `${filler}<a href="/u/P1.pdf">${REPORT}</a>`))).toEqual([]);
  });

  it('finds nothing on report pages that hold their tables (the other detector’s positives)', () => {
    expect(reportAttachments(new JSDOM(readFileSync(resolve(corpusDir, 'shuyang-fgj-2023.html')), { url: SITE }).window.document)).toEqual([]);
    for (const f of ['seed-001-word.html', 'seed-003-page.html', 'seed-000-gbk.html']) {
      const doc = new JSDOM(readFileSync(resolve(fixturesDir, 'pages', f)), { url: SITE }).window.document;
      expect(reportAttachments(doc), f).toEqual([]);
    }
  });

  it('finds the notices that name the report only by a file: isReportPage does not see those', () => {
    const [, title, body] = NOTICES[1]!;
    expect(isReportPage(page(title, body))).toBe(false);
    expect(reportAttachments(page(title, body))).toHaveLength(1);
  });
});

describe('isReportOrNotice (the detector on every .gov.cn page)', () => {
  it.each(NOTICES.filter((n) => n !== NOTICES[1]))('recognises the notice with %s', (_, title, body) => {
    expect(isReportOrNotice(page(title, body))).toBe(true);
  });

  it('recognises a notice whose link names the report only by its file name, when the page speaks of the report', () => {
    const [, title, body] = NOTICES[1]!;
    expect(isReportOrNotice(page(title, `<p>现将我区2023年政府信息公开工作年度报告予以公布。</p>${body}`))).toBe(true);
  });

  it('does not look through the links of a page that never speaks of an annual report near its top', () => {
    // The cost the detector saves on every other page; such a notice is still audited from the popup.
    const [, title, body] = NOTICES[1]!;
    expect(isReportOrNotice(page(title, body))).toBe(false);
    expect(isReportOrNotice(page('工作动态', `${'<p>新闻动态</p>'.repeat(500)}<a href="/u/P1.pdf">${REPORT}</a>`))).toBe(false);
  });

  // The other OTHERS are titled or linked as the report itself: the detector says yes to those pages.
  it.each(OTHERS.slice(0, 4))('says no to %s', (_, title, body) => {
    expect(isReportOrNotice(page(title, body))).toBe(false);
  });
});

describe('attachmentUrl', () => {
  it.each([
    ['report.pdf', 'http://a.gov.cn/x/report.pdf'],
    ['/r.DOCX#page=2', 'http://a.gov.cn/r.DOCX#page=2'],
    ['viewer.html?file=https%3A%2F%2Fa.gov.cn%2Fr.pdf', 'https://a.gov.cn/r.pdf'],
  ])('%s → %s', (href, url) => expect(attachmentUrl(href, 'http://a.gov.cn/x/index.html')?.url).toBe(url));

  it.each(['report.doc', 'report.pdf.html', 'mailto:a@b.cn?subject=a.pdf', 'data:application/pdf,%PDF', 'viewer.html?file=viewer.html%3Ffile%3Da.pdf', 'http://[bad'])(
    'not a report file: %s',
    (href) => expect(attachmentUrl(href, 'http://a.gov.cn/x/index.html')).toBeNull(),
  );
});
