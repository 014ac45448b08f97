import { T3_APPLICANT_COLUMNS, T3_LEGAL_COLUMNS, type Bilingual, type CellRef, type ParsedReport, type TableKey } from '../model';
import { t3Claims, t4Claims, type Claim, type T3Claim } from './narrative';
import type { FindingDraft, Rule } from './rule';
import { templateSection } from './sections';
import { quoted } from './labels';

/** What a group of rows holds: its value, or null when a cell it needs is unreadable. */
interface Holding {
  value: number | null;
  cells: CellRef[];
}

/**
 * The row's total, or the sum of its parts where the total column was left blank (as many
 * reports leave it on result rows). Blank parts count as 0, as in the sum rules.
 */
function rowHolding(r: ParsedReport, table: TableKey, row: string, parts: readonly string[]): Holding | undefined {
  const cols = r.tables[table]?.[row];
  if (!cols) return undefined;
  const total = cols.total;
  if (total?.kind === 'number') return { value: total.value, cells: [total.at] };
  if (total?.kind === 'text') return { value: null, cells: [total.at] };
  const ps = parts.flatMap((p) => cols[p] ?? []);
  const cells = total ? [total.at] : ps.map((c) => c.at);
  if (ps.some((c) => c.kind === 'text')) return { value: null, cells };
  return { value: ps.reduce((s, c) => s + (c.value ?? 0), 0), cells };
}

function groupHolding(r: ParsedReport, table: TableKey, rows: string[], parts: readonly string[]): Holding | undefined {
  const held = rows.flatMap((row) => rowHolding(r, table, row, parts) ?? []);
  if (held.length === 0) return undefined;
  const value = held.some((h) => h.value === null) ? null : held.reduce((s, h) => s + h.value!, 0);
  return { value, cells: held.flatMap((h) => h.cells) };
}

/** Compares each distinct claim with what the table holds; `accepts` lists the readings that agree. */
function compare<K extends string>(
  rule: string,
  claims: Claim<K>[],
  hold: (claim: Claim<K>) => Held | undefined,
  tableZh: string,
): FindingDraft[] {
  const seen = new Set<string>();
  return claims.flatMap((claim): FindingDraft[] => {
    const key = `${claim.kind}:${claim.groups?.join('+') ?? ''}:${claim.value}`;
    const h = hold(claim);
    if (seen.has(key) || !h) return [];
    seen.add(key);
    const base = { rule, severity: 'warning' as const, cells: h.holding.cells, related: [], actual: claim.value };
    // One office may speak for less than the whole table: still a mismatch, said with the scope the text gives.
    const scope: Bilingual = claim.scope
      ? { zh: `（所述范围为「${quoted(claim.scope)}」，可能小于本表）`, en: ` (speaking for "${quoted(claim.scope)}", possibly less than the table)` }
      : { zh: '', en: '' };
    if (h.holding.value === null) {
      return [
        {
          ...base,
          outcome: 'review' as const,
          message: {
            zh: `正文「${claim.quote}」无法与${tableZh}核对：${h.name.zh}不是可读的数字，需人工核对`,
            en: `The text "${claim.quote}" cannot be checked: ${h.name.en} is not a readable number; needs review`,
          },
        },
      ];
    }
    if (h.accepts.includes(claim.value)) return [];
    const expected = h.accepts[0]!;
    return [
      {
        ...base,
        outcome: 'fail' as const,
        expected,
        message: {
          zh: `正文「${claim.quote}」${scope.zh}称 ${claim.value} 件，与${tableZh}不符：${h.name.zh}为 ${h.accepts.join(' 或 ')}`,
          en: `The text "${claim.quote}"${scope.en} states ${claim.value}, but ${h.name.en} holds ${h.accepts.join(' or ')}`,
        },
      },
    ];
  });
}

const T3_GROUPS: Record<string, { prefix: string; name: Bilingual }> = {
  granted: { prefix: 'granted', name: { zh: '表三（一）予以公开', en: 'table 3 (1) disclosed' } },
  partlyGranted: { prefix: 'partlyGranted', name: { zh: '表三（二）部分公开', en: 'table 3 (2) partly disclosed' } },
  denied: { prefix: 'denied.', name: { zh: '表三（三）不予公开各项合计', en: 'table 3 (3) not disclosed, all rows' } },
  unavailable: { prefix: 'unavailable.', name: { zh: '表三（四）无法提供各项合计', en: 'table 3 (4) cannot provide, all rows' } },
  notProcessed: { prefix: 'notProcessed.', name: { zh: '表三（五）不予处理各项合计', en: 'table 3 (5) not processed, all rows' } },
  other: { prefix: 'other', name: { zh: '表三（六）其他处理', en: 'table 3 (6) other handling' } },
  carriedForward: { prefix: 'carriedForward', name: { zh: '表三四、结转下年度继续办理', en: 'table 3 IV. carried forward' } },
};

