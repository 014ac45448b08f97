import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inDifferentPlaces, pairByBody, readOrgan, sameBody, siteOf, yearPairs, type Correction } from '../../lib/match';
import { STATED, statements } from '../../lib/match/stated';
import type { BodyRecord } from '../../lib/model';
import { compareOrgans } from '../../lib/match/organ';
import { buildReport } from '../rules/support/build';
import { recordOf } from '../rules/support/records';

const rec = (organ: string | null, year: number, url: string, narrative = '') =>
  recordOf({ ...buildReport('2021', year), organ, narrative }, url);
const names = (a: string, b: string) => compareOrgans(readOrgan(a), readOrgan(b));

describe('organ names', () => {
  it.each([
    ['上海市嘉定区外冈镇人民政府', '（上海市嘉定区外冈镇人民政府）'],
    ['沭阳县发展和改革局', '沭阳县发改局'],
    ['沭阳县发展和改革局', '沭阳县 发展改革局'],
    ['某某区人民政府办公室', '某某区政府办'],
    ['某某区人民政府办公室', '某某区政府办公室'],
    ['杭州市拱墅区拱宸桥街道办事处', '杭州市拱墅区拱宸桥街道'],
    ['深圳市福田区人民政府', '深圳市福田区政府'],
    ['臺北市某某區人民政府', '台北市某某区人民政府'.replace('台', '臺')],
    ['ＸＸ市某某局', 'XX市某某局'],
  ])('%s and %s are the same body', (a, b) => {
    expect(names(a, b)).toBe('same');
  });

  it.each([
    ['上海市嘉定区外冈镇人民政府', '外冈镇'],
    ['赣州经济技术开发区凤岗镇人民政府', '凤岗镇'],
    ['沭阳县发展和改革局', '县发展改革局'],
    ['某某区人民政府', '上海市某某区人民政府'],
  ])('%s and %s agree, but only as a short form', (a, b) => {
    expect(names(a, b)).toBe('short');
  });

  it.each([
    ['某某区人民政府', '某某区人民政府办公室'],
    ['某某区人民政府', '某某区发展和改革局'],
    ['某某区人民政府办公室', '某某区发展和改革局'],
    ['沭阳县发展和改革局', '泗阳县发展和改革局'],
    ['某某区市场监督管理局', '某某区发展和改革局'],
    ['上海市嘉定区外冈镇人民政府', '上海市嘉定区安亭镇人民政府'],
  ])('%s and %s are different bodies', (a, b) => {
    expect(names(a, b)).toBe('different');
  });
});

describe('sameBody', () => {
  it('pairs full names across sites and says why', () => {
    const p = sameBody(rec('沭阳县发展和改革局', 2023, 'https://www.shuyang.gov.cn/a.html'), rec('沭阳县发改局', 2022, 'https://fgj.shuyang.gov.cn/b.html'));
    expect(p.same).toBe(true);
    expect(p.reasons.map((r) => r.zh).join('；')).toMatch(/沭阳县发改局.*网站不同/);
  });

  it('pairs a short name only on the same site', () => {
    const full = rec('上海市嘉定区外冈镇人民政府', 2023, 'https://www.jiading.gov.cn/a.html');
    expect(sameBody(full, rec('外冈镇', 2022, 'http://jiading.gov.cn/b.html')).same).toBe(true);
    const elsewhere = sameBody(full, rec('外冈镇', 2022, 'https://www.other.gov.cn/b.html'));
    expect(elsewhere.same).toBe(false);
    expect(elsewhere.reasons.at(-1)!.zh).toContain('人工确认');
  });

  it('does not pair a government with its own office or a department on the same site', () => {
    const site = 'https://www.mm.gov.cn/';
    const gov = rec('某某区人民政府', 2023, `${site}1.html`);
    expect(sameBody(gov, rec('某某区人民政府办公室', 2022, `${site}2.html`)).same).toBe(false);
    expect(sameBody(gov, rec('某某区发展和改革局', 2022, `${site}3.html`)).same).toBe(false);
  });

  it('reads the full name a report states for itself', () => {
    const text = '一、总体情况\n根据《中华人民共和国政府信息公开条例》要求，现公布上海市嘉定区外冈镇人民政府（以下简称外冈镇）2023年政府信息公开工作年度报告。';
    const stated = rec('外冈镇', 2023, 'https://a.gov.cn/1.html', text);
    const p = sameBody(stated, rec('上海市嘉定区外冈镇人民政府', 2022, 'https://b.gov.cn/2.html'));
    expect(p.same).toBe(true);
    expect(p.reasons[0]!.zh).toContain('以下简称外冈镇');
  });

  it('says so when no organ was read', () => {
    const p = sameBody(rec(null, 2023, 'a.html'), rec('某某局', 2022, 'b.html'));
    expect(p).toEqual({ same: false, reasons: [expect.objectContaining({ zh: expect.stringContaining('未能识别机构名称') })] });
  });
});

