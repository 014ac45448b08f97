import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { ParseOutcome } from '../../lib/parse';
import { T3_COLUMNS, T4_LEAVES, type Cell, type ParsedReport, type Table } from '../../lib/model';
import { fixturesDir, seedsDir } from '../support/paths';

/** A seed's values as read by hand (test/fixtures/seeds/*.expected.json). */
export interface SeedExpectation {
  seed: string;
  title: string | null;
  organ: string | null;
  year: number | null;
  format: string;
  publishedAt: string | null;
  period: { from: string; to: string } | null;
  sections: number[];
  otherMatters: string;
  activeDisclosure: Record<string, Record<string, number | null | { value: number; unit: string }>>;
  applications: Record<string, (number | null)[]>;
  reviewLitigation: Record<string, (number | null)[]>;
  labels: Record<string, string>;
}

export const seedNames = (): string[] =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
export const seedText = (name: string): string => readFileSync(resolve(seedsDir, `${name}.txt`), 'utf8');
export const seedExpectation = (name: string): SeedExpectation =>
  JSON.parse(readFileSync(resolve(fixturesDir, 'seeds', `${name}.expected.json`), 'utf8')) as SeedExpectation;

export function reportOf(outcome: ParseOutcome): ParsedReport {
  if (outcome.status === 'not-a-report') throw new Error(`not a report: ${outcome.reason.en}`);
  return outcome.report;
}

/** A blank cell reads as null; anything else must be a number. */
const valueOf = (cell: Cell | undefined): number | null | undefined => {
  if (!cell) return undefined;
  if (cell.kind === 'blank') return null;
  expect(cell.kind, `${cell.raw} should be a number`).toBe('number');
  return cell.value;
};

const t2Shape = (table: Table | null) =>
  table &&
  Object.fromEntries(
    Object.entries(table).map(([row, cols]) => [
      row,
      Object.fromEntries(Object.entries(cols).map(([col, c]) => [col, c.unit ? { value: c.value, unit: c.unit } : valueOf(c)])),
    ]),
  );
const t3Shape = (table: Table | null) =>
  table && Object.fromEntries(Object.entries(table).map(([row, cols]) => [row, T3_COLUMNS.map((c) => valueOf(cols[c]))]));
const t4Shape = (table: Table | null) =>
  table && Object.fromEntries(Object.entries(table).map(([group, cols]) => [group, T4_LEAVES.map((l) => valueOf(cols[l]))]));

/** The tables as the expectation files write them. */
export const tablesShape = (r: ParsedReport) => ({
  activeDisclosure: t2Shape(r.tables.activeDisclosure),
  applications: t3Shape(r.tables.applications),
  reviewLitigation: t4Shape(r.tables.reviewLitigation),
});

export function expectTables(r: ParsedReport, e: SeedExpectation): void {
  const got = tablesShape(r);
  expect(got.applications).toEqual(e.applications);
  expect(got.reviewLitigation).toEqual(e.reviewLitigation);
  expect(got.activeDisclosure).toEqual(e.activeDisclosure);
}

/** Every cell of every table, with where it sits. */
export const allCells = (r: ParsedReport): Cell[] =>
  Object.values(r.tables).flatMap((t) => (t ? Object.values(t).flatMap((cols) => Object.values(cols)) : []));
