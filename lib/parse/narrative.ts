import { looksLikeReportTitle } from '../detect';
import { organLine } from './meta';
import { firstHeading } from './sections';

// Where a page's article ends and its furniture begins.
const PAGE_FURNITURE = /版权所有|网站标识码|ICP备|主办单位|承办单位|技术支持|网站地图|关闭窗口|打印本页|【打印】|上一篇|下一篇|相关链接|相关文章|分享到|Copyright|©/i;
const MAX_NARRATIVE = 50_000;

/**
 * The article out of the page's blocks: from the report's title (the last title-like line before
 * the first section heading, `heading`: `firstHeading(blocks)`) to the first line of page
 * furniture (copyright, print, next article).
 */
export function articleLines(blocks: readonly string[], heading: number | undefined): string[] {
  const first = heading ?? blocks.length;
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