describe('pairByBody and yearPairs', () => {
  const site = 'https://www.mm.gov.cn/';
  const records = [
    rec('某某区人民政府', 2023, `${site}gov-2023.html`),
    rec('某某区人民政府办公室', 2023, `${site}office-2023.html`),
    rec('某某区政府', 2022, `${site}gov-2022.html`),
    rec('某某区政府办', 2022, `${site}office-2022.html`),
    rec('某某区人民政府', 2021, `${site}gov-2021.html`),
    rec('某某区发展和改革局', 2022, `${site}fgj-2022.html`),
  ];

  it('groups each body\'s reports, oldest first', () => {
    const groups = pairByBody(records).map((g) => g.records.map((r) => r.export.source.url.slice(site.length)));
    expect(groups).toEqual(expect.arrayContaining([
      ['gov-2021.html', 'gov-2022.html', 'gov-2023.html'],
      ['office-2022.html', 'office-2023.html'],
      ['fgj-2022.html'],
    ]));
    expect(groups).toHaveLength(3);
  });

  it('pairs each report with its body\'s report of the year before', () => {
    const pairs = yearPairs(records).map((p) => [p.current.export.source.url.slice(site.length), p.previous.export.source.url.slice(site.length), p.pairing.same]);
    expect(pairs).toEqual(expect.arrayContaining([
      ['gov-2023.html', 'gov-2022.html', true],
      ['gov-2022.html', 'gov-2021.html', true],
      ['office-2023.html', 'office-2022.html', true],
    ]));
    expect(pairs).toHaveLength(3);
  });

  it('reads a whole province\'s batch: one body\'s reports of many years among many copies, from what pairing reads alone', () => {
    // A batch given the same pages many times over (a crawl that fetched them twice, a bench) is one
    // group; only consecutive years pair, the latest audited of last year's copies first.
    const copies = Array.from({ length: 600 }, (_, i) => rec('某某区人民政府', 2020 + (i % 3), `${site}copy-${i}.html`));
    const slim = copies.map((r, i) => ({
      export: { source: { url: r.export.source.url, auditedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString() }, report: { organ: r.export.report.organ, year: r.export.report.year } },
      narrative: [],
    }));
    expect(pairByBody(slim)).toHaveLength(1);
    const pairs = yearPairs(slim);
    expect(pairs).toHaveLength(400);
    expect(pairs.every((p) => p.previous.export.report.year === p.current.export.report.year! - 1)).toBe(true);
    expect(new Set(pairs.map((p) => p.previous.export.source.url))).toEqual(new Set([`${site}copy-597.html`, `${site}copy-598.html`]));
  });

  it('never takes another county\'s report for last year\'s, even when a short name links the two', () => {
    // Local files of a province's batch: 「县发改局」 agrees with every county's 发展和改革局, so all are one
    // group; 泗阳's report of 2022 is still not 沭阳's.
    const local = (organ: string, year: number, name: string) => rec(organ, year, `/batch/${name}.html`);
    const shuyang = local('沭阳县发展和改革局', 2023, 'a-shuyang-2023');
    const siyang = local('泗阳县发展和改革局', 2022, 'b-siyang-2022');
    const bare = local('县发改局', 2022, 'c-bare-2022');
    const bare2021 = local('县发改局', 2021, 'c-bare-2021');
    const pairsOf = (records: ReturnType<typeof local>[], corrections: Correction[] = []) =>
      yearPairs(records, corrections).map((p) => [p.current.export.source.url, p.previous.export.source.url]);
    expect(inDifferentPlaces(shuyang, siyang)).toBe(true);
    expect(inDifferentPlaces(shuyang, bare)).toBe(false);
    expect(pairByBody([shuyang, siyang, bare])).toHaveLength(1);
    expect(pairsOf([shuyang, siyang, bare])).toEqual([[shuyang.export.source.url, bare.export.source.url]]);
    expect(pairsOf([shuyang, siyang, bare2021])).toEqual([[siyang.export.source.url, bare2021.export.source.url]]);
    // A person who says they are one body's (a county renamed) is followed.
    expect(pairsOf([shuyang, siyang], [{ a: shuyang.export.source.url, b: siyang.export.source.url, same: true }])).toEqual([[shuyang.export.source.url, siyang.export.source.url]]);
  });

  it('follows a person\'s corrections either way', () => {
    const corrections = [
      { a: `${site}gov-2023.html`, b: `${site}gov-2022.html`, same: false },
      { a: `${site}fgj-2022.html`, b: `${site}office-2023.html`, same: true },
    ];
    const pairs = yearPairs(records, corrections).map((p) => [p.current.export.source.url.slice(site.length), p.previous.export.source.url.slice(site.length), p.pairing.corrected ?? false]);
    expect(pairs).toContainEqual(['office-2023.html', 'fgj-2022.html', true]);
    expect(pairs).not.toContainEqual(expect.arrayContaining(['gov-2023.html', 'gov-2022.html']));
  });
});

