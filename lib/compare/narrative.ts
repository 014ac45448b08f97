import { diffArrays, diffChars } from 'diff';
import type { SectionText } from '../model';
import { isFixedSentence, sentenceKey, sentencesOf, weight } from './sentences';

/** One sentence of one year, marked as the comparison view shows it. */
export interface MarkedSentence {
  text: string;
  /** Said (the same, years aside) anywhere in the other year's narrative. */
  repeated: boolean;
  /** One of the template's fixed sentences (period, legal basis, contact, heading): never counted. */
  fixed: boolean;
}

/** A piece of a changed sentence: kept, or only in last year's / this year's wording. */
export interface Part {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

/**
 * One line of the side-by-side view, aligned by a sentence diff (the `diff` package): a sentence
 * kept, one changed (last year's and this year's, with the changed characters), one only last
 * year or only this year.
 */
export type AlignedRow =
  | { kind: 'same'; previous: string; current: string }
  | { kind: 'changed'; previous: string; current: string; parts: Part[] }
  | { kind: 'removed'; previous: string }
  | { kind: 'added'; current: string };

export interface SectionComparison {
  /** The template section (1-6) both headings are; null for the text before the first heading or a heading outside the template. */
  template: number | null;
  title: { current: string | null; previous: string | null };
  current: MarkedSentence[];
  previous: MarkedSentence[];
  rows: AlignedRow[];
  /** Characters of this year's sentences that count (the fixed ones left out). */
  counted: number;
  /** Of those, the characters in sentences repeated from last year. */
  repeated: number;
  /** repeated / counted; null when nothing counts. */
  share: number | null;
}

interface Sentence {
  text: string;
  key: string;
}

const sentences = (text: string): Sentence[] => sentencesOf(text).map((t) => ({ text: t, key: sentenceKey(t) }));

/** Sections of the two years that correspond: the same template section, else the same heading; the opening text with the opening text. */
function pairSections(current: readonly SectionText[], previous: readonly SectionText[]) {
  const sameSection = (a: SectionText, b: SectionText): boolean =>
    a.number === 0 || b.number === 0
      ? a.number === b.number
      : a.template !== null
        ? a.template === b.template
        : b.template === null && sentenceKey(a.title) === sentenceKey(b.title);
  const used = new Set<SectionText>();
  const pairs = current.map((c) => {
    const p = previous.find((s) => !used.has(s) && sameSection(c, s)) ?? null;
    if (p) used.add(p);
    return { current: c as SectionText | null, previous: p };
  });
  // Last year's sections with no counterpart this year are shown too, after the rest.
  return [...pairs, ...previous.filter((p) => !used.has(p)).map((p) => ({ current: null, previous: p }))];
}

/** Kept sentences, then each run of removed and added sentences paired up as changed ones. */
function align(prev: Sentence[], cur: Sentence[]): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  const flush = (added: string[]) => {
    const n = Math.min(removed.length, added.length);
    for (let k = 0; k < n; k++) rows.push(changed(removed[k]!, added[k]!));
    for (const p of removed.slice(n)) rows.push({ kind: 'removed', previous: p });
    for (const c of added.slice(n)) rows.push({ kind: 'added', current: c });
    removed = [];
  };
  for (const change of diffArrays(prev.map((s) => s.key), cur.map((s) => s.key))) {
    if (change.removed) {
      removed.push(...prev.slice(i, i + change.count).map((s) => s.text));
      i += change.count;
    } else if (change.added) {
      flush(cur.slice(j, j + change.count).map((s) => s.text));
      j += change.count;
    } else {
      flush([]);
      for (let k = 0; k < change.count; k++) rows.push({ kind: 'same', previous: prev[i + k]!.text, current: cur[j + k]!.text });
      i += change.count;
      j += change.count;
    }
  }
  flush([]);
  return rows;
}

function changed(previous: string, current: string): AlignedRow {
  const parts = diffChars(previous, current).map(
    (c): Part => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }),
  );
  return { kind: 'changed', previous, current, parts };
}

const marked = (list: Sentence[], other: ReadonlySet<string>): MarkedSentence[] =>
  list.map((s) => ({ text: s.text, repeated: other.has(s.key), fixed: isFixedSentence(s.key) }));

/**
 * This year's narrative against last year's, section by section. A sentence counts as repeated
 * when last year's report says it anywhere (a paragraph moved between sections is still copied);
 * the share is by characters, so a repeated heading-like line weighs little and a paragraph much.
 */
export function compareNarratives(current: readonly SectionText[], previous: readonly SectionText[]): SectionComparison[] {
  const keysOf = (sections: readonly SectionText[]) =>
    new Set(sections.flatMap((s) => sentences(s.text).map((x) => x.key)));
  const prevKeys = keysOf(previous);
  const curKeys = keysOf(current);
  return pairSections(current, previous).map(({ current: c, previous: p }) => {
    const cur = c ? sentences(c.text) : [];
    const prev = p ? sentences(p.text) : [];
    const mine = marked(cur, prevKeys);
    let counted = 0;
    let repeated = 0;
    mine.forEach((m, k) => {
      if (m.fixed) return;
      const w = weight(cur[k]!.key);
      counted += w;
      if (m.repeated) repeated += w;
    });
    return {
      template: (c ?? p)!.template,
      title: { current: c ? c.title : null, previous: p ? p.title : null },
      current: mine,
      previous: marked(prev, curKeys),
      rows: align(prev, cur),
      counted,
      repeated,
      share: counted === 0 ? null : repeated / counted,
    };
  });
}
