/**
 * A fake government site's annual-report column (栏目) for the batch tests: a list in two pages
 * (下一页 / page links), linking report pages served from the fixtures and the corpus (one of them
 * GBK), one broken link and one link whose page is not a report, among the menu links every list
 * page has. Built in memory; the reports are files, served as they are.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, fixturesDir } from '../../support/paths';
import { REPORT_TITLE, page, reportBody, seedT3 } from './report';

export interface SiteReport {
  /** Path on the fake site. */
  path: string;
  /** The file served there. */
  file: string;
  /** The name the list gives it. */
  name: string;
}

const pages = `${fixturesDir}/pages`;
const xyear = `${fixturesDir}/xyear`;

/** Why these scenarios run in Chromium alone (the driver interface cannot yet do what they do). */
export const WORKFLOW_ONLY_CHROMIUM = {
  only: 'chromium',
  why:
    'the reviewer’s workflow is driven through extension pages the extension itself opens in new tabs (the batch page), ' +
    'file upload and a restart on the same profile; the Firefox driver opens extension pages only as the popup, through its control tab',
} as const;

/** Report pages of the column, in list order. */
export const SITE_REPORTS: SiteReport[] = [
  { path: '/reports/seed-000-gbk.html', file: `${pages}/seed-000-gbk.html`, name: '上海市嘉定区外冈镇人民政府2020年政府信息公开工作年度报告' },
  { path: '/reports/seed-001-page.html', file: `${pages}/seed-001-page.html`, name: '2020年政府信息公开工作年度报告（一）' },
  { path: '/reports/seed-002-word.html', file: `${pages}/seed-002-word.html`, name: '2020年政府信息公开工作年度报告（二）' },
  { path: '/reports/seed-003-split.html', file: `${pages}/seed-003-split.html`, name: '2020年政府信息公开工作年度报告（三）' },
  { path: '/reports/seed-004-bare.html', file: `${pages}/seed-004-bare.html`, name: '2020年政府信息公开工作年度报告（四）' },
  { path: '/reports/shuyang-fgj-2023.html', file: `${corpusDir}/shuyang-fgj-2023.html`, name: '沭阳县发展和改革局2023年政府信息公开工作年度报告' },
  // The same reports as other sites publish them (Word export, split tables, bare tables, a site page).
  { path: '/reports/seed-001-split.html', file: `${pages}/seed-001-split.html`, name: '2020年政府信息公开工作年度报告（一）（分表）' },
  { path: '/reports/seed-002-bare.html', file: `${pages}/seed-002-bare.html`, name: '2020年政府信息公开工作年度报告（二）（简版）' },
  { path: '/reports/seed-003-page.html', file: `${pages}/seed-003-page.html`, name: '2020年政府信息公开工作年度报告（三）（网页版）' },
  { path: '/reports/seed-004-word.html', file: `${pages}/seed-004-word.html`, name: '2020年政府信息公开工作年度报告（四）（Word版）' },
  // Two years of 外冈镇 from the cross-year fixtures (test/fixtures/xyear): 结转 2 → 上年结转 1 planted.
  { path: '/reports/waigang-2022.html', file: `${xyear}/waigang-2022.html`, name: '外冈镇2022年政府信息公开工作年度报告' },
  { path: '/reports/waigang-2023.html', file: `${xyear}/waigang-2023.html`, name: '外冈镇2023年政府信息公开工作年度报告' },
];

/** Listed like a report, but the page is a picture story about it. */
export const NOT_A_REPORT = { path: '/news/tujie.html', name: '图说2023年政府信息公开工作年度报告' };
/** Listed, but gone from the server. */
export const BROKEN = { path: '/reports/removed-2019.html', name: '2019年政府信息公开工作年度报告' };

const MENU = `<ul class="nav"><li><a href="/">首页</a></li><li><a href="/gknb/index.html">政府信息公开年报</a></li>
  <li><a href="/zn.html">政府信息公开指南</a></li><li><a href="/ml.html">政府信息公开目录</a></li></ul>`;

