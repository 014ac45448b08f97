import {
  T2_COLUMN_LABELS,
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMN_LABELS,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUP_LABELS,
  T4_LEAF_LABELS,
  TABLE_LABELS,
  type Bilingual,
  type Format,
  type TableKey,
} from '../model';

/** A cell by its canonical keys, the way rules name their inputs. */
export interface Term {
  table: TableKey;
  row: string;
  col: string;
}

// The 2019 template labels a few things differently from the 2021 one that keys.ts records.
const T2_COLUMN_LABELS_2019: Record<string, string> = { ...T2_COLUMN_LABELS, decisions: '处理决定数量' };

const ZH_ROWS: Record<'2019' | '2021', Record<TableKey, Record<string, string>>> = {
  '2019': {
    activeDisclosure: Object.fromEntries(T2_ROWS_2019.map(([k, l]) => [k, l])),
    applications: Object.fromEntries(T3_ROWS_2019),
    reviewLitigation: T4_GROUP_LABELS,
  },
  '2021': {
    activeDisclosure: Object.fromEntries(T2_ROWS_2021.map(([k, l]) => [k, l])),
    applications: Object.fromEntries(T3_ROWS_2021),
    reviewLitigation: T4_GROUP_LABELS,
  },
};
const ZH_COLUMNS: Record<'2019' | '2021', Record<TableKey, Record<string, string>>> = {
  '2019': { activeDisclosure: T2_COLUMN_LABELS_2019, applications: T3_COLUMN_LABELS, reviewLitigation: T4_LEAF_LABELS },
  '2021': { activeDisclosure: T2_COLUMN_LABELS, applications: T3_COLUMN_LABELS, reviewLitigation: T4_LEAF_LABELS },
};

/** 2021 first: for a mixed or unknown report the current template is the likelier reading. */
const formatsOf = (format: Format): ('2019' | '2021')[] =>
  format === '2019' ? ['2019'] : format === '2021' ? ['2021'] : ['2021', '2019'];

/** Every official zh label a key may carry in this report's format (both templates when unsure). */
export function officialLabels(table: TableKey, key: string, format: Format): string[] {
  const found = formatsOf(format).flatMap((f) => [ZH_ROWS[f][table][key], ZH_COLUMNS[f][table][key]]);
  return [...new Set(found.filter((l): l is string => l !== undefined))];
}

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

export function rowName(table: TableKey, row: string, format: Format): Bilingual {
  const zh = formatsOf(format).map((f) => ZH_ROWS[f][table][row]).find((l) => l !== undefined);
  return { zh: zh ?? row, en: EN_ROWS[table][row] ?? row };
}

export function columnName(table: TableKey, col: string, format: Format): Bilingual {
  const zh = formatsOf(format).map((f) => ZH_COLUMNS[f][table][col]).find((l) => l !== undefined);
  return { zh: zh ?? col, en: EN_COLUMNS[table][col] ?? col };
}

/** "row·column" in the official wording, so a reviewer recognises the cell on the page. */
export function cellName(term: Term, format: Format): Bilingual {
  const r = rowName(term.table, term.row, format);
  const c = columnName(term.table, term.col, format);
  return { zh: `${r.zh}·${c.zh}`, en: `${r.en} / ${c.en}` };
}

const TABLE_NUMBER: Record<TableKey, { zh: string; en: string }> = {
  activeDisclosure: { zh: '表二', en: 'Table 2' },
  applications: { zh: '表三', en: 'Table 3' },
  reviewLitigation: { zh: '表四', en: 'Table 4' },
};

/** "表三（收到和处理政府信息公开申请情况）". */
export function tableName(table: TableKey): Bilingual {
  const n = TABLE_NUMBER[table];
  return { zh: `${n.zh}（${TABLE_LABELS[table].zh}）`, en: `${n.en} (${TABLE_LABELS[table].en})` };
}

/** Lists names, eliding past `max` so one message stays readable on a page with many cells. */
export function listNames(names: readonly Bilingual[], max = 6): Bilingual {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  return {
    zh: shown.map((n) => `「${n.zh}」`).join('、') + (more > 0 ? `等 ${names.length} 处` : ''),
    en: shown.map((n) => `"${n.en}"`).join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}
