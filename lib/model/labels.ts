import {
  T2_COLUMN_LABELS,
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMN_LABELS,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUP_LABELS,
  T4_LEAF_LABELS,
  type TableKey,
} from './keys';
import type { Bilingual } from './cell';
import type { Format } from './report';

type Labels = Record<string, string>;
type Template = '2019' | '2021';
const entries = (rows: readonly (readonly [string, string, ...unknown[]])[]): Labels =>
  Object.fromEntries(rows.map(([k, label]) => [k, label]));

// The two formats name some rows and columns differently (规范性文件 / 行政规范性文件,
// 处理决定数量 / 本年处理决定数量): a 2019 report is labelled as the 2019 template does.
const ZH_ROWS: Record<Template, Record<TableKey, Labels>> = {
  '2019': { activeDisclosure: entries(T2_ROWS_2019), applications: entries(T3_ROWS_2019), reviewLitigation: T4_GROUP_LABELS },
  '2021': { activeDisclosure: entries(T2_ROWS_2021), applications: entries(T3_ROWS_2021), reviewLitigation: T4_GROUP_LABELS },
};
const ZH_COLUMNS: Record<Template, Record<TableKey, Labels>> = {
  '2019': {
    activeDisclosure: { ...T2_COLUMN_LABELS, decisions: '处理决定数量' },
    applications: T3_COLUMN_LABELS,
    reviewLitigation: T4_LEAF_LABELS,
  },
  '2021': { activeDisclosure: T2_COLUMN_LABELS, applications: T3_COLUMN_LABELS, reviewLitigation: T4_LEAF_LABELS },
};

const EN_ROWS: Record<TableKey, Record<string, string>> = {
  activeDisclosure: {
    regulations: 'Regulations',
    normativeDocuments: 'Normative documents',
    licensing: 'Administrative licensing',
    otherServices: 'Other external services',
    penalty: 'Administrative penalties',
    coercion: 'Administrative coercion',
    fees: 'Administrative fees',
    procurement: 'Government procurement',
  },
  applications: {
    newReceived: 'I. New applications this year',
    carriedOver: 'II. Carried over from last year',
    granted: '(1) Disclosed',
    partlyGranted: '(2) Partly disclosed',
    'denied.stateSecret': '(3) Not disclosed: 1. state secret',
    'denied.lawForbidden': '(3) Not disclosed: 2. other laws forbid',
    'denied.threeSecurity': '(3) Not disclosed: 3. security and stability',
    'denied.thirdParty': '(3) Not disclosed: 4. third-party rights',
    'denied.internalAffairs': '(3) Not disclosed: 5. internal affairs',
    'denied.processInfo': '(3) Not disclosed: 6. process information',
    'denied.enforcementFile': '(3) Not disclosed: 7. enforcement files',
    'denied.queryMatter': '(3) Not disclosed: 8. query matters',
    'unavailable.notHeld': '(4) Cannot provide: 1. not held',
    'unavailable.needsCreation': '(4) Cannot provide: 2. would need creating',
    'unavailable.unclear': '(4) Cannot provide: 3. still unclear',
    'notProcessed.complaint': '(5) Not processed: 1. complaints',
    'notProcessed.duplicate': '(5) Not processed: 2. duplicates',
    'notProcessed.publication': '(5) Not processed: 3. publications',
    'notProcessed.massRepeat': '(5) Not processed: 4. mass repeats',
    'notProcessed.confirmation': '(5) Not processed: 5. confirmations',
    other: '(6) Other handling',
    'other.noCorrection': '(6) Other handling: 1. no correction',
    'other.feeUnpaid': '(6) Other handling: 2. fee unpaid',
    'other.misc': '(6) Other handling: 3. other',
    totalProcessed: '(7) Total',
    carriedForward: 'IV. Carried forward to next year',
  },
  reviewLitigation: {
    review: 'Administrative review',
    litigationDirect: 'Litigation without prior review',
    litigationAfterReview: 'Litigation after review',
  },
};
const EN_COLUMNS: Record<TableKey, Record<string, string>> = {
  activeDisclosure: {
    made: 'made this year',
    repealed: 'repealed this year',
    inForce: 'in force',
    decisions: 'decisions this year',
    amountWan: 'fees (10,000 yuan)',
    newlyMade: 'newly made',
    newlyPublished: 'newly published',
    totalPublished: 'total published',
    previousItems: 'items last year',
    change: 'change this year',
    projects: 'projects',
    amount: 'amount',
  },
  applications: {
    naturalPerson: 'natural persons',
    commercial: 'businesses',
    research: 'research institutions',
    nonprofit: 'public-interest organisations',
    legalService: 'legal services',
    otherOrg: 'other organisations',
    total: 'total',
    legalSubtotal: 'legal persons subtotal',
  },
  reviewLitigation: { upheld: 'upheld', corrected: 'corrected', other: 'other result', pending: 'pending', total: 'total' },
};

/** Keys come from pages: `__proto__` or `toString` must find nothing, not Object.prototype. */
const own = (labels: Labels, key: string): string | undefined => (Object.hasOwn(labels, key) ? labels[key] : undefined);

const ONLY_2019: readonly Template[] = ['2019'];
const ONLY_2021: readonly Template[] = ['2021'];
const EITHER: readonly Template[] = ['2021', '2019'];

/** The templates to name a report's cells by, likeliest first: 2021 for a mixed or unknown report. */
export const templatesOf = (format: Format | undefined): readonly Template[] =>
  format === '2019' ? ONLY_2019 : format === '2021' ? ONLY_2021 : EITHER;

/** Every official zh label a key carries, as a row or a column, in one template. */
export function templateLabels(table: TableKey, key: string, template: Template): string[] {
  return [own(ZH_ROWS[template][table], key), own(ZH_COLUMNS[template][table], key)].filter((l): l is string => l !== undefined);
}

/** The label in the report's templates, likeliest first, else in the 2019 template. */
function lookup(maps: Record<Template, Record<TableKey, Labels>>, table: TableKey, key: string, format?: Format): string | undefined {
  for (const t of templatesOf(format)) {
    const label = own(maps[t][table], key);
    if (label !== undefined) return label;
  }
  return own(maps['2019'][table], key);
}

/** A row's official name in the report's format, zh and en; the key itself for one the catalogue does not name. */
export function rowName(table: TableKey, key: string, format?: Format): Bilingual {
  return { zh: lookup(ZH_ROWS, table, key, format) ?? key, en: own(EN_ROWS[table], key) ?? key };
}

export function columnName(table: TableKey, key: string, format?: Format): Bilingual {
  return { zh: lookup(ZH_COLUMNS, table, key, format) ?? key, en: own(EN_COLUMNS[table], key) ?? key };
}

export const rowLabel = (table: TableKey, key: string, format?: Format): string => rowName(table, key, format).zh;
export const columnLabel = (table: TableKey, key: string, format?: Format): string => columnName(table, key, format).zh;
