// Pages the Node bench reads, beside the real corpus page (111 KB).

const CELL_STYLE = [
  'width:63.8pt', 'border:solid windowtext 1.0pt', 'border-top:none', 'mso-border-top-alt:solid windowtext .5pt',
  'mso-border-alt:solid windowtext .5pt', 'background:white', 'mso-background-themecolor:background1',
  'padding:0cm 5.4pt 0cm 5.4pt', 'height:20.1pt',
].join(';');
const RUN = `<p class=MsoNormal align=center style='text-align:center;line-height:15.0pt;mso-line-height-rule:exactly;mso-pagination:widow-orphan'><span lang=EN-US style='font-size:10.5pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman";mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>`;

/**
 * A Word export of `bytes` bytes, as the 355 KB page: the corpus page's cells written the
 * way Word writes them (a styled paragraph and run in every cell, long inline styles), its
 * paragraphs repeated to the size. Same tables, same values: only the markup around them grows.
 */
export function wordExport(corpus: string, bytes: number): string {
  let html = corpus.replace(/(<td)([^>]*>)([\s\S]*?)(<\/td>)/g, (_m, open: string, rest: string, text: string, close: string) => `${open} style='${CELL_STYLE}'${rest}${RUN}${text}<o:p></o:p></span></p>${close}`);
  // Body paragraphs only (headings are set in 黑体/楷体): the report keeps its six sections.
  const paragraphs = (corpus.match(/<p style="text-indent[^]*?<\/p>/g) ?? []).filter((p) => !/方正(黑|楷)体/.test(p));
  const extra: string[] = [];
  let size = Buffer.byteLength(html);
  for (let i = 0; size < bytes && paragraphs.length > 0; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    extra.push(p);
    size += Buffer.byteLength(p);
  }
  // After the tables, inside the article: more text a reader reads, no more tables.
  html = html.replace('</ucapcontent>', `${extra.join('\n')}</ucapcontent>`);
  return html;
}

/**
 * A province's batch of two years: the corpus report under `bodies` counties' names (甲乙丙县发展和改革局 …),
 * each county's 2022 and 2023 reports side by side. Every 2023 report has its predecessor among them,
 * so the cross-year pass runs as in a researcher's batch; and every county's bureau shares one name's core.
 */
export function provinceBatch(corpus: string, bodies: number): string[] {
  const digits = '甲乙丙丁戊己庚辛壬癸';
  return Array.from({ length: bodies }, (_, i) => {
    const county = `${[100, 10, 1].map((d) => digits[Math.floor(i / d) % 10]).join('')}县`;
    const page = corpus.replaceAll('沭阳县', county);
    return [page.replaceAll('2023', '2022'), page];
  }).flat();
}
