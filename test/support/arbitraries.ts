/**
 * fast-check generators for the property suite: a report that adds up (tables 2, 3, 4 of the 2019
 * or 2021 template), built bottom-up so every SPEC §4 identity holds by construction, plus the
 * layout and decoration choices the renderers (render.ts) make, and single-cell mutations.
 */
import fc from 'fast-check';
import {
  T3_APPLICANT_COLUMNS,
  T3_COLUMNS,
  T3_LEGAL_COLUMNS,
  T3_LEGAL_SUBTOTAL,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUPS,
  T4_LEAVES,
  t3ResultRows,
  type TableKey,
} from '../../lib/model';

export type Format = '2019' | '2021';
/** row → column → value. Table 2 keeps the number as the cell writes it ("+19", "185.5897"). */
export type Values<V> = Record<string, Record<string, V>>;

export interface Layout {
  /** Table 2 as one `<table>` per 第二十条 block instead of one table (HTML only). */
  t2Split: boolean;
  /** Table 3 continued in a second `<table>` from this data row on (a page break); null: one table. */
  t3Split: number | null;
  /** The continued part of table 3 repeats the header rows. */
  t3RepeatHeader: boolean;
  /** 三、本年度办理结果 written as two cells (the first spanning 10 rows), as some reports do. */
  resultLabelSplit: boolean;
  /** Where an added 法人 subtotal column sits: first or last under 法人或其他组织, or a column of its own. */
  subtotalAt: 'first' | 'last' | 'top';
  /** Table 4 as a bare row of 15 numbers, its headers lost. */
  t4Bare: boolean;
  /** A 索引号/发布机构 metadata table before the report (HTML only). */
  metaTable: boolean;
  /** A non-template table (公开平台建设) in section 一. */
  extraTable: boolean;
  /** 2019 procurement amount: unit written in the cell or in the header. */
  amountUnitIn: 'cell' | 'header';
  amountUnit: '元' | '万元';
}

export interface GenReport {
  format: Format;
  year: number;
  organ: string;
  t2: Values<string>;
  t3: Values<number>;
  /** Whether table 3 has the (non-template) 法人或其他组织小计 column. */
  legalSubtotal: boolean;
  t4: Values<number>;
  layout: Layout;
  /** Rendering choices (cell markup, blanks, label typography), consumed in order; all 0 = plain. */
  noise: number[];
  /** Whether zero cells may be written blank or as a placeholder (/, —, 无). */
  blanks: boolean;
  /** Whether the narrative states table 3/4 numbers (consistently). */
  claims: boolean;
}

export const cellKey = (table: TableKey, row: string, col: string): string => `${table}|${row}|${col}`;
export const t3Rows = (f: Format): string[] => (f === '2019' ? T3_ROWS_2019 : T3_ROWS_2021).map(([k]) => k as string);
export const t3Columns = (r: Pick<GenReport, 'legalSubtotal'>): string[] => [
  ...T3_COLUMNS,
  ...(r.legalSubtotal ? [T3_LEGAL_SUBTOTAL] : []),
];

// Mostly small (the real distribution, and what SPLIT-DIGITS looks at), sometimes huge but exact:
// sums of at most 126 values below 1e12 stay far under 2^53. (Values this large found
// RULES-TIDY-PRECISION: see its regression test in mutation.property.test.ts.)
const count: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.nat({ max: 9 }) },
  { weight: 2, arbitrary: fc.nat({ max: 9999 }) },
  { weight: 1, arbitrary: fc.nat({ max: 999_999_999_999 }) },
);
const counts = (n: number) => fc.array(count, { minLength: n, maxLength: n });
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Table 3 bottom-up: results per applicant column, then 总计, 结转, 新收 so that every identity holds. */
function t3Arb(format: Format, legalSubtotal: boolean): fc.Arbitrary<Values<number>> {
  const results = t3ResultRows(format) as string[];
  const column = fc.record({ results: counts(results.length), forward: count, over: fc.nat() });
  return fc.array(column, { minLength: 6, maxLength: 6 }).map((cols) => {
    const t3: Values<number> = Object.fromEntries(t3Rows(format).map((row) => [row, {}]));
    cols.forEach(({ results: values, forward, over }, i) => {
      const col = T3_APPLICANT_COLUMNS[i]!;
      results.forEach((row, j) => (t3[row]![col] = values[j]!));
      const processed = sum(values);
      const carriedOver = over % (processed + forward + 1);
      t3.totalProcessed![col] = processed;
      t3.carriedForward![col] = forward;
      t3.carriedOver![col] = carriedOver;
      t3.newReceived![col] = processed + forward - carriedOver;
    });
    for (const cells of Object.values(t3)) {
      cells.total = sum(T3_APPLICANT_COLUMNS.map((c) => cells[c]!));
      if (legalSubtotal) cells[T3_LEGAL_SUBTOTAL] = sum(T3_LEGAL_COLUMNS.map((c) => cells[c]!));
    }
    return t3;
  });
}

