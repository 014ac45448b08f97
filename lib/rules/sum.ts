import type { Bilingual, Cell, ParsedReport } from '../model';
import { cellAt, refKey } from './cells';
import { cellName, listNames, quoted, type Term } from './labels';
import type { FindingDraft, Rule } from './rule';

/**
 * sum(targets) = sum(addends). One shape for every arithmetic rule, so SPLIT-DIGITS can re-run
 * any of them with a hypothetical correction. `targets` are the cells in the wrong when it fails.
 */
export interface Equation {
  rule: string;
  targets: Term[];
  addends: Term[];
  /** The target side in official labels, e.g. 「（七）总计·总计」. */
  subject: Bilingual;
  /** Where the expected value comes from, e.g. 「各处理结果之和」. */
  basis: Bilingual;
}

export type Evaluation =
  | { status: 'pass' }
  /** Target and addends all blank/placeholder: CELL-BLANK speaks for them. */
  | { status: 'empty' }
  /** No target cell at all: TABLE-MISSING speaks for it. */
  | { status: 'absent' }
  | { status: 'fail'; expected: number; actual: number }
  | { status: 'blank-target'; expected: number }
  | { status: 'unfilled-parts'; actual: number }
  | { status: 'unreadable'; terms: Term[] }
  | { status: 'missing'; terms: Term[] };

/** Hypothetical values by cell position, for SPLIT-DIGITS. */
export type Overrides = ReadonlyMap<string, number>;
const NO_OVERRIDES: Overrides = new Map();

/** What a cell holds for a sum: a number, nothing (blank or placeholder), or text that is no number. */
type Value = number | 'empty' | 'text';

// Fractional cells are invalid counts (NUM-INVALID) but must not make float noise a failure.
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
// Integers stay exact; only decimal sums lose float noise (n * 1e6 would not be exact past ~5.8e11).
const tidy = (n: number): number => (Number.isInteger(n) ? n : Number(n.toFixed(6)));

/** The equation's terms, targets then addends, whose cell or value (in the same order) `pick` picks. */
function termsWhere<X>(eq: Equation, targets: readonly X[], addends: readonly X[], pick: (x: X) => boolean): Term[] {
  return [...eq.targets.filter((_, i) => pick(targets[i]!)), ...eq.addends.filter((_, i) => pick(addends[i]!))];
}

export function evaluate(eq: Equation, report: ParsedReport, overrides: Overrides = NO_OVERRIDES): Evaluation {
  const targets = eq.targets.map((t) => cellAt(report, t));
  const addends = eq.addends.map((t) => cellAt(report, t));
  if (targets.every((c) => c === undefined)) return { status: 'absent' };
  const absent = (c: Cell | undefined): boolean => c === undefined;
  if (targets.some(absent) || addends.some(absent)) return { status: 'missing', terms: termsWhere(eq, targets, addends, absent) };

  const valueOf = (cell: Cell): Value => {
    const o = overrides.size === 0 ? undefined : overrides.get(refKey(cell.at));
    if (o !== undefined) return o;
    if (cell.kind === 'number' && cell.value !== null) return cell.value;
    return cell.kind === 'text' ? 'text' : 'empty';
  };
  // Every cell is present past the check above.
  const tv = (targets as Cell[]).map(valueOf);
  const av = (addends as Cell[]).map(valueOf);
  const text = (v: Value): boolean => v === 'text';
  if (tv.some(text) || av.some(text)) return { status: 'unreadable', terms: termsWhere(eq, tv, av, text) };

  const total = (vs: Value[]): number => tidy(vs.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0));
  const targetEmpty = tv.every((v) => v === 'empty');
  const addendsEmpty = av.every((v) => v === 'empty');
  const expected = total(av);
  const actual = total(tv);
  if (targetEmpty && addendsEmpty) return { status: 'empty' };
  // A blank total over zero parts says nothing beyond the blank itself, which CELL-BLANK reports.
  if (targetEmpty) return same(expected, 0) ? { status: 'pass' } : { status: 'blank-target', expected };
  // A total over parts nobody filled in is unchecked, not wrong: 0 here would be a false error.
  if (addendsEmpty) return same(actual, 0) ? { status: 'pass' } : { status: 'unfilled-parts', actual };
  return same(expected, actual) ? { status: 'pass' } : { status: 'fail', expected, actual };
}

/** The finding an evaluation calls for, or null when there is nothing to say. */
export function sumFinding(eq: Equation, ev: Evaluation, report: ParsedReport): FindingDraft | null {
  if (ev.status === 'pass' || ev.status === 'empty' || ev.status === 'absent') return null;
  const refs = (terms: Term[]) => terms.flatMap((t) => cellAt(report, t)?.at ?? []);
  const base = { rule: eq.rule, severity: 'error' as const, cells: refs(eq.targets), related: refs(eq.addends) };
  const s = eq.subject;
  const b = eq.basis;
  switch (ev.status) {
    case 'fail':
      return {
        ...base,
        outcome: 'fail',
        expected: ev.expected,
        actual: ev.actual,
        message: {
          zh: `${s.zh}应为 ${ev.expected}（${b.zh}），实为 ${ev.actual}`,
          en: `${s.en} should be ${ev.expected} (${b.en}), found ${ev.actual}`,
        },
      };
    case 'blank-target':
      return {
        ...base,
        outcome: 'review',
        expected: ev.expected,
        message: {
          zh: `${s.zh}未填写，按${b.zh}应为 ${ev.expected}，需人工核对`,
          en: `${s.en} is blank; ${b.en} gives ${ev.expected}: needs review`,
        },
      };
    case 'unfilled-parts':
      return {
        ...base,
        outcome: 'review',
        actual: ev.actual,
        message: {
          zh: `${s.zh}为 ${ev.actual}，但其组成项均未填写，无法按${b.zh}核对，需人工核对`,
          en: `${s.en} is ${ev.actual} but none of its parts is filled in, so ${b.en} cannot be checked: needs review`,
        },
      };
    case 'unreadable': {
      const names = listNames(ev.terms.map((t) => quoteRaw(t, report)));
      return {
        ...base,
        outcome: 'review',
        message: {
          zh: `${s.zh}无法按${b.zh}核对：${names.zh}不是可读的数字，需人工核对`,
          en: `${s.en} cannot be checked against ${b.en}: ${names.en} is not a readable number; needs review`,
        },
      };
    }
    case 'missing': {
      const names = listNames(ev.terms.map((t) => cellName(t, report.format, true)));
      return {
        ...base,
        outcome: 'review',
        message: {
          zh: `${s.zh}无法按${b.zh}核对：未找到${names.zh}`,
          en: `${s.en} cannot be checked against ${b.en}: ${names.en} not found`,
        },
      };
    }
  }
}

function quoteRaw(t: Term, report: ParsedReport): Bilingual {
  const name = cellName(t, report.format, true);
  const raw = cellAt(report, t)?.raw ?? '';
  return { zh: `${name.zh}（${quoted(raw)}）`, en: `${name.en} ("${quoted(raw)}")` };
}

/** A rule made of equations: data, plus the one check every arithmetic rule shares. */
export function equationRule(
  meta: Pick<Rule, 'id' | 'title' | 'help' | 'formula' | 'appliesTo'>,
  equations: (report: ParsedReport) => Equation[],
): Rule & { equations: (report: ParsedReport) => Equation[] } {
  return {
    ...meta,
    severity: 'error',
    equations,
    check: (report) =>
      equations(report).flatMap((eq) => sumFinding(eq, evaluate(eq, report), report) ?? []),
  };
}
