import { describe, expect, it } from 'vitest';
import { gridsFromText } from '../../lib/grid';
import { parseText } from '../../lib/parse';
import { allCells, expectTables, reportOf, seedExpectation, seedNames, seedText } from './expected';

describe.each(seedNames())('parseText on seed %s', (name) => {
  const text = seedText(name);
  const expected = seedExpectation(name);
  const outcome = parseText(text);

  it('is a report with tables 2, 3 and 4 read as written', () => {
    expect(outcome.status).toBe('report');
    expectTables(reportOf(outcome), expected);
  });

  it('finds format, year, title, organ, dates, sections and section 六', () => {
    const r = reportOf(outcome);
    expect({
      format: r.format,
      year: r.year,
      title: r.title,
      organ: r.organ,
      publishedAt: r.publishedAt,
      period: r.period && { from: r.period.from, to: r.period.to },
      sections: r.sections.map((s) => s.number),
      otherMatters: r.otherMatters,
    }).toEqual({
      format: expected.format,
      year: expected.year,
      title: expected.title,
      organ: expected.organ,
      publishedAt: expected.publishedAt,
      period: expected.period,
      sections: expected.sections,
      otherMatters: expected.otherMatters,
    });
  });

  it('points every cell at its grid slot and its line in the file', () => {
    const grids = gridsFromText(text);
    const lines = text.split('\n');
    for (const cell of allCells(reportOf(outcome))) {
      const slot = grids[cell.at.table]?.rows[cell.at.row]?.[cell.at.col];
      expect(slot?.text).toBe(cell.raw);
      expect(lines[cell.at.line! - 1]!.replace(/\s/g, '')).toBe(`${cell.raw}`.replace(/\s/g, ''));
    }
  });

  it('keeps row labels as written', () => {
    const labels = reportOf(outcome).labels.filter((l) => l.table !== 'reviewLitigation');
    for (const [key, raw] of Object.entries(expected.labels)) {
      expect(labels.find((l) => l.key === key)?.raw).toBe(raw);
    }
    expect(new Set(labels.map((l) => l.key))).toEqual(
      new Set([...Object.keys(expected.applications), ...Object.keys(expected.activeDisclosure), ...columnKeys(expected)]),
    );
  });
});

const columnKeys = (e: ReturnType<typeof seedExpectation>): string[] => [
  ...Object.values(e.activeDisclosure).flatMap((cols) => Object.keys(cols)),
  'naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total',
];

describe('the seed with an arithmetic error', () => {
  it('reports （七）总计 as written, not as the sum of its parts', () => {
    const r = reportOf(parseText(seedText('003_cbab459871fbb742')));
    expect(r.tables.applications!.totalProcessed!.total!.value).toBe(4);
    expect(r.tables.applications!.granted!.total!.value).toBe(0);
    expect(r.tables.applications!.newReceived!.total!.value).toBe(0);
  });
});
