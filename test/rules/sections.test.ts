import { describe, expect, it } from 'vitest';
import { runRules } from '../../lib/rules';
import { templateSection } from '../../lib/rules/sections';
import { buildReport, findings } from './support/build';

const titled = (...titles: string[]) => titles.map((title, i) => ({ number: i + 1, title }));
const TEMPLATE = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];

describe('templateSection', () => {
  it.each([
    ['总体情况', 0],
    ['主动公开政府信息情况', 1],
    ['收到和处理政府信息公开申请情况', 2],
    ['因政府信息公开申请行政复议、行政诉讼情况', 3],
    ['政府信息公开行政复议、行政诉讼情况', 3],
    ['存在的主要问题及改进情况', 4],
    ['其他需要报告的事项', 5],
    ['公开平台建设和信息发布情况', null],
  ])('%s → %s', (title, index) => expect(templateSection(title)).toBe(index));
});

describe('SECTIONS', () => {
  it.each([
    ['the template', titled(...TEMPLATE), []],
    ['reworded headings', titled('总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '因政府信息公开申请行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'), []],
    ['an extra section between them', titled('总体情况', '主动公开政府信息情况', '公开平台建设和信息发布情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'), ['章节「三、公开平台建设和信息发布情况」不在模板的六个章节之列，会使其后章节的编号与模板不符']],
    ['a missing section', titled('总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况'), ['缺少章节：六、其他需要报告的事项']],
    ['two sections swapped', titled('总体情况', '收到和处理政府信息公开申请情况', '主动公开政府信息情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'), ['章节顺序与模板不同：一、总体情况 → 二、收到和处理政府信息公开申请情况 → 三、主动公开政府信息情况 → 四、政府信息公开行政复议、行政诉讼情况 → 五、存在的主要问题及改进情况 → 六、其他需要报告的事项']],
  ])('%s', (_name, sections, messages) => {
    const report = buildReport('2021');
    report.sections = sections;
    const got = findings(report, 'SECTIONS');
    expect(got.map((f) => f.message.zh)).toEqual(messages);
    for (const f of got) expect(f).toMatchObject({ severity: 'warning', outcome: 'fail' });
  });

  it('reports numbering that differs from the template when nothing else explains it', () => {
    const report = buildReport('2021');
    report.sections = TEMPLATE.map((title, i) => ({ number: i === 5 ? 7 : i + 1, title }));
    expect(findings(report, 'SECTIONS').map((f) => f.message.zh)).toEqual(['章节编号与模板不符：「七、其他需要报告的事项」应为「六」']);
  });

  it('is not applicable when no heading was found', () => {
    const report = buildReport('2021');
    report.sections = [];
    expect(runRules(report).rulesNotApplicable).toContain('SECTIONS');
  });
});
