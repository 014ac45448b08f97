/** Canonical keys and official labels of SPEC §2. Other tools read these keys: never rename them. */

export const T3_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'nonprofit',
  'legalService',
  'otherOrg',
  'total',
] as const;
export type T3Column = (typeof T3_COLUMNS)[number];
/** The six applicant columns whose sum is `total`. */
export const T3_APPLICANT_COLUMNS = T3_COLUMNS.slice(0, 6) as readonly T3Column[];
/** The five columns under 法人或其他组织; a report may add their subtotal as `legalSubtotal`. */
export const T3_LEGAL_COLUMNS = T3_COLUMNS.slice(1, 6) as readonly T3Column[];
export const T3_LEGAL_SUBTOTAL = 'legalSubtotal';

export const T3_COLUMN_LABELS: Record<T3Column | typeof T3_LEGAL_SUBTOTAL, string> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
  legalSubtotal: '法人或其他组织小计',
};

const T3_ROWS_COMMON_HEAD = [
  ['newReceived', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  ['granted', '（一）予以公开'],
  ['partlyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['denied.stateSecret', '（三）不予公开 1.属于国家秘密'],
  ['denied.lawForbidden', '2.其他法律行政法规禁止公开'],
  ['denied.threeSecurity', '3.危及“三安全一稳定”'],
  ['denied.thirdParty', '4.保护第三方合法权益'],
  ['denied.internalAffairs', '5.属于三类内部事务信息'],
  ['denied.processInfo', '6.属于四类过程性信息'],
  ['denied.enforcementFile', '7.属于行政执法案卷'],
  ['denied.queryMatter', '8.属于行政查询事项'],
  ['unavailable.notHeld', '（四）无法提供 1.本机关不掌握相关政府信息'],
  ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
  ['unavailable.unclear', '3.补正后申请内容仍不明确'],
  ['notProcessed.complaint', '（五）不予处理 1.信访举报投诉类申请'],
  ['notProcessed.duplicate', '2.重复申请'],
  ['notProcessed.publication', '3.要求提供公开出版物'],
  ['notProcessed.massRepeat', '4.无正当理由大量反复申请'],
  ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
] as const;
const T3_ROWS_COMMON_TAIL = [
  ['totalProcessed', '（七）总计'],
  ['carriedForward', '四、结转下年度继续办理'],
] as const;

export const T3_ROWS_2019 = [
  ...T3_ROWS_COMMON_HEAD,
  ['other', '（六）其他处理'],
  ...T3_ROWS_COMMON_TAIL,
] as const;
export const T3_ROWS_2021 = [
  ...T3_ROWS_COMMON_HEAD,
  ['other.noCorrection', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other.feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other.misc', '3.其他'],
  ...T3_ROWS_COMMON_TAIL,
] as const;
export type T3Row = (typeof T3_ROWS_2019)[number][0] | (typeof T3_ROWS_2021)[number][0];

/** The rows whose sum is `totalProcessed` (T3-RESULTSUM), for a given format. */
export const t3ResultRows = (format: '2019' | '2021'): T3Row[] =>
  (format === '2019' ? T3_ROWS_2019 : T3_ROWS_2021)
    .map(([key]) => key as T3Row)
    .filter((k) => k !== 'newReceived' && k !== 'carriedOver' && k !== 'totalProcessed' && k !== 'carriedForward');

export const T2_ROWS_2021 = [
  ['regulations', '规章', ['made', 'repealed', 'inForce']],
  ['normativeDocuments', '行政规范性文件', ['made', 'repealed', 'inForce']],
  ['licensing', '行政许可', ['decisions']],
  ['penalty', '行政处罚', ['decisions']],
  ['coercion', '行政强制', ['decisions']],
  ['fees', '行政事业性收费', ['amountWan']],
] as const;
export const T2_ROWS_2019 = [
  ['regulations', '规章', ['newlyMade', 'newlyPublished', 'totalPublished']],
  ['normativeDocuments', '规范性文件', ['newlyMade', 'newlyPublished', 'totalPublished']],
  ['licensing', '行政许可', ['previousItems', 'change', 'decisions']],
  ['otherServices', '其他对外管理服务事项', ['previousItems', 'change', 'decisions']],
  ['penalty', '行政处罚', ['previousItems', 'change', 'decisions']],
  ['coercion', '行政强制', ['previousItems', 'change', 'decisions']],
  ['fees', '行政事业性收费', ['previousItems', 'change']],
  ['procurement', '政府集中采购', ['projects', 'amount']],
] as const;

export const T2_COLUMN_LABELS: Record<string, string> = {
  made: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amountWan: '本年收费金额（单位：万元）',
  newlyMade: '本年新制作数量',
  newlyPublished: '本年新公开数量',
  totalPublished: '对外公开总数量',
  previousItems: '上一年项目数量',
  change: '本年增/减',
  projects: '采购项目数量',
  amount: '采购总金额',
};

export const T4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type T4Group = (typeof T4_GROUPS)[number];
export const T4_LEAVES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type T4Leaf = (typeof T4_LEAVES)[number];
export const T4_GROUP_LABELS: Record<T4Group, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼·未经复议直接起诉',
  litigationAfterReview: '行政诉讼·复议后起诉',
};
export const T4_LEAF_LABELS: Record<T4Leaf, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export const TABLE_KEYS = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];
export const TABLE_LABELS: Record<TableKey, { zh: string; en: string }> = {
  activeDisclosure: { zh: '主动公开政府信息情况', en: 'Proactive disclosure' },
  applications: { zh: '收到和处理政府信息公开申请情况', en: 'Applications received and handled' },
  reviewLitigation: { zh: '行政复议、行政诉讼情况', en: 'Administrative review and litigation' },
};

export const SECTION_TITLES = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
] as const;
