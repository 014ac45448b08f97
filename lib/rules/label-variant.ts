import { T3_LEGAL_SUBTOTAL, T3_ROWS_2019, T3_ROWS_2021, type Bilingual, type FoundLabel, type Format, type ParsedReport } from '../model';
import { officialLabels, quoted } from './labels';
import type { FindingDraft, Rule } from './rule';

// Typography is not a variant: spaces, line breaks, and half- vs full-width brackets and quotes.
const normalise = (s: string): string =>
  s
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/["“”「」]/g, '"')
    .replace(/[．。]/g, '.')
    .replace(/：/g, ':');

/** 'denied' → '（三）不予公开': the heading a sub-row's label may carry in front of it. */
const GROUP_HEADINGS = new Map(
  [...T3_ROWS_2019, ...T3_ROWS_2021]
    .filter(([key, label]) => key.includes('.') && label.includes(' '))
    .map(([key, label]) => [key.split('.')[0]!, label.split(' ')[0]!]),
);

/** The forms a label may legitimately take in a grid: whole, split at, or joined to its group heading. */
function acceptedForms(label: FoundLabel, official: string): string[] {
  const heading = label.table === 'applications' ? GROUP_HEADINGS.get(label.key.split('.')[0]!) : undefined;
  const forms = [official, ...official.split(/[ ·]/), ...(heading ? [heading + official] : [])];
  if (label.key === 'amount') forms.push(`${official}（元）`, `${official}（万元）`, `${official}（单位：元）`, `${official}（单位：万元）`);
  return forms.map(normalise);
}

// Every normalised form a key's official labels accept, by table, key and format: made once, as
// every report asks for the same few.
const ACCEPTED = new Map<string, ReadonlySet<string>>();

function accepted(label: FoundLabel, format: Format): ReadonlySet<string> {
  const id = `${label.table}\n${label.key}\n${format}`;
  let forms = ACCEPTED.get(id);
  if (!forms) {
    forms = new Set(officialLabels(label.table, label.key, format).flatMap((o) => acceptedForms(label, o)));
    ACCEPTED.set(id, forms);
  }
  return forms;
}

function variantOf(r: ParsedReport, label: FoundLabel): FindingDraft | null {
  // The template has no 法人 subtotal: whatever a report calls the column it added is its own wording.
  if (label.key === T3_LEGAL_SUBTOTAL) return null;
  const raw = normalise(label.raw);
  if (accepted(label, r.format).has(raw)) return null;
  // A key no template names has no official wording to differ from.
  const officials = officialLabels(label.table, label.key, r.format);
  if (officials.length === 0) return null;
  const official = officials[0]!;
  const other = r.format === '2021' ? '2019' : r.format === '2019' ? '2021' : null;
  const legacy = other !== null && officialLabels(label.table, label.key, other).some((o) => normalise(o) === raw);
  const why: Bilingual = legacy
    ? { zh: `，为 ${other} 版模板的表述`, en: `, the wording of the ${other} template` }
    : { zh: '', en: '' };
  return {
    rule: 'LABEL-VARIANT',
    severity: 'info',
    outcome: 'fail',
    expected: official,
    actual: label.raw,
    cells: [label.at],
    related: [],
    message: {
      zh: `标签「${quoted(label.raw)}」与官方表述「${official}」不同${why.zh}`,
      en: `Label "${quoted(label.raw)}" differs from the official wording "${official}"${why.en}`,
    },
  };
}

export const labelVariant: Rule = {
  id: 'LABEL-VARIANT',
  severity: 'info',
  title: { zh: '标签与官方表述不同', en: 'Label differs from the template' },
  help: {
    zh: '表格的行、列标签应与该版模板一致（忽略空格、换行和全半角括号、引号）。旧版表述（如 2021 版表中的「规范性文件」）、错别字（如「行政事业型收费」）、标签内的注释、「上年转结」之类的改写均提示。',
    en: 'Row and column labels should match the template of the report\'s format, ignoring spaces, line breaks and half/full-width brackets and quotes. Old wording (规范性文件 in a 2021 table), typos (行政事业型收费), notes inside labels and rewordings such as 上年转结 are reported.',
  },
  appliesTo: (r) => r.labels.length > 0,
  check: (r) => r.labels.flatMap((l) => variantOf(r, l) ?? []),
};