const t4Arb: fc.Arbitrary<Values<number>> = fc.array(counts(4), { minLength: 3, maxLength: 3 }).map((groups) =>
  Object.fromEntries(
    T4_GROUPS.map((g, i) => {
      const parts = groups[i]!;
      return [g, { ...Object.fromEntries(T4_LEAVES.slice(0, 4).map((leaf, j) => [leaf, parts[j]!])), total: sum(parts) }];
    }),
  ),
);

/** Table 2 within its warning rules too (in force ≥ made − repealed, newly published ≤ total, fees ≤ 10 亿). */
function t2Arb(format: Format): fc.Arbitrary<Values<string>> {
  const c = count.map(String);
  if (format === '2021') {
    const docs = fc.tuple(count, count, count).map(([made, repealed, extra]) => ({
      made: String(made),
      repealed: String(repealed),
      inForce: String(Math.max(0, made - repealed) + extra),
    }));
    return fc
      .record({
        regulations: docs,
        normativeDocuments: docs,
        licensing: fc.record({ decisions: c }),
        penalty: fc.record({ decisions: c }),
        coercion: fc.record({ decisions: c }),
        fees: fc.record({ amountWan: fc.nat({ max: 1_000_000_000 }).map((n) => String(n / 10_000)) }),
      })
      .map((t) => ({ ...t }));
  }
  const docs = fc.tuple(count, count, count).map(([made, published, extra]) => ({
    newlyMade: String(made),
    newlyPublished: String(published),
    totalPublished: String(published + extra),
  }));
  const change = fc.integer({ min: -999, max: 999 }).map(signed);
  const items = fc.record({ previousItems: c, change, decisions: c });
  return fc.record({
    regulations: docs,
    normativeDocuments: docs,
    licensing: items,
    otherServices: items,
    penalty: items,
    coercion: items,
    fees: fc.record({ previousItems: c, change }),
    procurement: fc.record({ projects: c, amount: fc.nat({ max: 1_000_000_000 }).map((n) => (n / 100).toFixed(2)) }),
  });
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  t2Split: fc.boolean(),
  t3Split: fc.option(fc.integer({ min: 1, max: 25 }), { freq: 3 }),
  t3RepeatHeader: fc.boolean(),
  resultLabelSplit: fc.boolean(),
  subtotalAt: fc.constantFrom('first' as const, 'last' as const, 'top' as const),
  t4Bare: fc.boolean(),
  metaTable: fc.boolean(),
  extraTable: fc.boolean(),
  amountUnitIn: fc.constantFrom('cell' as const, 'header' as const),
  amountUnit: fc.constantFrom('元' as const, '万元' as const),
});

const ORGANS = ['沭阳县发展和改革局', '上海市嘉定区外冈镇人民政府', '某某市教育局', '余姚市陆埠镇人民政府', '某某县人力资源和社会保障局'];

/** A report that adds up, in the template its year calls for. */
export const reportArb: fc.Arbitrary<GenReport> = fc
  .tuple(fc.constantFrom<Format>('2019', '2021'), fc.boolean())
  .chain(([format, legalSubtotal]) =>
    fc.record({
      format: fc.constant(format),
      year: format === '2019' ? fc.integer({ min: 2019, max: 2020 }) : fc.integer({ min: 2021, max: 2025 }),
      organ: fc.constantFrom(...ORGANS),
      t2: t2Arb(format),
      t3: t3Arb(format, legalSubtotal),
      legalSubtotal: fc.constant(legalSubtotal),
      t4: t4Arb,
      layout: layoutArb,
      noise: fc.array(fc.nat({ max: 1000 }), { maxLength: 24 }),
      blanks: fc.boolean(),
      claims: fc.boolean(),
    }),
  );

