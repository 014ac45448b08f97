import { compareNarratives } from '../compare/narrative';
import { SECTION_TITLES, T3_COLUMNS, T3_LEGAL_SUBTOTAL, type AuditRecord, type Bilingual, type Cell, type CellRef, type Report } from '../model';
import { isEmpty } from './cells';
import { cellName, rowName, type Term } from './labels';
import type { CrossYearRule, FindingDraft } from './rule';

/** Last year's report of the same body: the year before this one. Pairing is lib/match's job; this guards the rules. */
const consecutive = (cur: Report, prev: Report): boolean => cur.year !== null && prev.year === cur.year - 1;

/** A cell of last year's report as `related` names it: its position plus the report's URL. */
const theirs = (at: CellRef, previous: AuditRecord): CellRef => ({ ...at, url: previous.export.source.url });

const cellOf = (r: Report, t: Term): Cell | undefined => r.tables[t.table]?.[t.row]?.[t.col];

const yearName = (r: Report): Bilingual =>
  r.year === null ? { zh: '上年', en: 'last year' } : { zh: `${r.year}年`, en: String(r.year) };

export const carryXyear: CrossYearRule = {
  id: 'CARRY-XYEAR',
  severity: 'warning',
  title: { zh: '上年结转与上年报告一致', en: 'Carried over agrees with last year' },
  help: {
    zh: '本年表三「二、上年结转政府信息公开申请数量」应等于同一机关上一年度报告表三「四、结转下年度继续办理」，逐列核对。仅在已知上一年度报告时运行；空白与 0 视为相同，空白与非零数需人工核对。',
    en: 'This year\'s table 3 row II (carried over from last year) must equal row IV (carried forward) of the same body\'s report for the year before, column by column. Runs only when that report is known; blank and 0 are taken as the same, blank against a non-zero number needs review.',
  },
  appliesTo: (cur, prev) =>
    consecutive(cur.export.report, prev.export.report) &&
    cur.export.report.tables.applications?.carriedOver !== undefined &&
    prev.export.report.tables.applications?.carriedForward !== undefined,
  check: (cur, prev) => {
    const now = cur.export.report;
    const before = prev.export.report;
    const columns = [...T3_COLUMNS, T3_LEGAL_SUBTOTAL];
    return columns.flatMap((col): FindingDraft[] => {
      const c = cellOf(now, { table: 'applications', row: 'carriedOver', col });
      const p = cellOf(before, { table: 'applications', row: 'carriedForward', col });
      if (!c || !p) return [];
      const name = cellName({ table: 'applications', row: 'carriedOver', col }, now.format);
      const was = cellName({ table: 'applications', row: 'carriedForward', col }, before.format);
      const y = yearName(before);
      const base = { rule: 'CARRY-XYEAR', severity: 'warning' as const, cells: [c.at], related: [theirs(p.at, prev)] };
      if (c.kind === 'text' || p.kind === 'text') {
        return [{
          ...base,
          outcome: 'review',
          message: {
            zh: `${name.zh}无法与${y.zh}报告的${was.zh}核对：有单元格不是可读的数字，需人工核对`,
            en: `${name.en} cannot be checked against ${was.en} of the ${y.en} report: a cell is not a readable number; needs review`,
          },
        }];
      }
      const cv = isEmpty(c) ? null : c.value!;
      const pv = isEmpty(p) ? null : p.value!;
      if ((cv ?? 0) === (pv ?? 0)) return [];
      if (cv === null || pv === null) {
        return [{
          ...base,
          outcome: 'review',
          ...(pv === null ? {} : { expected: pv }),
          message: {
            zh: `${name.zh}${cv === null ? '未填写' : `为 ${cv}`}，${y.zh}报告的${was.zh}${pv === null ? '未填写' : `为 ${pv}`}：空白无法核对，需人工核对`,
            en: `${name.en} is ${cv === null ? 'blank' : cv}, and ${was.en} of the ${y.en} report is ${pv === null ? 'blank' : pv}: a blank cannot be compared; needs review`,
          },
        }];
      }
      return [{
        ...base,
        outcome: 'fail',
        expected: pv,
        actual: cv,
        message: {
          zh: `${name.zh}为 ${cv}，而${y.zh}报告的${was.zh}为 ${pv}：本年的上年结转应等于上年的结转下年度`,
          en: `${name.en} is ${cv}, but ${was.en} of the ${y.en} report is ${pv}: what one year carries forward the next carries over`,
        },
      }];
    });
  },
};

const DOCUMENT_ROWS = ['regulations', 'normativeDocuments'] as const;

