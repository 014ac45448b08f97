import type { CellRef, ParsedReport } from '../model';
import { cellAt, cellsOf, compareRefs, refKey, type LocatedCell } from './cells';
import { cellName } from './labels';
import type { FindingDraft, Rule } from './rule';
import { evaluate, type Equation } from './sum';
import { t3Balance, t3LegalSub, t3ResultSum, t3RowSum } from './table3';
import { t4Sum } from './table4';

const EQUATION_RULES = [t3RowSum, t3ResultSum, t3Balance, t3LegalSub, t4Sum];

const isDigit = (c: LocatedCell): boolean =>
  c.cell.kind === 'number' && c.cell.value !== null && Number.isInteger(c.cell.value) && c.cell.value >= 0 && c.cell.value <= 9;

const neighbours = (at: CellRef): string[] =>
  [
    [0, 1],
    [0, -1],
    [1, 0],
    [-1, 0],
  ].map(([dr, dc]) => refKey({ table: at.table, row: at.row + dr!, col: at.col + dc! }));

interface Tested {
  eq: Equation;
  passes: boolean;
  fails: boolean;
}

/**
 * What a misplaced digit looks like: "20" typed (or read) as "2" in one cell and "0" in the next.
 * A hypothesis puts the joined number in one cell and 0 in the other; it is worth naming when it
 * makes a failing sum hold and breaks no sum that held.
 */
function explain(pair: [LocatedCell, LocatedCell], tested: Tested[], r: ParsedReport): { into: 0 | 1; fixed: Equation[] } | null {
  const [a, b] = pair.map((c) => c.cell.value!) as [number, number];
  // A number does not start with 0: "0","5" is two values, not a split "05".
  if (a === 0) return null;
  const joined = a * 10 + b;
  let best: { into: 0 | 1; fixed: Equation[] } | null = null;
  for (const into of [0, 1] as const) {
    const overrides = new Map(pair.map((c, i) => [refKey(c.cell.at), i === into ? joined : 0]));
    const after = tested.map((t) => ({ ...t, now: evaluate(t.eq, r, overrides).status === 'pass' }));
    if (after.some((t) => t.passes && !t.now)) continue;
    const fixed = after.filter((t) => t.fails && t.now).map((t) => t.eq);
    if (fixed.length > (best?.fixed.length ?? 0)) best = { into, fixed };
  }
  return best;
}

function check(r: ParsedReport): FindingDraft[] {
  const tested: Tested[] = EQUATION_RULES.filter((rule) => rule.appliesTo(r))
    .flatMap((rule) => rule.equations(r))
    .map((eq) => {
      const status = evaluate(eq, r).status;
      return { eq, passes: status === 'pass', fails: status === 'fail' };
    });
  const failing = tested.filter((t) => t.fails);
  if (failing.length === 0) return [];

  const byRef = new Map(cellsOf(r).map((c) => [refKey(c.cell.at), c]));
  const pairs = new Map<string, [LocatedCell, LocatedCell]>();
  for (const { eq } of failing) {
    for (const t of [...eq.targets, ...eq.addends]) {
      const here = byRef.get(refKey(cellAt(r, t)!.at));
      if (!here || !isDigit(here)) continue;
      for (const key of neighbours(here.cell.at)) {
        const there = byRef.get(key);
        if (!there || !isDigit(there)) continue;
        const pair = (compareRefs(here.cell.at, there.cell.at) < 0 ? [here, there] : [there, here]) as [LocatedCell, LocatedCell];
        pairs.set(pair.map((c) => refKey(c.cell.at)).join('+'), pair);
      }
    }
  }

  return [...pairs.values()].flatMap((pair) => {
    const hit = explain(pair, tested, r);
    if (!hit) return [];
    const [a, b] = pair.map((c) => c.cell.value!) as [number, number];
    const joined = a * 10 + b;
    const [na, nb] = pair.map((c) => cellName(c, r.format));
    const [into, other] = hit.into === 0 ? [na!, nb!] : [nb!, na!];
    const rules = [...new Set(hit.fixed.map((eq) => eq.rule))].join('、');
    const related = hit.fixed
      .flatMap((eq) => eq.targets.flatMap((t) => cellAt(r, t)?.at ?? []))
      .filter((at, i, all) => all.findIndex((x) => refKey(x) === refKey(at)) === i)
      .sort(compareRefs);
    const finding: FindingDraft = {
      rule: 'SPLIT-DIGITS',
      severity: 'info',
      outcome: 'fail',
      expected: joined,
      actual: `${a}, ${b}`,
      cells: pair.map((c) => c.cell.at),
      related,
      message: {
        zh: `${na!.zh}（${a}）与${nb!.zh}（${b}）可能是 ${joined} 被拆进相邻两格：若${into.zh}为 ${joined}、${other.zh}为 0，${rules} 即可成立`,
        en: `${na!.en} (${a}) and ${nb!.en} (${b}) may be ${joined} split across two cells: with ${into.en} = ${joined} and ${other.en} = 0, ${rules} would hold`,
      },
    };
    return [finding];
  });
}

export const splitDigits: Rule = {
  id: 'SPLIT-DIGITS',
  severity: 'info',
  title: { zh: '数字疑被拆开', en: 'Digits split across cells' },
  help: {
    zh: '某项合计不符时，若把同一行或同一列相邻两个一位数拼成一个数（如 2 和 0 → 20，另一格为 0）就能使其成立、且不破坏其他已成立的合计，则提示这两格可能是一个数被拆开（录入或排版错误）。只是线索，不改动任何数值。',
    en: 'When a sum fails and joining two adjacent single digits in a row or column (2 and 0 → 20, the other cell 0) would make it hold without breaking any sum that held, the two cells are named as a likely split number (a typing or layout slip). A lead only: no value is changed.',
  },
  appliesTo: (r) => EQUATION_RULES.some((rule) => rule.appliesTo(r)),
  check,
};
