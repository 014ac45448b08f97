import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isReportPage, looksLikeReportTitle } from '../../lib/detect';
import { corpusDir, fixturesDir } from '../support/paths';

const REPORT_TITLES = [
  '沭阳县发展和改革局2023年政府信息公开工作年度报告',
  '沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局',
  '2020年政府信息公开工作年度报告',
  '凤岗镇2020年政府信息公开工作年度报告',
  '上海市嘉定区外冈镇人民政府2020年政府信息公开工作年度报告_上海嘉定',
  'XX市教育局关于2022年度政府信息公开工作年度报告',
  '2021年度政务公开年报',
  '政务公开年报',
  '二〇二二年政府信息公开工作年度报告',
  '2023年 政府信息公开 工作 年度报告',
  // Traditional-character mirrors (繁體版) of the same titles.
  '沭陽縣發展和改革局2023年政府信息公開工作年度報告',
  '2020年政府資訊公開工作年度報告',
  '政務公開年報',
];

const OTHER_PAGES = [
  '沭阳县召开2023年政务公开工作推进会',
  '县发改局开展安全生产大检查',
  '沭阳县发展和改革局政府信息公开指南',
  '政府信息公开目录',
  '沭阳县发展和改革局2024年度工作计划',
  '2023年财政预算公开',
  '2023年部门决算公开',
  '关于做好2023年政府信息公开工作年度报告编制发布工作的通知',
  '2023年政府信息公开工作年度报告解读',
  '2024年政务公开工作要点',
  '政府信息公开制度',
  '',
];

describe('looksLikeReportTitle', () => {
  it.each(REPORT_TITLES)('yes: %s', (t) => expect(looksLikeReportTitle(t)).toBe(true));
  it.each(OTHER_PAGES)('no: %j', (t) => expect(looksLikeReportTitle(t)).toBe(false));
  it('no: a paragraph that merely mentions the report', () => {
    expect(looksLikeReportTitle(`根据要求，现公布本机关2020年政府信息公开工作年度报告。${'本报告由总体情况等部分组成。'.repeat(10)}`)).toBe(false);
  });
});

const page = (title: string, body: string): Document =>
  new JSDOM(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`).window.document;

describe('isReportPage', () => {
  it('recognises the corpus page and every generated page', () => {
    expect(isReportPage(new JSDOM(readFileSync(resolve(corpusDir, 'shuyang-fgj-2023.html'))).window.document)).toBe(true);
    for (const f of ['seed-001-word.html', 'seed-003-page.html', 'seed-000-gbk.html']) {
      expect(isReportPage(new JSDOM(readFileSync(resolve(fixturesDir, 'pages', f))).window.document), f).toBe(true);
    }
  });

  it('reads a heading when the page title is only the site name', () => {
    expect(isReportPage(page('沭阳县人民政府', '<h2>XX镇2022年政府信息公开工作年度报告</h2>'))).toBe(true);
  });

  it('reads the first lines of the body when there is no heading', () => {
    expect(isReportPage(page('详情', '<div class="t">XX镇2022年政府信息公开工作年度报告</div><p>一、总体情况</p>'))).toBe(true);
  });

  it.each(OTHER_PAGES.filter(Boolean))('no: a page titled %s', (t) => {
    expect(isReportPage(page(`${t}-XX县人民政府`, `<h1>${t}</h1><ul><li><a>政府信息公开年报</a></li></ul><p>正文</p>`))).toBe(false);
  });

  it('does not read past the first ~2000 characters of the body', () => {
    const filler = '<p>新闻动态</p>'.repeat(500);
    expect(isReportPage(page('新闻', `${filler}<p>XX镇2022年政府信息公开工作年度报告</p>`))).toBe(false);
  });
});