export const t2StockXyear: CrossYearRule = {
  id: 'T2-STOCK-XYEAR',
  severity: 'info',
  title: { zh: '现行有效件数与上年衔接', en: 'Documents in force follow on from last year' },
  help: {
    zh: '2021 版表二：本年「现行有效件数」应等于上一年度报告的现行有效件数加本年制发件数减本年废止件数（规章、行政规范性文件各行）。仅在两年都是 2021 版且已知上一年度报告时运行；文件到期失效或清理也会使两者不等，故仅作提示。',
    en: 'Table 2, 2021 format: documents in force this year should equal last year\'s report\'s in force plus made minus repealed this year (regulations and normative documents). Runs only when both years use the 2021 format and last year\'s report is known; documents expiring or cleared also break it, so it is only a note.',
  },
  appliesTo: (cur, prev) =>
    consecutive(cur.export.report, prev.export.report) &&
    cur.export.report.format === '2021' &&
    prev.export.report.format === '2021' &&
    cur.export.report.tables.activeDisclosure !== null &&
    prev.export.report.tables.activeDisclosure !== null,
  check: (cur, prev) => {
    const now = cur.export.report;
    const before = prev.export.report;
    const y = yearName(before);
    return DOCUMENT_ROWS.flatMap((row): FindingDraft[] => {
      const at = (r: Report, col: string) => cellOf(r, { table: 'activeDisclosure', row, col });
      const target = at(now, 'inForce');
      const made = at(now, 'made');
      const repealed = at(now, 'repealed');
      const stock = at(before, 'inForce');
      if (!target || !made || !repealed || !stock) return [];
      const row2 = rowName('activeDisclosure', row, now.format);
      const base = {
        rule: 'T2-STOCK-XYEAR',
        severity: 'info' as const,
        cells: [target.at],
        related: [made.at, repealed.at, theirs(stock.at, prev)],
      };
      if ([target, made, repealed, stock].some((c) => c.kind === 'text')) {
        return [{
          ...base,
          outcome: 'review',
          message: {
            zh: `${row2.zh}现行有效件数无法与${y.zh}报告衔接核对：有单元格不是可读的数字，需人工核对`,
            en: `${row2.en} in force cannot be checked against the ${y.en} report: a cell is not a readable number; needs review`,
          },
        }];
      }
      if ([target, made, repealed, stock].every(isEmpty)) return [];
      const [m, r, s] = [made, repealed, stock].map((c) => c.value ?? 0) as [number, number, number];
      const expected = s + m - r;
      const formula = {
        zh: `${y.zh}报告现行有效 ${s} + 本年制发 ${m} − 本年废止 ${r} = ${expected}`,
        en: `${s} in force in the ${y.en} report + ${m} made − ${r} repealed = ${expected}`,
      };
      if (isEmpty(target)) {
        if (expected === 0) return [];
        return [{
          ...base,
          outcome: 'review',
          expected,
          message: {
            zh: `${row2.zh}现行有效件数未填写，按${formula.zh}，需人工核对`,
            en: `${row2.en} in force is blank; ${formula.en}: needs review`,
          },
        }];
      }
      if (target.value === expected) return [];
      return [{
        ...base,
        outcome: 'fail',
        expected,
        actual: target.value!,
        message: {
          zh: `${row2.zh}现行有效件数为 ${target.value}，按${formula.zh}（文件到期失效或清理也会造成差异）`,
          en: `${row2.en} in force is ${target.value}; ${formula.en} (documents expiring or cleared also explain a difference)`,
        },
      }];
    });
  },
};

/**
 * When a section counts as copied: most of its text (by characters, fixed sentences left out) said
 * word for word in last year's report. Reports nobody would call copied repeat 8-41% of their
 * sentences from the year before, so the line sits well above that; a section needs enough text of
 * its own to be judged (「本年度无其他需要报告的事项」 is the same every year and rightly so).
 */
export const TEXT_REUSE = { threshold: 0.6, minChars: 100 } as const;

const percent = (share: number): number => Math.round(share * 100);
const sectionHeading = (template: number, title: string | null): string =>
  title ?? SECTION_TITLES[template - 1]!;

export const textReuse: CrossYearRule = {
  id: 'TEXT-REUSE',
  severity: 'warning',
  title: { zh: '正文沿用上年报告', en: 'Text repeated from last year' },
  help: {
    zh: `同一机关本年报告某一章节的文字，若有 ${percent(TEXT_REUSE.threshold)}% 以上（按字数）与上一年度报告逐句相同（仅年份不同也算相同），提示可能沿用上年内容（国办通知所称「内容雷同」）。统计期限、法律依据、联系方式、章节标题等模板固定语句不计；章节可计文字少于 ${TEXT_REUSE.minChars} 字时不判断。未抄袭的报告通常与上年重复 8%–41% 的语句。`,
    en: `Flags a section of this year's report when ${percent(TEXT_REUSE.threshold)}% or more of its text (by characters) repeats the same body's report of the year before sentence for sentence (years aside) — the copied content the national format notice names as a fault. The template's fixed sentences (statistics period, legal basis, contact lines, section headings) do not count; a section with under ${TEXT_REUSE.minChars} characters that count is not judged. Reports that were not copied repeat 8-41% of their sentences.`,
  },
  appliesTo: (cur, prev) =>
    consecutive(cur.export.report, prev.export.report) &&
    cur.narrative.some((s) => s.template !== null) &&
    prev.narrative.some((s) => s.template !== null),
  check: (cur, prev) => {
    const y = yearName(prev.export.report);
    return compareNarratives(cur.narrative, prev.narrative).flatMap((s): FindingDraft[] => {
      if (s.template === null || s.title.current === null || s.share === null) return [];
      if (s.counted < TEXT_REUSE.minChars || s.share < TEXT_REUSE.threshold) return [];
      const heading = sectionHeading(s.template, s.title.current);
      const pct = percent(s.share);
      const limit = percent(TEXT_REUSE.threshold);
      return [{
        rule: 'TEXT-REUSE',
        severity: 'warning',
        outcome: 'fail',
        expected: `< ${limit}%`,
        actual: `${pct}%`,
        cells: [],
        related: [],
        message: {
          zh: `「${heading}」有 ${pct}% 的文字（${s.repeated}/${s.counted} 字）与${y.zh}报告逐句相同，达到 ${limit}% 的提示线（未抄袭的报告通常重复 8%–41%；统计期限、法律依据、联系方式等固定语句不计）：可能沿用了上年内容`,
          en: `Section "${heading}": ${pct}% of its text (${s.repeated}/${s.counted} characters) repeats the ${y.en} report sentence for sentence, at or above the ${limit}% line (reports not copied repeat 8-41%; the period, legal basis and contact lines do not count): the text may have been carried over`,
        },
      }];
    });
  },
};
