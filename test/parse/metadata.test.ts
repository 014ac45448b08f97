import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../../lib/parse';
import { reportOf } from './expected';
import { dom, page, T3_HEADER, t3Rows, zeros } from './html-builders';

// A minimal table 3 so the outcome is a report and metadata is what varies.
const T3_TEXT = ['\t申请人情况', '', '\t一、本年新收政府信息公开申请数量', ...zeros(7).map((z) => `\t${z}`)].join('\n');
const T3_HTML = `<table>${T3_HEADER}${t3Rows('2021', () => zeros(7))}</table>`;
const report = (text: string) => {
  const o = parseText(`${text.replace('{T3}', `\n${T3_TEXT}\n`)}`);
  if (o.status !== 'report') throw new Error(o.status);
  return o.report;
};
const htmlReport = (title: string, body: string) => {
  const o = parseDocument(page(title, body.replace('{T3}', T3_HTML)));
  if (o.status !== 'report') throw new Error(o.status);
  return o.report;
};

describe('title, organ, year', () => {
  it('takes the organ from the title, dropping 关于', () => {
    const r = report('XX市教育局关于2022年度政府信息公开工作年度报告\n一、总体情况\n{T3}');
    expect([r.title, r.organ, r.year]).toEqual(['XX市教育局关于2022年度政府信息公开工作年度报告', 'XX市教育局', 2022]);
  });

  it('joins a title broken over two lines, and reads a 二〇二一 year', () => {
    const r = report('XX乡二〇二一年政府信息公开工作\n年度报告\n一、总体情况\n{T3}');
    expect([r.title, r.organ, r.year]).toEqual(['XX乡二〇二一年政府信息公开工作年度报告', 'XX乡', 2021]);
  });

  it('strips the site name from the page title and reads 发布机构/发布日期 from a metadata table', () => {
    const meta = '<table><tr><td>索引号</td><td>1/2024-1</td><td>发布机构</td><td>XX区司法局</td></tr><tr><td>成文日期</td><td>2024年1月9日</td></tr></table>';
    const r = htmlReport('2023年政府信息公开工作年度报告_XX区人民政府', `${meta}<p>一、总体情况</p>{T3}`);
    expect([r.title, r.organ, r.publishedAt, r.year]).toEqual(['2023年政府信息公开工作年度报告', 'XX区司法局', '2024-01-09', 2023]);
  });

  it('reads the publication date from a meta tag or a 发布时间 line', () => {
    const withMeta = parseDocument(
      dom(`<head><meta name="PubDate" content="2024-01-21 10:00"><title>XX局2023年政府信息公开工作年度报告</title></head><p>一、总体情况</p>${T3_HTML}`),
    );
    expect(withMeta.status === 'report' && withMeta.report.publishedAt).toBe('2024-01-21');
    const r = htmlReport('XX局2023年政府信息公开工作年度报告', '<div>发布时间：2024-01-20 09:30  来源：XX局</div><h1>XX局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>{T3}');
    expect(r.publishedAt).toBe('2024-01-20');
  });

  it('falls back to the signature for organ and date', () => {
    const r = report('2020年政府信息公开工作年度报告\n一、总体情况\n{T3}\n六、其他需要报告的事项\n无。\nXX街道办事处\n二〇二一年一月十八日');
    expect([r.organ, r.publishedAt, r.otherMatters]).toEqual(['XX街道办事处', '2021-01-18', '无。']);
  });
});

describe('statistics period', () => {
  it.each([
    ['本年度报告中所列数据的时限自2020年1月1日起，至2020年12月31日止。', '2020-01-01', '2020-12-31'],
    ['本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。', '2021-01-01', '2021-12-31'],
    ['统计时限为2023年1月1日至2023年12月31日。', '2023-01-01', '2023-12-31'],
    ['本报告统计时间为2022年1月1日—12月31日。', '2022-01-01', '2022-12-31'],
    ['统计期间为2023年1月1日至2023年11月30日。', '2023-01-01', '2023-11-30'],
  ])('%s', (sentence, from, to) => {
    expect(report(`2023年政府信息公开工作年度报告\n${sentence}\n{T3}`).period).toMatchObject({ from, to });
  });

  it('is null when not stated', () => {
    expect(report('2023年政府信息公开工作年度报告\n一、总体情况\n{T3}').period).toBeNull();
  });
});

describe('sections', () => {
  it('counts headings, not numbered items inside a section or table labels', () => {
    const text = [
      '2020年政府信息公开工作年度报告',
      '一、总体情况。2020年，我局……',
      '二、主动公开政府信息情况',
      '{T3}',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '一、进一步学习贯彻新条例。夯实理论基础。',
      '二、加强培训，提升能力。',
      '六、其他需要报告的事项',
      '无',
    ].join('\n');
    const r = report(text);
    expect(r.sections).toEqual([
      { number: 1, title: '总体情况' },
      { number: 2, title: '主动公开政府信息情况' },
      { number: 3, title: '收到和处理政府信息公开申请情况' },
      { number: 4, title: '政府信息公开行政复议、行政诉讼情况' },
      { number: 5, title: '存在的主要问题及改进情况' },
      { number: 6, title: '其他需要报告的事项' },
    ]);
    expect(r.otherMatters).toBe('无');
  });

  it('keeps sections out of order as written, and reads traditional characters', () => {
    const r = report('2020年政府信息公开工作年度报告\n一、總體情況\n三、收到和處理政府信息公開申請情況\n二、主動公開政府信息情況\n{T3}');
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      [1, '總體情況'],
      [3, '收到和處理政府信息公開申請情況'],
      [2, '主動公開政府信息情況'],
    ]);
  });

  it('has no section 六 text when the report has none', () => {
    expect(report('2020年政府信息公开工作年度报告\n一、总体情况\n{T3}').otherMatters).toBe('');
  });
});

