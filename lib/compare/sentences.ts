import { SECTION_TITLES } from '../model';
import { toSimplified } from '../parse/hant';

/** A sentence ends at 。！？； (full- or half-width) or at the end of its line. */
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]*/g;
/** List numbering a copied paragraph may have been given anew: 「1.」「（二）」「三、」. */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])\s*/;
/** A copied sentence whose years were moved on is still the same sentence. */
const YEAR = /(?:19|20)\d{2}/g;

/** The narrative's sentences in reading order, each as written (trimmed). */
export function sentencesOf(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.replace(/[。！？；!?;]/g, '') !== '');
}

/**
 * What makes two sentences "the same" for TEXT-REUSE and the comparison view: the text as written,
 * but for width (NFKC), traditional characters, whitespace, list numbering and years.
 */
export function sentenceKey(sentence: string): string {
  return toSimplified(sentence.normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(NUMBERING, '')
    .replace(YEAR, '####');
}

/**
 * The template's fixed sentences: what every report says every year, so repeating them is not
 * copying. The statistics period, the legal basis the report is made under, the contact lines,
 * the six section headings. Read on the sentence key (whitespace out, years masked).
 */
export const FIXED_SENTENCES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'period', pattern: /1月1日.{0,20}12月31日|统计期限|统计时限|数据.{0,8}(?:时限|期限|截止)/ },
  {
    name: 'legalBasis',
    pattern:
      /(?:根据|依据|按照|依照).{0,80}条例.{0,80}(?:年度报告|本报告|编制|公布|发布)|^(?:本|现)(?:年度)?报告.{0,60}(?:编制|公布|发布)|全文包括|电子版|如对本(?:年度)?报告|有任何疑问/,
  },
  { name: 'contact', pattern: /电话|地址|邮编|邮政编码|传真|电子邮箱|联系人|联系方式|网址|https?:|www\./i },
  { name: 'heading', pattern: new RegExp(`^(?:${SECTION_TITLES.join('|')})[。：:]?$`) },
];

export const isFixedSentence = (key: string): boolean => FIXED_SENTENCES.some((f) => f.pattern.test(key));

/** Characters a sentence weighs in a share: its key without punctuation, so long sentences count for more. */
export const weight = (key: string): number => key.replace(/[\p{P}\p{S}]/gu, '').length;
