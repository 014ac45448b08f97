import type { PageContent, TextRun } from '../pdf/types';
import { bounds, center } from './pdf-geometry';

/**
 * The text outside tables as paragraphs: runs into lines by their baseline, lines into
 * paragraphs where a line runs on from the one above (no indent, the line above reaching the
 * right edge of the text). A heading is short, so it stays a line of its own.
 */
export function paragraphs(pages: { page: PageContent; runs: TextRun[] }[]): string[] {
  const out: string[] = [];
  for (const { runs } of pages) {
    const lines = textLines(runs);
    if (lines.length === 0) continue;
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
    let current = '';
    let prev: (typeof lines)[number] | null = null;
    for (const line of lines) {
      const size = line.size;
      const runsOn =
        prev !== null &&
        line.x0 <= left + size * 0.8 &&
        prev.x1 >= right - size * 2 &&
        line.y0 - prev.y1 < size * 1.2 &&
        !/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/.test(line.text);
      if (runsOn) current += line.text;
      else {
        if (current) out.push(current);
        current = line.text;
      }
      prev = line;
    }
    if (current) out.push(current);
  }
  return out.map((l) => l.trim()).filter((l) => l !== '');
}

function textLines(runs: readonly TextRun[]): (ReturnType<typeof bounds> & { text: string; size: number })[] {
  const lines: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const line = lines.find((l) => Math.abs(center(l[0]!)[1] - center(run)[1]) < Math.min(l[0]!.size, run.size) * 0.5);
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((l) => {
      l.sort((a, b) => a.x0 - b.x0);
      let text = '';
      l.forEach((r, i) => {
        const gap = i > 0 ? r.x0 - l[i - 1]!.x1 : 0;
        text += (gap > r.size * 0.6 ? ' ' : '') + r.text;
      });
      return { ...bounds(l), text, size: Math.max(...l.map((r) => r.size)) };
    })
    .sort((a, b) => a.y0 - b.y0);
}
