import { describe, expect, it } from 'vitest';
import { parseCount, t3Claims, t4Claims } from '../../lib/rules/narrative';

describe('parseCount', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    ['五', 5],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两', 2],
    ['一百零五', 105],
    ['零', 0],
  ])('%s → %i', (s, n) => expect(parseCount(s)).toBe(n));
});

const claims = (text: string) => t3Claims(text).map(({ kind, value }) => [kind, value]);

describe('t3Claims', () => {
  it.each([
    // seed 000
    ['2020年，外冈镇共受理政府信息公开申请5件，答复率100%，其中“予以公开”1件，“本机关不掌握相关政府信息”3件，属于“重复申请”1件。', [['received', 5], ['granted', 1]]],
    // seed 002
    ['2020年，陆埠镇收到依申请公开政府信息3件，上年转结政府信息公开申请1件，上述4件均已完成受理答复工作。', [['received', 3]]],
    // corpus shuyang
    ['2023年度我局共收到依申请信息公开26件，及时回复申请人', [['received', 26]]],
    // seed 003, 004
    ['2020年我乡未收到公民、法人和其他组织通过各种形式提出的信息公开申请件。', [['received', 0]]],
    ['本年度街道暂未收到依申请公开件。', [['received', 0]]],
    ['全年共收到政府信息公开申请五件，其中予以公开三件，部分公开1件，不予公开1件。', [['received', 5], ['granted', 3], ['partlyGranted', 1], ['denied', 1]]],
    ['无法提供2件，不予处理的1件，其他处理0件，均依法答复申请人。', [['unavailable', 2], ['notProcessed', 1], ['other', 0]]],
    ['结转下年度继续办理的申请2件。', [['carriedForward', 2]]],
    ['其余1件结转下年度办理。', [['carriedForward', 1]]],
    // issue #9 §3: the phrasings reports use
    ['共收到政府信息公开申请12件，其中自然人10件、法人或其他组织2件。', [['received', 12], ['naturalPerson', 10], ['legalPerson', 2]]],
    ['全年办结政府信息公开申请11件。', [['processed', 11]]],
    ['已办结十一件政府信息公开申请中，予以公开五件。', [['processed', 11], ['granted', 5]]],
    ['本年度共受理申请\n5件。', [['received', 5]]],
    ['共收到申请7件；其中予以公开3件，不予公开1件。', [['received', 7], ['granted', 3], ['denied', 1]]],
    ['共收到政府信息公开\n申请5件。', [['received', 5]]],
    ['共收到政府信息公开申请十二件；其中予以公开七件；无法提供五件。', [['received', 12], ['granted', 7], ['unavailable', 5]]],
  ])('%s', (text, expected) => expect(claims(text)).toEqual(expected));

  it.each([
    ['对申请予以公开及部分公开8件，不予公开和无法提供共3件。', [[['granted', 'partlyGranted'], 8], [['denied', 'unavailable'], 3]]],
    ['其中“予以公开”和“部分公开”的申请6件。', [[['granted', 'partlyGranted'], 6]]],
    ['申请中不予处理、其他处理2件。', [[['notProcessed', 'other'], 2]]],
  ] as const)('a combined category is one claim over both groups, never a claim for the second alone: %s', (text, expected) => {
    const got = t3Claims(text);
    expect(got.map((c) => [c.groups, c.value])).toEqual(expected);
    expect(got.every((c) => c.kind === 'combined')).toBe(true);
  });

  it('keeps the scope a sentence gives: one office speaking for the whole government', () => {
    const [c] = t3Claims('区政府办公室全年共受理政府信息公开申请12件。');
    expect(c).toMatchObject({ kind: 'received', value: 12, scope: '区政府办公室' });
    expect(t3Claims('2020年，外冈镇共受理政府信息公开申请5件。')[0]!.scope).toBeUndefined();
    expect(t3Claims('外冈镇人民政府全年共受理政府信息公开申请5件。')[0]!.scope).toBeUndefined();
  });

  it.each([
    ['全年受理网络问政182件。'],
    ['2020年，我镇累计主动公开政府信息132条。'],
    ['答复率100%。'],
    ['依法予以公开政府信息12件。'],
    ['对不予以公开的3件说明理由。'],
    ['本年度主动公开文件9件，部分公开2件。'],
    ['受理依申请公开信息查询12条。'],
    ['通过12345热线受理群众诉求申请300件，办结298件。'],
    ['2023年度受理网络问政182件，均已办结。'],
    ['主动公开政府信息132条，其中予以公开的规范性文件6件。'],
    ['未办结的申请1件。'],
    ['自然人、法人或其他组织可通过信函申请。'],
    ['全年为自然人、法人或其他组织提供政策咨询200次。'],
    ['对申请予以公开及部分公开的比例为80%。'],
    ['不予公开和无法提供的，均书面告知理由。'],
    ['一是加强政府信息公开申请办理；二是规范答复。'],
    ['对政府信息公开申请在两个工作日内登记。'],
    // A 「；」 or a line break ends a statement that has no count of its own.
    ['全年共受理政府信息公开申请；主动公开政府信息132条。'],
    ['本年度共受理政府信息公开申请\n主动公开政府信息132条。'],
  ])('ignores numbers that are not table 3 values: %s', (text) => expect(claims(text)).toEqual([]));
});

describe('t4Claims', () => {
  const t4 = (text: string) => t4Claims(text).map(({ kind, value }) => [kind, value]);
  it.each([
    // seed 000: the paragraph is about 政府信息公开申请
    ['对外冈镇政府信息公开申请进行规范受理。2020年受到行政诉讼1件，系未经复议直接起诉。', [['litigation', 1]]],
    // seed 002
    ['全镇通过不同渠道和方式公开政府信息1420条，收到依申请公开3件，行政复议1件，行政诉讼1件。', [['review', 1], ['litigation', 1]]],
    // seed 003
    ['2020年，上官乡没有发生因本乡政务信息公开或不公开引起的行政复议和提起行政诉讼情况。', [['review', 0], ['litigation', 0]]],
    ['因政府信息公开被申请行政复议、行政诉讼均未发生。', [['review', 0], ['litigation', 0]]],
    ['因政府信息公开引起的行政复议2起。', [['review', 2]]],
    ['因依申请公开未经行政复议直接提起行政诉讼1件。', [['litigation', 1]]],
    // issue #9 §3: 诉讼 and 复议 without 行政, and 纠错
    ['因政府信息公开申请引发复议3件，其中纠错1件；诉讼2件。', [['review', 3], ['reviewCorrected', 1], ['litigation', 2]]],
    ['因信息公开被提起诉讼一件。', [['litigation', 1]]],
    ['因信息公开经复议后起诉1件。', [['litigation', 1]]],
    ['因政府信息公开被提起\n诉讼二件。', [['litigation', 2]]],
    ['因政府信息公开申请引发复议3件；其中纠错1件。', [['review', 3], ['reviewCorrected', 1]]],
  ])('%s', (text, expected) => expect(t4(text).sort()).toEqual(expected.sort()));

  it.each([
    ['全年办理行政复议案件120件，行政诉讼出庭应诉35件。'],
    ['全年法律顾问代理诉讼案件8件，复议案件3件。'],
  ])('ignores a paragraph that is not about disclosure: %s', (text) => expect(t4(text)).toEqual([]));

  it('reads 纠错 only as a review\'s outcome', () => {
    expect(t4('开展信息公开执法案卷评查，发现并纠错问题12个。')).toEqual([]);
  });
});