/** Cells of one row, summed: an applicant column or the five 法人 columns, unreadable text making it null. */
function cellsHolding(r: ParsedReport, row: string, cols: readonly string[]): Holding | undefined {
  const cells = cols.flatMap((c) => r.tables.applications?.[row]?.[c] ?? []);
  if (cells.length === 0) return undefined;
  return { value: cells.some((c) => c.kind === 'text') ? null : cells.reduce((s, c) => s + (c.value ?? 0), 0), cells: cells.map((c) => c.at) };
}

const APPLICANTS: Record<'naturalPerson' | 'legalPerson', { cols: readonly string[]; name: Bilingual }> = {
  naturalPerson: { cols: ['naturalPerson'], name: { zh: '表三本年新收·自然人', en: 'table 3 new applications from natural persons' } },
  legalPerson: { cols: T3_LEGAL_COLUMNS, name: { zh: '表三本年新收·法人或其他组织五列之和', en: 'table 3 new applications from legal persons (five columns)' } },
};

/** What the table holds for a claim, the readings that agree with it, and its name in the message. */
interface Held {
  holding: Holding;
  accepts: number[];
  name: Bilingual;
}

function t3Hold(r: ParsedReport, claim: Claim<T3Claim>): Held | undefined {
  const { kind } = claim;
  const rows = Object.keys(r.tables.applications ?? {});
  const hold = (picked: string[]) => groupHolding(r, 'applications', picked, T3_APPLICANT_COLUMNS);
  if (kind === 'naturalPerson' || kind === 'legalPerson') {
    const a = APPLICANTS[kind];
    const fresh = cellsHolding(r, 'newReceived', a.cols);
    if (!fresh) return undefined;
    const over = cellsHolding(r, 'carriedOver', a.cols)?.value ?? null;
    const accepts = fresh.value === null ? [] : [...new Set([fresh.value, ...(over === null ? [] : [fresh.value + over])])];
    return { holding: fresh, accepts, name: a.name };
  }
  if (kind === 'processed') {
    const done = hold(['totalProcessed']);
    return done && { holding: done, accepts: done.value === null ? [] : [done.value], name: { zh: '表三（七）总计', en: 'table 3 (7) total' } };
  }
  if (kind === 'combined') {
    const parts = (claim.groups ?? []).map((g) => t3Hold(r, { ...claim, kind: g }));
    if (parts.length === 0 || parts.some((p) => !p)) return undefined;
    const held = parts.map((p) => p!.holding);
    const value = held.some((h) => h.value === null) ? null : held.reduce((s, h) => s + h.value!, 0);
    const name = { zh: parts.map((p) => p!.name.zh).join('与'), en: parts.map((p) => p!.name.en).join(' plus ') };
    return { holding: { value, cells: held.flatMap((h) => h.cells) }, accepts: value === null ? [] : [value], name };
  }
  if (kind === 'received') {
    const fresh = hold(['newReceived']);
    if (!fresh) return undefined;
    const over = hold(['carriedOver'])?.value ?? null;
    // Reports use 「共收到」 for this year's applications and for those plus last year's carried over.
    const accepts = fresh.value === null ? [] : [...new Set([fresh.value, ...(over === null ? [] : [fresh.value + over])])];
    return { holding: fresh, accepts, name: { zh: '表三本年新收（加上年结转）', en: 'table 3 new applications (plus carried over)' } };
  }
  const group = T3_GROUPS[kind];
  if (!group) return undefined;
  const members = rows.filter((row) => row === group.prefix || row.startsWith(group.prefix.endsWith('.') ? group.prefix : `${group.prefix}.`));
  // Where （六） has sub-rows (2021), an 'other' row beside them would be their heading: never count both.
  const subRows = members.filter((row) => row.includes('.'));
  const holding = hold(kind === 'other' && subRows.length > 0 ? subRows : members);
  return holding && { holding, accepts: holding.value === null ? [] : [holding.value], name: group.name };
}

export const textT3: Rule = {
  id: 'TEXT-T3',
  severity: 'warning',
  title: { zh: '正文与表三一致', en: 'Text agrees with table 3' },
  help: {
    zh: '正文中与政府信息公开申请相关的数字应与表三一致：「共收到/受理……申请 N 件」等于本年新收，或本年新收加上年结转；「未收到……申请」即 0；「予以公开、部分公开、不予公开、无法提供、不予处理、其他处理 N 件」等于该组各行总计之和；「结转下年度 N 件」等于结转下年度总计。总计栏空白时按该行各列之和。',
    en: 'Numbers the text states about disclosure applications must agree with table 3: "received N applications" equals new applications, or new plus carried over; "received no applications" means 0; "disclosed / partly disclosed / not disclosed / cannot provide / not processed / other handling N" equals the group\'s total; "carried forward N" equals row IV. A blank total column is read as the sum of its row.',
  },
  appliesTo: (r) => r.tables.applications !== null && r.narrative.trim() !== '',
  check: (r) => compare('TEXT-T3', t3Claims(r.narrative), (claim) => t3Hold(r, claim), '表三'),
};