const item = (path: string, name: string) => `<li><a href="${path}" title="${name}">${name}</a><span>2024-01-20</span></li>`;

const listPage = (items: string, pager: string) => `<!doctype html><html><head><meta charset="utf-8">
<title>政府信息公开年报_示例区人民政府</title></head><body>${MENU}
<h2>政府信息公开年报</h2><ul class="list">${items}</ul><div class="pager">${pager}</div>
<div class="footer">版权所有 示例区人民政府</div></body></html>`;

/** The in-memory pages (lists and the non-report page); `reports` splits over the two list pages. */
export function columnRoutes(reports: readonly SiteReport[] = SITE_REPORTS): Record<string, string> {
  const half = Math.ceil(reports.length / 2);
  const first = reports.slice(0, half).map((r) => item(r.path, r.name)).join('') + item(BROKEN.path, BROKEN.name);
  const second = reports.slice(half).map((r) => item(r.path, r.name)).join('') + item(NOT_A_REPORT.path, NOT_A_REPORT.name);
  return {
    '/gknb/index.html': listPage(first, '<span>1</span> <a href="index_1.html">2</a> <a href="index_1.html">下一页</a>'),
    '/gknb/index_1.html': listPage(second, '<a href="index.html">上一页</a> <a href="index.html">1</a> <span>2</span>'),
    [NOT_A_REPORT.path]: `<!doctype html><html><head><meta charset="utf-8"><title>图说年报_示例区人民政府</title></head>
      <body>${MENU}<h1>一图读懂</h1><p>请看下图。</p><img alt="图解" src="/none.png"></body></html>`,
  };
}

/** Mounts: every report file under /reports/ by its own name. */
export function columnMounts(reports: readonly SiteReport[] = SITE_REPORTS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of reports) out[r.path] = r.file;
  return out;
}

/**
 * Two years of one body for the cross-year checks, built from the report pages of the browser
 * tests: 示例区教育局's 2019 report carries one application forward (结转下年度 1), its 2020 report
 * carries none over (上年结转 0): CARRY-XYEAR must name both cells. The 2020 narrative repeats
 * 2019's word for word.
 */
/** Section 五 of both years, word for word. */
const COPIED =
  '一是政务公开工作机制有待进一步健全，部分科室对政务公开工作的重要性认识不足，信息发布不够及时。' +
  '二是公开内容的深度和广度还需拓展，政策解读形式较为单一，与群众的互动交流不够充分。' +
  '下一步，我局将加强业务培训，完善信息发布审核机制，丰富政策解读形式，切实提高政务公开工作水平。';

export function yearPair(): { previous: string; current: string } {
  const organ = (html: string) =>
    html
      .replaceAll('上海市嘉定区外冈镇人民政府', '示例市示例区教育局')
      .replaceAll('外冈镇', '区教育局')
      .replace('进一步加强政府信息公开程序，强化对政务公开事项的分类细化。', COPIED);
  const t3 = seedT3();
  const current = organ(page(REPORT_TITLE, reportBody(t3)));
  const before = seedT3();
  before.newReceived = [4, 2, 0, 0, 0, 0, 6];
  before.carriedForward = [1, 0, 0, 0, 0, 0, 1];
  const previous = organ(page(REPORT_TITLE, reportBody(before))).replaceAll('2020', '2019').replace('申请5件', '申请6件');
  return { previous, current };
}

/** The two years written as files (the CLI reads the same), for the column: 2019 first, as lists order them. */
export function writeYearPair(dir: string): SiteReport[] {
  const { previous, current } = yearPair();
  const out: SiteReport[] = [];
  for (const [year, html] of [['2019', previous], ['2020', current]] as const) {
    const file = join(dir, `edu-${year}.html`);
    writeFileSync(file, html);
    out.push({ path: `/reports/edu-${year}.html`, file, name: `示例区教育局${year}年政府信息公开工作年度报告` });
  }
  return out;
}
