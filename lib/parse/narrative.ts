import { looksLikeReportTitle } from '../detect';
import type { Grid } from '../grid';
import { BLOCK } from '../grid/html';
import { normaliseInline } from '../grid/normalize';
import { organLine } from './meta';
import { findSections } from './sections';

const ELEMENT = 1;
const TEXT = 3;
// Never prose a reader sees as the article.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'IFRAME',
  'SVG', 'NAV', 'HEAD', 'OBJECT', 'EMBED', 'CANVAS', 'FOOTER', 'TITLE', 'META', 'LINK',
]);
// Where a page's article ends and its furniture begins.
const PAGE_FURNITURE = /版权所有|网站标识码|ICP备|主办单位|承办单位|技术支持|网站地图|关闭窗口|打印本页|【打印】|上一篇|下一篇|相关链接|相关文章|分享到|Copyright|©/i;
const MAX_CHARS = 200_000;
const MAX_NARRATIVE = 50_000;

/**
 * The page's text blocks in reading order, one walk of the body. Data tables are left out (their
 * contents are the tables); a layout table (one holding other tables, or one column wide) is read through.
 */
export function textBlocks(doc: Document, tables: readonly Element[], grids: readonly Grid[]): string[] {
  const layout = new Set(tables.filter((t, i) => isLayoutTable(t, tables[i + 1], grids[i]!)));
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const parts: string[] = [];
  let size = 0;
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && size < MAX_CHARS) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT) {
      const data = (item as CharacterData).data;
      parts.push(data);
      size += data.length;
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || (tag === 'TABLE' && !layout.has(el))) continue;
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCK.has(tag) || tag === 'TABLE';
    if (block) stack.push('\n');
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    if (block) parts.push('\n');
  }
  return parts
    .join('')
    .split('\n')
    .map(normaliseInline)
    .filter((l) => l !== '');
}

/** A table holding other tables (the next table in document order is inside it, if any is), or one column wide. */
function isLayoutTable(table: Element, next: Element | undefined, grid: Grid): boolean {
  return (next !== undefined && table.contains(next)) || grid.rows.every((r) => r.length <= 1);
}

/**
 * The article out of the page's blocks: from the report's title (the last title-like line before
 * the first section heading) to the first line of page furniture (copyright, print, next article).
 */
export function articleLines(blocks: readonly string[]): string[] {
  const first = findSections(blocks)[0]?.index ?? blocks.length;
  let start = 0;
  for (let i = Math.min(first, blocks.length) - 1; i >= 0; i--) {
    if (blocks[i]!.length <= 80 && looksLikeReportTitle(blocks[i]!)) {
      // A body named on the line above belongs to the title (「余姚市陆埠镇人民政府」「2020年…年度报告」).
      start = i > 0 && organLine(blocks[i - 1]!) ? i - 1 : i;
      break;
    }
  }
  let end = blocks.length;
  for (let i = Math.max(start, first); i < blocks.length; i++) {
    if (blocks[i]!.length <= 80 && PAGE_FURNITURE.test(blocks[i]!)) {
      end = i;
      break;
    }
  }
  const lines: string[] = [];
  let size = 0;
  for (const line of blocks.slice(start, end)) {
    if (size + line.length > MAX_NARRATIVE) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines;
}