/** An arithmetic identity of SPEC §4, by cell keys. */
export interface Identity {
  rule: 'T3-ROWSUM' | 'T3-RESULTSUM' | 'T3-BALANCE' | 'T3-LEGALSUB' | 'T4-SUM';
  cells: string[];
}

/** Every identity the report's tables must satisfy: our own reading of SPEC §4, not the rules' code. */
export function identities(r: GenReport): Identity[] {
  const A = 'applications' as const;
  const rows = t3Rows(r.format);
  const cols = t3Columns(r);
  const out: Identity[] = [];
  for (const row of rows) {
    out.push({ rule: 'T3-ROWSUM', cells: [...T3_APPLICANT_COLUMNS, 'total'].map((c) => cellKey(A, row, c)) });
    if (r.legalSubtotal) out.push({ rule: 'T3-LEGALSUB', cells: [...T3_LEGAL_COLUMNS, T3_LEGAL_SUBTOTAL].map((c) => cellKey(A, row, c)) });
  }
  for (const col of cols) {
    const results = [...(t3ResultRows(r.format) as string[]), 'totalProcessed'];
    out.push({ rule: 'T3-RESULTSUM', cells: results.map((row) => cellKey(A, row, col)) });
    out.push({ rule: 'T3-BALANCE', cells: ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].map((row) => cellKey(A, row, col)) });
  }
  for (const g of T4_GROUPS) out.push({ rule: 'T4-SUM', cells: T4_LEAVES.map((l) => cellKey('reviewLitigation', g, l)) });
  return out;
}

export interface Mutation {
  table: TableKey;
  row: string;
  col: string;
  from: number;
  to: number;
}

const MONEY = new Set(['amountWan', 'amount']);

/**
 * One count changed by a non-zero delta, staying a whole number (non-negative, but for table 2's
 * signed 本年增/减): a table 3 or 4 value, which identities cover, or a table 2 count, which none does.
 */
export function mutationArb(r: GenReport): fc.Arbitrary<Mutation> {
  const cells = [
    ...Object.entries(r.t3).flatMap(([row, cols]) => Object.keys(cols).map((col) => ['applications', row, col] as const)),
    ...Object.entries(r.t4).flatMap(([row, cols]) => Object.keys(cols).map((col) => ['reviewLitigation', row, col] as const)),
    ...Object.entries(r.t2).flatMap(([row, cols]) => Object.keys(cols).filter((c) => !MONEY.has(c)).map((col) => ['activeDisclosure', row, col] as const)),
  ];
  return fc
    .record({ at: fc.nat({ max: cells.length - 1 }), down: fc.boolean(), size: fc.integer({ min: 1, max: 1_000_000 }) })
    .map(({ at, down, size }) => {
      const [table, row, col] = cells[at]!;
      const from = Number((table === 'applications' ? r.t3 : table === 'reviewLitigation' ? r.t4 : r.t2)[row]![col]!);
      const to = down && from > 0 ? from - (1 + ((size - 1) % from)) : from + size;
      return { table, row, col, from, to };
    });
}

export function applyMutation(r: GenReport, m: Mutation): GenReport {
  const copy = structuredClone(r);
  if (m.table === 'activeDisclosure') copy.t2[m.row]![m.col] = m.col === 'change' && m.to > 0 ? `+${m.to}` : String(m.to);
  else (m.table === 'applications' ? copy.t3 : copy.t4)[m.row]![m.col] = m.to;
  return copy;
}

export const mutationKey = (m: Mutation): string => cellKey(m.table, m.row, m.col);

/** A consistent report with one mutation of it. */
export const mutatedArb: fc.Arbitrary<{ report: GenReport; mutation: Mutation }> = reportArb.chain((report) =>
  mutationArb(report).map((mutation) => ({ report, mutation })),
);

/**
 * Which zero cells the renderer may leave blank. Blanks count as 0 (SPEC §3), but a blank total or
 * an all-blank set of parts turns a failure into `review`; so cells sharing an identity with the
 * mutated cell are always written out, and the exact properties stay exact.
 */
export function blankable(r: GenReport, mutation?: Mutation): (key: string) => boolean {
  if (!r.blanks) return () => false;
  const keep = new Set(mutation ? identities(r).filter((i) => i.cells.includes(mutationKey(mutation))).flatMap((i) => i.cells) : []);
  return (key) => !keep.has(key);
}