describe('pairing a batch compares fewer reports than every two of a kind', () => {
  // What grouping computed when it compared every two reports with a year: union-find over their
  // pairs by `sameBody` or a person's correction, then every correction that two are the same.
  const key = (a: string, b: string) => [a, b].sort().join('\n');
  function everyTwo(records: readonly BodyRecord[], corrections: readonly Correction[]): BodyRecord[][] {
    const decided = new Map(corrections.map((c) => [key(c.a, c.b), c.same]));
    const parent = records.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
    const union = (i: number, j: number) => void (parent[find(i)] = find(j));
    records.forEach((a, i) =>
      records.forEach((b, j) => {
        if (j > i && a.export.report.year !== null && b.export.report.year !== null && (decided.get(key(a.export.source.url, b.export.source.url)) ?? sameBody(a, b).same)) union(i, j);
      }),
    );
    const index = new Map(records.map((r, i) => [r.export.source.url, i]));
    for (const c of corrections) if (c.same) union(index.get(c.a)!, index.get(c.b)!);
    const groups = new Map<number, BodyRecord[]>();
    records.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
    return [...groups.values()].map((g) => g.sort((a, b) => (a.export.report.year ?? 0) - (b.export.report.year ?? 0) || a.export.source.url.localeCompare(b.export.source.url)));
  }
  /** Each report with a year, its group's report of the year before (not one of another place, unless a person said so): the same site's first, then the latest audited. */
  function everyTwoPairs(records: readonly BodyRecord[], corrections: readonly Correction[]): [string, string, boolean][] {
    const decided = new Map(corrections.map((c) => [key(c.a, c.b), c.same]));
    return everyTwo(records, corrections).flatMap((group) =>
      group.flatMap((current): [string, string, boolean][] => {
        const url = current.export.source.url;
        const previous = group
          .filter((m) => current.export.report.year !== null && m.export.report.year === current.export.report.year - 1 && (decided.get(key(url, m.export.source.url)) ?? !inDifferentPlaces(current, m)))
          .sort((a, b) => Number(siteOf(b.export.source.url) === siteOf(url)) - Number(siteOf(a.export.source.url) === siteOf(url)) || b.export.source.auditedAt.localeCompare(a.export.source.auditedAt))[0];
        return previous ? [[url, previous.export.source.url, decided.get(key(url, previous.export.source.url)) === true]] : [];
      }),
    );
  }

  // Names with and without places (a bare 县 after a city's, too), short forms, and a body's neighbours.
  const organ = fc.constantFrom(
    '沭阳县发展和改革局', '沭阳县发改局', '宿迁市沭阳县发展和改革局', '泗阳县发展和改革局', '江苏省泗阳县发改局',
    '县发展改革局', '宿迁市县发改局', '发改局',
    '上海市嘉定区外冈镇人民政府', '嘉定区外冈镇', '外冈镇', '上海市嘉定区安亭镇人民政府', '安亭镇人民政府',
    '某某区人民政府', '某某区政府办', null,
  );
  const opening = fc.constantFrom(
    '',
    '现公布上海市嘉定区外冈镇人民政府（以下简称外冈镇）2023年政府信息公开工作年度报告。',
    '沭阳县发展和改革局（以下简称县发改局）编制本报告。',
    '由泗阳县发展和改革局（以下简称发改局）编制。',
    '根据《条例》（以下简称《条例》）规定。',
  );
  const site = fc.constantFrom('https://www.shuyang.gov.cn/', 'http://shuyang.gov.cn/', 'https://fgj.shuyang.gov.cn/', 'https://www.jiading.gov.cn/', '');
  const batch = fc
    .array(fc.tuple(organ, opening, site, fc.constantFrom(2021, 2022, 2023, null), fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')), { maxLength: 12 })
    .map((specs) =>
      specs.map(([organ, text, site, year, auditedAt], i): BodyRecord => ({
        export: { source: { url: `${site}r${i}.html`, auditedAt }, report: { organ, year } },
        narrative: [{ number: 0, template: null, text }],
      })),
    );
  const withCorrections = batch.chain((records) =>
    fc.tuple(
      fc.constant(records),
      records.length === 0
        ? fc.constant([])
        : fc.array(
            fc.record({ a: fc.nat(records.length - 1), b: fc.nat(records.length - 1), same: fc.boolean() }).map(({ a, b, same }) => ({ a: records[a]!.export.source.url, b: records[b]!.export.source.url, same })),
            { maxLength: 3 },
          ),
    ),
  );

  it('groups and pairs exactly as comparing every two reports would', () => {
    fc.assert(
      fc.property(withCorrections, ([records, corrections]) => {
        expect(pairByBody(records, corrections).map((g) => g.records)).toEqual(everyTwo(records, corrections));
        const pairs = yearPairs(records, corrections).map((p) => [p.current.export.source.url, p.previous.export.source.url, p.pairing.corrected ?? false]);
        expect(pairs).toEqual(everyTwoPairs(records, corrections));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a report stating its own names', () => {
  // Texts of statements and near-misses (a name or short name one character too long or too short,
  // a quote unclosed, two statements running together), between the parts they are made of.
  const run = (max: number) => fc.integer({ min: 0, max }).map((n) => '外冈镇人民政府局x'.repeat(5).slice(0, n));
  const statement = fc
    .tuple(run(42), fc.constantFrom('（', '('), fc.constantFrom('', '“', '「'), run(17), fc.constantFrom('', '”', '」'), fc.constantFrom('）', ')', ''))
    .map(([name, open, q1, short, q2, close]) => `${name}${open}以下简称${q1}${short}${q2}${close}`);
  const part = fc.constantFrom('（', '以下简称', '”', '）', '，', '。', ' ', '上海市嘉定区', '《条例》');
  const text = fc.array(fc.oneof(statement, part), { maxLength: 12 }).map((p) => p.join(''));
  const all = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m[0], m[1], m[2]]);

  it('is found as the statement regex finds it over the whole text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(all(statements(t))).toEqual(all(t.matchAll(new RegExp(STATED, 'g'))));
      }),
      { numRuns: 3000 },
    );
  });

  it('is found in a report, beside one it does not state for itself', () => {
    const opening = '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，上海市嘉定区外冈镇人民政府（以下简称外冈镇）编制本报告。';
    expect(all(statements(opening))).toEqual([['上海市嘉定区外冈镇人民政府（以下简称外冈镇）', '上海市嘉定区外冈镇人民政府', '外冈镇']]);
  });
});
