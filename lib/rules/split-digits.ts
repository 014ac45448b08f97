import type { Bilingual, ParsedReport } from '../model';
import { cellAt, cellsOf, compareRefs, refKey, type LocatedCell } from './cells';
import { cellName } from './labels';
import type { FindingDraft, Rule } from './rule';
import { evaluate, type Equation } from './sum';
import { t3Balance, t3LegalSub, t3ResultSum, t3RowSum } from './table3';
import { t4Sum } from './table4';

const EQUATION_RULES = [t3RowSum, t3ResultSum, t3Balance, t3LegalSub, t4Sum];

type Pair = [LocatedCell, LocatedCell];

const isDigit = (c: LocatedCell): boolean =>
  c.cell.kind === 'number' && c.cell.value !== null && Number.isInteger(c.cell.value) && c.cell.value >= 0 && c.cell.value <= 9;

const groupBy = (cells: LocatedCell[], key: (c: LocatedCell) => string): LocatedCell[][] => {
  const groups = new Map<string, LocatedCell[]>();
  for (const c of cells) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return [...groups.values()];
};

/**
 * Neighbouring value cells, in reading order. Across: next in the same grid row, whatever label
 * cells or spacers sit between (a text row's cell index counts its label cells). Down: the same
 * column key in the next data row of the table, never within one grid row (table 4's groups).
 */
function adjacentPairs(r: ParsedReport): Pair[] {
  const cells = cellsOf(r);
  const across = groupBy(cells, (c) => `${c.cell.at.table}.${c.cell.at.row}`);
  const down = groupBy(cells, (c) => `${c.table}.${c.col}`);
  const pairs: Pair[] = [];
  for (const line of across) for (let i = 1; i < line.length; i++) pairs.push([line[i - 1]!, line[i]!]);
  for (const line of down) {
    for (let i = 1; i < line.length; i++) {
      if (line[i - 1]!.cell.at.row !== line[i]!.cell.at.row) pairs.push([line[i - 1]!, line[i]!]);
    }
  }
  return pairs.filter((p) => p.every(isDigit));
}

interface Tested {
  eq: Equation;
  fails: boolean;
  /** Positions of every cell the equation reads. */
  reads: Set<string>;
}

/**
 * What a misplaced digit looks like: "20" typed (or read) as "2" in one cell and "0" in the next.
 * A hypothesis puts the joined number in one cell and 0 in the other. It is worth naming only when
 * every sum that reads a changed cell then holds and at least one of them failed: a correction
 * that leaves its own row or column wrong explains nothing.
 */
function explain(pair: Pair, tested: Tested[], r: ParsedReport): { values: number[]; fixed: Equation[] } | null {
  const [a, b] = pair.map((c) => c.cell.value!) as [number, number];
  // A number does not start with 0: "0","5" is two values, not a split "05".
  if (a === 0) return null;
  let best: { values: number[]; fixed: Equation[] } | null = null;
  for (const into of [0, 1]) {
    const values = pair.map((_, i) => (i === into ? a * 10 + b : 0));
    const changed = pair.filter((c, i) => values[i] !== c.cell.value).map((c) => refKey(c.cell.at));
    const touched = tested.filter((t) => changed.some((key) => t.reads.has(key)));
    const overrides = new Map(pair.map((c, i) => [refKey(c.cell.at), values[i]!]));
    if (!touched.every((t) => evaluate(t.eq, r, overrides).status === 'pass')) continue;
    const fixed = touched.filter((t) => t.fails).map((t) => t.eq);
    if (fixed.length > (best?.fixed.length ?? 0)) best = { values, fixed };
  }
  return best;
}

function finding(pair: Pair, values: number[], fixed: Equation[], r: ParsedReport): FindingDraft {
  const [a, b] = pair.map((c) => c.cell.value!) as [number, number];
  const joined = a * 10 + b;
  const [na, nb] = pair.map((c) => cellName(c, r.format)) as [Bilingual, Bilingual];
  const into = values[0] === joined ? na : nb;
  const other = values[0] === joined ? nb : na;
  const rules = [...new Set(fixed.map((eq) => eq.rule))];
  const related = fixed
    .flatMap((eq) => eq.targets.flatMap((t) => cellAt(r, t)?.at ?? []))
    .filter((at, i, all) => all.findIndex((x) => refKey(x) === refKey(at)) === i)
    .sort(compareRefs);
  return {
    rule: 'SPLIT-DIGITS',
    severity: 'info',
    outcome: 'fail',
    expected: joined,
    actual: `${a}, ${b}`,
    cells: pair.map((c) => c.cell.at),
    related,
    message: {
      zh: `${na.zh}（${a}）与${nb.zh}（${b}）可能是 ${joined} 被拆进相邻两格：若${into.zh}为 ${joined}、${other.zh}为 0，${rules.join('、')} 即可成立`,
      en: `${na.en} (${a}) and ${nb.en} (${b}) may be ${joined} split across two cells: with ${into.en} = ${joined} and ${other.en} = 0, ${rules.join(', ')} would hold`,
    },
  };
}

function check(r: ParsedReport): FindingDraft[] {
  const equations = EQUATION_RULES.filter((rule) => rule.appliesTo(r)).flatMap((rule) => rule.equations(r));
  const fails = equations.map((eq) => evaluate(eq, r).status === 'fail');
  // Nearly every report: nothing fails, nothing to explain (a failing sum reads at least its target).
  if (!fails.includes(true)) return [];
  const tested: Tested[] = equations.map((eq, i) => ({
    eq,
    fails: fails[i]!,
    reads: new Set([...eq.targets, ...eq.addends].flatMap((t) => cellAt(r, t)?.at ?? []).map(refKey)),
  }));
  const failing = new Set(tested.filter((t) => t.fails).flatMap((t) => [...t.reads]));
  const seen = new Set<string>();
  // Across first: a number split by layout or typing usually runs on along its row.
  return adjacentPairs(r)
    .filter((pair) => pair.some((c) => failing.has(refKey(c.cell.at))))
    .flatMap((pair) => {
      const hit = explain(pair, tested, r);
      if (!hit) return [];
      // "2","0" → 20 changes only the 2: any 0 beside it tells the same story, so tell it once.
      const change = pair
        .flatMap((c, i) => (hit.values[i] === c.cell.value ? [] : [`${refKey(c.cell.at)}=${hit.values[i]}`]))
        .join(' ');
      if (seen.has(change)) return [];
      seen.add(change);
      return [finding(pair, hit.values, hit.fixed, r)];
    });
}

export const splitDigits: Rule = {
  id: 'SPLIT-DIGITS',
  severity: 'info',
  title: { zh: '数字疑被拆开', en: 'Digits split across cells' },
  help: {
    zh: '某项合计不符时，若把同一行或同一列相邻两个一位数拼成一个数（如 2 和 0 → 20，另一格为 0），能使涉及这两格的合计全部成立，则提示这两格可能是一个数被拆开（录入或排版错误）。只是线索，不改动任何数值。',
    en: 'When a sum fails and joining two adjacent single digits in a row or column (2 and 0 → 20, the other cell 0) would make every sum reading those cells hold, the two cells are named as a likely split number (a typing or layout slip). A lead only: no value is changed.',
  },
  appliesTo: (r) => EQUATION_RULES.some((rule) => rule.appliesTo(r)),
  check,
};
