import { T4_GROUPS, type ParsedReport } from '../model';
import { cellName, type Term } from './labels';
import { equationRule, type Equation } from './sum';

const PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;
const term = (row: string, col: string): Term => ({ table: 'reviewLitigation', row, col });

const groupSums = (r: ParsedReport): Equation[] =>
  T4_GROUPS.map((group) => ({
    rule: 'T4-SUM',
    targets: [term(group, 'total')],
    addends: PARTS.map((leaf) => term(group, leaf)),
    subject: cellName(term(group, 'total'), r.format),
    basis: {
      zh: '结果维持、结果纠正、其他结果、尚未审结之和',
      en: 'upheld + corrected + other result + pending',
    },
  }));

export const t4Sum = equationRule(
  {
    id: 'T4-SUM',
    title: { zh: '表四合计', en: 'Table 4 totals' },
    formula: { zh: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结', en: 'Total = upheld + corrected + other + pending' },
    help: {
      zh: '表四行政复议、未经复议直接起诉、复议后起诉三组，各组「总计」应等于结果维持、结果纠正、其他结果、尚未审结四项之和。空白或占位符的组成项按 0 计；总计空白而组成项有数时列为待复核。',
      en: 'In table 4, for administrative review, direct litigation and litigation after review, each "total" must equal upheld + corrected + other result + pending. Blank or placeholder parts count as 0; a blank total over filled parts is left for review.',
    },
    appliesTo: (r) => Object.keys(r.tables.reviewLitigation ?? {}).length > 0,
  },
  groupSums,
);