const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;

export const textT4: Rule = {
  id: 'TEXT-T4',
  severity: 'warning',
  title: { zh: '正文与表四一致', en: 'Text agrees with table 4' },
  help: {
    zh: '正文中关于政府信息公开的「行政复议 N 件」「行政诉讼 N 件」应与表四一致：行政复议为其总计，行政诉讼为未经复议直接起诉与复议后起诉两项总计之和；「未发生/没有……行政复议、行政诉讼」即 0。只看谈及信息公开或申请的段落。',
    en: 'In paragraphs about disclosure, "administrative review N" and "litigation N" must agree with table 4: review is its total, litigation the sum of the direct and after-review totals; "no review / no litigation" means 0.',
  },
  appliesTo: (r) => r.tables.reviewLitigation !== null && r.narrative.trim() !== '',
  check: (r) =>
    compare(
      'TEXT-T4',
      t4Claims(r.narrative),
      ({ kind }) => {
        if (kind === 'reviewCorrected') {
          const cell = r.tables.reviewLitigation?.review?.corrected;
          if (!cell) return undefined;
          const value = cell.kind === 'text' ? null : (cell.value ?? 0);
          return { holding: { value, cells: [cell.at] }, accepts: value === null ? [] : [value], name: { zh: '表四行政复议·结果纠正', en: 'table 4 administrative review corrected' } };
        }
        const groups = kind === 'review' ? ['review'] : ['litigationDirect', 'litigationAfterReview'];
        const holding = groupHolding(r, 'reviewLitigation', groups, T4_PARTS);
        const name =
          kind === 'review'
            ? { zh: '表四行政复议·总计', en: 'table 4 administrative review total' }
            : { zh: '表四行政诉讼（直接起诉与复议后起诉）总计', en: 'table 4 litigation total (direct + after review)' };
        return holding && { holding, accepts: holding.value === null ? [] : [holding.value], name };
      },
      '表四',
    ),
};

export const period: Rule = {
  id: 'PERIOD',
  severity: 'warning',
  title: { zh: '统计期限', en: 'Statistics period' },
  help: {
    zh: '报告所述统计期限应为报告年度的 1 月 1 日至 12 月 31 日。正文未写明期限或年度无法识别时不适用。',
    en: 'The statistics period the report states must be 1 January to 31 December of the report year. Not applicable when no period is stated or the year is unknown.',
  },
  appliesTo: (r) => r.period !== null && r.year !== null,
  check: (r) => {
    const p = r.period!;
    const from = `${r.year}-01-01`;
    const to = `${r.year}-12-31`;
    if (p.from === from && p.to === to) return [];
    return [
      {
        rule: 'PERIOD',
        severity: 'warning',
        outcome: 'fail',
        expected: `${from}/${to}`,
        actual: `${p.from}/${p.to}`,
        cells: [],
        related: [],
        message: {
          zh: `统计期限「${quoted(p.raw)}」不是 ${r.year} 年 1 月 1 日至 12 月 31 日`,
          en: `The statistics period "${quoted(p.raw)}" is not 1 January to 31 December ${r.year}`,
        },
      },
    ];
  },
};

const FEE_WORDS = /处理费|收费|费用/;

export const feeDisclosure: Rule = {
  id: 'FEE-DISCLOSURE',
  severity: 'info',
  title: { zh: '信息处理费说明', en: 'Processing fee statement' },
  help: {
    zh: '2021 版报告的「六、其他需要报告的事项」应说明本年收取信息处理费的情况（未收取也应写明）。未找到该章节时不适用（由 SECTIONS 提示）。',
    en: 'In the 2021 format, section 6 ("other matters") should state the information processing fees charged this year, or that none were. Not applicable when the section is absent (SECTIONS reports that).',
  },
  appliesTo: (r) =>
    r.format === '2021' && (r.otherMatters.trim() !== '' || r.sections.some((s) => templateSection(s.title) === 5)),
  check: (r) =>
    FEE_WORDS.test(r.otherMatters)
      ? []
      : [
          {
            rule: 'FEE-DISCLOSURE',
            severity: 'info',
            outcome: 'fail',
            cells: [],
            related: [],
            message: {
              zh: '「六、其他需要报告的事项」未说明信息处理费的收取情况',
              en: 'Section 6 ("other matters") says nothing about information processing fees',
            },
          },
        ],
};
