/** Text normalisation shared by the HTML and text grids, the narrative and the label matchers. */

// Chinese characters, kana, CJK and full-width punctuation, and the curly quotes/dashes Chinese text uses.
const CJK = '\\u2E80-\\u303F\\u3040-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u2018-\\u201F\\u2014\\u2026';
const SPACE_NEXT_TO_CJK = new RegExp(` (?=[${CJK}])|(?<=[${CJK}]) `, 'g');
// Invisible characters Word and CMS editors leave behind; JS `\s` does not cover them.
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD\u180E]/g;

/**
 * One line of prose or a label as a reader sees it: every kind of space (`&nbsp;`, ideographic,
 * line breaks) becomes one space, and spaces next to Chinese characters go, because editors
 * justify labels with them (「规    章」, 「统　计　指　标」) and break lines inside words.
 */
export function normaliseInline(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().replace(SPACE_NEXT_TO_CJK, '');
}

/**
 * A table cell's text. On top of `normaliseInline`, digits separated only by spaces are joined:
 * Word splits one number over several runs (「2」「0」) and source line breaks fall between them.
 */
export function normaliseCellText(text: string): string {
  return normaliseInline(text).replace(/(?<=\d) (?=\d)/g, '');
}
