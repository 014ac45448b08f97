import { randomBytes } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseText, type ParseOutcome } from '../../lib/parse';
import { reportOf, seedText } from './expected';
import { dom, page, T3_HEADER, T4_TABLE, t3Rows, tr, zeros } from './html-builders';

const expectReason = (o: ParseOutcome): void => {
  if (o.status === 'report') throw new Error('expected a reason');
  expect(o.reason.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(o.reason.en).toMatch(/[a-z]/);
};

describe('input that is not a report', () => {
  it('empty text and an empty document', () => {
    for (const o of [parseText(''), parseDocument(dom('')), parseDocument(new JSDOM('').window.document)]) {
      expect(o.status).toBe('not-a-report');
      expectReason(o);
    }
  });

  it('binary bytes decoded as text, or parsed as HTML', () => {
    const bytes = randomBytes(64 * 1024);
    expect(parseText(bytes.toString('utf8')).status).toBe('not-a-report');
    expect(parseText(bytes.toString('latin1')).status).toBe('not-a-report');
    expect(parseDocument(new JSDOM(bytes).window.document).status).toBe('not-a-report');
  });

  it('a news page, with its title', () => {
    const o = parseDocument(page('县发改局开展安全生产大检查-沭阳县人民政府', '<h1>县发改局开展安全生产大检查</h1><p>一、检查情况</p><table><tr><td>单位</td><td>问题</td></tr></table>'));
    expect(o.status).toBe('not-a-report');
    if (o.status === 'not-a-report') expect(o.title).toBe('县发改局开展安全生产大检查-沭阳县人民政府');
    expectReason(o);
  });

  it('a 政府信息公开指南 with a table', () => {
    expect(parseDocument(page('XX局政府信息公开指南', `<h1>XX局政府信息公开指南</h1><table>${tr('受理机构', '办公室')}</table>`)).status).toBe('not-a-report');
  });
});

describe('a report whose tables cannot be read', () => {
  it('is unreadable, with its metadata still filled', () => {
    const text = seedText('000_65580b5228a13858').split('\n').filter((l) => !l.startsWith('\t')).join('\n');
    const o = parseText(text);
    expect(o.status).toBe('unreadable');
    expectReason(o);
    if (o.status !== 'unreadable') return;
    expect(o.report.tables).toEqual({ activeDisclosure: null, applications: null, reviewLitigation: null });
    expect([o.report.year, o.report.organ, o.report.publishedAt, o.report.sections.length]).toEqual([2020, '上海市嘉定区外冈镇人民政府', '2021-01-18', 6]);
  });

  it('is unreadable when the tables are images', () => {
    const o = parseDocument(page(`${'XX镇2022年政府信息公开工作年度报告'}`, '<h1>XX镇2022年政府信息公开工作年度报告</h1><p>一、总体情况</p><p><img src="t3.png"></p>'));
    expect(o.status).toBe('unreadable');
  });
});

describe('hostile and absurd input', () => {
  it('treats script-like cell text as text, never running it', () => {
    const rows = t3Rows('2021', (k) => (k === 'newReceived' ? ['<img src=x onerror="globalThis.hacked=1">', ...zeros(6)] : zeros(7)));
    const escaped = rows.replace('<img src=x onerror="globalThis.hacked=1">', '&lt;img src=x onerror=alert(1)&gt;');
    const r = reportOf(parseDocument(page('2021年政府信息公开工作年度报告', `<table>${T3_HEADER}${escaped}</table>`)));
    expect(r.tables.applications!.newReceived!.naturalPerson).toMatchObject({ kind: 'text', value: null, raw: '<img src=x onerror=alert(1)>' });
    const r2 = reportOf(parseDocument(page('2021年政府信息公开工作年度报告', `<table>${T3_HEADER}${rows}</table>`)));
    expect(r2.tables.applications!.newReceived!.naturalPerson!.kind).toBe('blank');
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('survives a 10,000-row table next to a report, and says what it ignored', () => {
    const big = `<table>${tr('序号', '名称').repeat(1)}${Array.from({ length: 10_000 }, (_, i) => tr(String(i), '条目')).join('')}</table>`;
    const doc = page('2021年政府信息公开工作年度报告', `${big}<table>${T3_HEADER}${t3Rows('2021', () => zeros(7))}</table>`);
    const t0 = performance.now();
    const o = parseDocument(doc);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(o.status).toBe('report');
    if (o.status !== 'report') return;
    expect(o.report.tables.applications).not.toBeNull();
    expect(o.notes?.[0]?.en).toMatch(/more than 2000 rows/);
  });

  it('survives a 10,000-row text table', () => {
    const text = `2021年政府信息公开工作年度报告\n${Array.from({ length: 10_000 }, (_, i) => `\t${i}\n\t条目\n`).join('\n')}`;
    expect(['report', 'unreadable', 'not-a-report']).toContain(parseText(text).status);
  });

  it('survives deeply nested markup', () => {
    // jsdom itself takes seconds to build deeper trees; 600 levels is past any real page.
    const deep = `${'<div><span>'.repeat(300)}2021年政府信息公开工作年度报告${'</span></div>'.repeat(300)}`;
    expect(() => parseDocument(dom(deep))).not.toThrow();
  });

  it('never throws on arbitrary strings', () => {
    for (const s of ['\t', '\t\t\t', '|', '||\n|--|', '\n\n\t\n', '一、', '\u0000'.repeat(100), 'x'.repeat(100_000)]) {
      expect(() => parseText(s)).not.toThrow();
      expect(() => parseDocument(dom(s))).not.toThrow();
    }
  });
});

describe('labels that name a property of every JavaScript object', () => {
  it('read as any unknown label: 「constructor」 or 「__proto__」 in a header is no column key', () => {
    const headed = (label: string) => T3_HEADER.replace('法律服务机构', label);
    const read = (label: string) => parseDocument(page('2021年政府信息公开工作年度报告', `<table>${headed(label)}${t3Rows('2021', () => zeros(7))}</table>`));
    const unknown = JSON.stringify(read('未知机构'));
    for (const label of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(JSON.stringify(read(label))).toBe(unknown);
  });

  it('in table 4’s header too', () => {
    const read = (label: string) => parseDocument(page('2021年政府信息公开工作年度报告', T4_TABLE(zeros(15)).replace('其他结果', label)));
    const unknown = JSON.stringify(read('未知结果'));
    for (const label of ['constructor', 'valueOf']) expect(JSON.stringify(read(label))).toBe(unknown);
  });
});