describe('identity without the page’s field labels (issue #9 §4)', () => {
  it('a title line written 「标题：…」 gives the title and organ without the prefix', () => {
    const r = reportOf(parseText('标题：某某县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n本年度…'));
    expect(r.title).toBe('某某县人民政府办公室2023年政府信息公开工作年度报告');
    expect(r.organ).toBe('某某县人民政府办公室');
    expect(r.year).toBe(2023);
  });
});

// Each place a report names its body and date, once where it does and once where a look-alike must not count.
describe('organ and date by source (issue #9 §4)', () => {
  const SIX = '六、其他需要报告的事项';

  it('title: the body before the year; a title naming none gives none of its own', () => {
    expect(report('XX县财政局2023年政府信息公开工作年度报告\n一、总体情况\n{T3}').organ).toBe('XX县财政局');
    const r = report('2023年政府信息公开工作年度报告\n一、总体情况\n2023年，国务院办公厅印发工作要点。\n{T3}');
    expect([r.organ, r.year]).toEqual([null, 2023]);
  });

  it('heading lines: a body on its own line under the title, not a sentence there', () => {
    expect(report('2023年政府信息公开工作年度报告\n（XX县水利局）\n一、总体情况\n{T3}').organ).toBe('XX县水利局');
    expect(report('2023年政府信息公开工作年度报告\n本报告由XX县水利局办公室编制。\n一、总体情况\n{T3}').organ).toBeNull();
  });

  it('heading lines: an opening sentence that starts with the year names the body (seed 004), 我局 does not', () => {
    const r = report('政府信息公开工作年度报告\n2020年，拱宸桥街道政务公开工作在区委的领导下稳步推进。\n一、总体情况\n{T3}');
    expect([r.organ, r.year]).toEqual(['拱宸桥街道', 2020]);
    expect(report('政府信息公开工作年度报告\n2020年，我局认真贯彻《条例》。\n一、总体情况\n{T3}').organ).toBeNull();
  });

  it('metadata lines of a text copy: 发布机构 and 发布日期 without their labels', () => {
    const r = report('发布机构：XX县司法局\n发布日期：2024-01-20\n2023年政府信息公开工作年度报告\n一、总体情况\n{T3}');
    expect([r.title, r.organ, r.publishedAt]).toEqual(['2023年政府信息公开工作年度报告', 'XX县司法局', '2024-01-20']);
  });

  it('metadata table: 信息来源 gives the organ; 「来源：新华社」 over a news item in the page does not', () => {
    const meta = '<table><tr><td>索引号</td><td>1/2024-1</td><td>信息来源</td><td>XX县水利局</td></tr><tr><td>发布日期</td><td>2024-01-12</td></tr></table>';
    const r = htmlReport('2023年政府信息公开工作年度报告', `${meta}<p>一、总体情况</p>{T3}`);
    expect([r.organ, r.publishedAt]).toEqual(['XX县水利局', '2024-01-12']);
    const news = htmlReport(
      '2023年政府信息公开工作年度报告',
      '<div class="news"><p>来源：新华社</p></div><h1>2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>{T3}<p>六、其他需要报告的事项</p><p>无。</p><p>XX县司法局</p><p>2024年1月20日</p>',
    );
    expect([news.organ, news.publishedAt]).toEqual(['XX县司法局', '2024-01-20']);
  });

  it('signature: an organ line then a date written 2024-01-20', () => {
    const r = report(`2023年政府信息公开工作年度报告\n一、总体情况\n{T3}\n${SIX}\n无。\nXX县水利局\n2024-01-20`);
    expect([r.organ, r.publishedAt, r.otherMatters]).toEqual(['XX县水利局', '2024-01-20', '无。']);
  });

  it('signature: a 联系单位 line in section 六 and a date inside the narrative are neither organ nor date', () => {
    const contact = report(`2023年政府信息公开工作年度报告\n一、总体情况\n{T3}\n${SIX}\n联系单位：XX县档案馆\n联系电话：0527-1234567`);
    expect([contact.organ, contact.publishedAt]).toEqual([null, null]);
    const dated = report(`2023年政府信息公开工作年度报告\n一、总体情况\n{T3}\n${SIX}\n本报告数据统计截至2023年12月31日。`);
    expect([dated.organ, dated.publishedAt]).toEqual([null, null]);
    const bare = report(`2023年政府信息公开工作年度报告\n一、总体情况\n{T3}\n${SIX}\n无\n2024年1月20日`);
    expect([bare.organ, bare.publishedAt, bare.otherMatters]).toEqual([null, '2024-01-20', '无']);
  });
});
