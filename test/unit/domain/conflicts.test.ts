import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareFindings,
  findConflicts,
  matchPersons,
  type Appearance,
  type ConflictFinding,
  type ConflictInput,
  type DeclaredRelation,
  type HistoryCase,
  type MediatorRef,
  type PersonRef,
} from '../../../src-main/domain/conflicts';
import { residentIdCheckChar, usccCheckChar } from '../../../src-main/domain/identity';
import { looksLikePersonName, normalizeName, pinyinKey, variantKey } from '../../../src-main/domain/name-variants';

const residentId = (body17: string) => body17 + residentIdCheckChar(body17);
const uscc = (body17: string) => body17 + usccCheckChar(body17);

// Henan people and companies (郑州 410105 金水区, 洛阳 410302 老城区, 开封 410202 龙亭区).
const GUO_FANG = residentId('41010519850312452');
const GUO_FANG_2 = residentId('41020219920718002');
const LI_MING = residentId('41030219780620001');
const LI_MING_2 = residentId('41010519900101003');
const ZHANG_WEI = residentId('41020219810205003');
const SONGYUE = uscc('91410100MA3X5K2Q7');
const HUAMEI = uscc('91410300MA4G8N1P2');

const mediator = { name: '李明', idNumber: LI_MING };
const CASE_NO = '（2024）豫知调字第3号';

const base = (over: Partial<ConflictInput> = {}): ConflictInput => ({
  mediator,
  relations: [],
  casePersons: [],
  history: [],
  appearances: [],
  ...over,
});

/** Only the relation against only the case person. */
const relationCase = (person: PersonRef, relation: DeclaredRelation) => findConflicts(base({ casePersons: [person], relations: [relation] }));
/** Only the case person against one earlier case of the mediator. */
const historyCase = (person: PersonRef, other: HistoryCase) => findConflicts(base({ casePersons: [person], history: [other] }));
/** Only the mediator against one appearance elsewhere. */
const appearanceCase = (appearance: Appearance, m: MediatorRef = mediator) => findConflicts(base({ mediator: m, appearances: [appearance] }));

const summary = (fs: ConflictFinding[]) => fs.map((f) => `${f.kind}:${f.strength}`);

describe('declared relations', () => {
  it.each([
    {
      title: '郭芳 / 郭芳 by resident ID',
      person: { name: '郭芳', idNumber: GUO_FANG, role: '被申请人' },
      relation: { name: '郭芳', kind: 'close_relative', idNumber: GUO_FANG },
      expected: ['declared_relation:identity'],
    },
    {
      title: 'resident ID with a lower-case x, spaces and full-width digits',
      person: { name: '郭芳', idNumber: ` ${GUO_FANG.slice(0, 6)} ${GUO_FANG.slice(6).toLowerCase()}`, role: '被申请人' },
      relation: { name: '郭 芳', kind: 'close_relative', idNumber: GUO_FANG.replace('4', '４') },
      expected: ['declared_relation:identity'],
    },
    {
      title: 'identity wins even when the names differ (a former name)',
      person: { name: '郭晓芳', idNumber: GUO_FANG, role: '申请人' },
      relation: { name: '郭芳', kind: 'close_relative', idNumber: GUO_FANG },
      expected: ['declared_relation:identity'],
    },
    {
      title: '王秀英 by name, no ID on either side',
      person: { name: '王秀英', role: '申请人' },
      relation: { name: '王秀英', kind: 'close_relative' },
      expected: ['declared_relation:name'],
    },
    {
      title: 'by name when only one side has an ID',
      person: { name: '王秀英', idNumber: GUO_FANG_2, role: '申请人' },
      relation: { name: '王秀英', kind: 'close_relative' },
      expected: ['declared_relation:name'],
    },
    {
      title: 'company name with full-width brackets, spaces and the ideographic space',
      person: { name: '河南嵩岳（郑州）食品有限公司', role: '被申请人' },
      relation: { name: '河南嵩岳(郑州)食品　有限 公司', kind: 'employment' },
      expected: ['declared_relation:name'],
    },
    {
      title: 'minority name with a different middle dot',
      person: { name: '买买提·艾力', role: '申请人' },
      relation: { name: '买买提•艾力', kind: 'other' },
      expected: ['declared_relation:name'],
    },
    {
      title: '張偉 / 张伟 traditional and simplified',
      person: { name: '張偉', role: '申请人的法定代表人' },
      relation: { name: '张伟', kind: 'close_relative' },
      expected: ['declared_relation:variant'],
    },
    {
      title: 'traditional company name',
      person: { name: '鄭州嵩嶽食品有限公司', role: '申请人' },
      relation: { name: '郑州嵩岳食品有限公司', kind: 'financial_interest' },
      expected: ['declared_relation:variant'],
    },
    {
      title: '刘静 / 柳静 same pinyin',
      person: { name: '刘静', role: '被申请人的委托代理人' },
      relation: { name: '柳静', kind: 'close_relative' },
      expected: ['declared_relation:pinyin'],
    },
    {
      title: '单丽 / 善丽: 单 read as the surname shan',
      person: { name: '单丽', role: '申请人' },
      relation: { name: '善丽', kind: 'close_relative' },
      expected: ['declared_relation:pinyin'],
    },
    {
      title: 'same name, different resident IDs: two people',
      person: { name: '郭芳', idNumber: GUO_FANG, role: '被申请人' },
      relation: { name: '郭芳', kind: 'close_relative', idNumber: GUO_FANG_2 },
      expected: [],
    },
    {
      title: 'a resident ID against a passport number proves nothing: by name',
      person: { name: '郭芳', idNumber: GUO_FANG, role: '被申请人' },
      relation: { name: '郭芳', kind: 'close_relative', idNumber: 'E12345678' },
      expected: ['declared_relation:name'],
    },
    {
      title: 'two different passport numbers: two people',
      person: { name: '郭芳', idNumber: 'E12345678', role: '被申请人' },
      relation: { name: '郭芳', kind: 'close_relative', idNumber: 'E87654321' },
      expected: [],
    },
    {
      title: 'different resident IDs also override the variant match',
      person: { name: '張偉', idNumber: ZHANG_WEI, role: '申请人' },
      relation: { name: '张伟', kind: 'close_relative', idNumber: GUO_FANG_2 },
      expected: [],
    },
    {
      title: 'company homophones are not matched (华美 / 华梅)',
      person: { name: '郑州华美食品有限公司', role: '申请人' },
      relation: { name: '郑州华梅食品有限公司', kind: 'employment' },
      expected: [],
    },
    {
      title: 'a four-character company name is not a person (华为公司 / 华伟公司)',
      person: { name: '华为公司', role: '申请人' },
      relation: { name: '华伟公司', kind: 'employment' },
      expected: [],
    },
    {
      title: 'an organization with a credit code is never matched by sound',
      person: { name: '嵩岳', uscc: SONGYUE, role: '申请人' },
      relation: { name: '松岳', kind: 'employment' },
      expected: [],
    },
    {
      title: 'organization by credit code, names written differently',
      person: { name: '河南嵩岳食品有限公司', uscc: SONGYUE, role: '被申请人' },
      relation: { name: '嵩岳食品', kind: 'employment', uscc: SONGYUE.toLowerCase() },
      expected: ['declared_relation:identity'],
    },
    {
      title: 'same company name, different credit codes: two organizations',
      person: { name: '河南嵩岳食品有限公司', uscc: SONGYUE, role: '被申请人' },
      relation: { name: '河南嵩岳食品有限公司', kind: 'employment', uscc: HUAMEI },
      expected: [],
    },
    {
      title: 'unrelated names',
      person: { name: '陈建国', role: '申请人' },
      relation: { name: '郭芳', kind: 'close_relative' },
      expected: [],
    },
    {
      title: 'blank names never match each other',
      person: { name: ' ', role: '申请人' },
      relation: { name: '', kind: 'other' },
      expected: [],
    },
  ] satisfies { title: string; person: PersonRef; relation: DeclaredRelation; expected: string[] }[])('$title', ({ person, relation, expected }) => {
    expect(summary(relationCase(person, relation))).toEqual(expected);
  });

  it('explains an identity match in one sentence', () => {
    const [finding] = relationCase({ name: '郭芳', idNumber: GUO_FANG, role: '被申请人' }, { name: '郭芳', kind: 'close_relative', idNumber: GUO_FANG });
    expect(finding).toEqual({
      kind: 'declared_relation',
      strength: 'identity',
      subject: { name: '郭芳', idNumber: GUO_FANG, role: '被申请人' },
      matched: { name: '郭芳', idNumber: GUO_FANG, role: '近亲属' },
      evidence: '被申请人郭芳的身份证号码与调解员李明申报的近亲属“郭芳”一致',
    });
  });

  it.each([
    [{ name: '河南嵩岳食品有限公司', uscc: SONGYUE, role: '被申请人' }, { name: '嵩岳食品', kind: 'employment', uscc: SONGYUE }, '被申请人河南嵩岳食品有限公司的统一社会信用代码与调解员李明申报任职或曾任职的“嵩岳食品”一致'],
    [{ name: '王秀英', role: '申请人' }, { name: '王秀英', kind: 'close_relative' }, '申请人王秀英与调解员李明申报的近亲属“王秀英”姓名相同'],
    [{ name: '河南嵩岳（郑州）食品有限公司', role: '被申请人' }, { name: '河南嵩岳(郑州)食品有限公司', kind: 'agent_or_counsel' }, '被申请人河南嵩岳（郑州）食品有限公司与调解员李明申报担任或曾担任其代理人或法律顾问的“河南嵩岳(郑州)食品有限公司”名称相同'],
    [{ name: '張偉', role: '申请人的法定代表人' }, { name: '张伟', kind: 'financial_interest' }, '申请人的法定代表人張偉与调解员李明申报有投资或利害关系的“张伟”的姓名仅有繁简字形之别'],
    [{ name: '刘静', role: '被申请人的委托代理人' }, { name: '柳静', kind: 'other' }, '被申请人的委托代理人刘静与调解员李明申报有其他可能影响公正的关系的“柳静”的姓名读音相同（liu jing）'],
    [{ name: '刘静', role: '申请人' }, { name: '刘静', kind: 'legacy_kind' }, '申请人刘静与调解员李明申报的关系人“刘静”姓名相同'],
  ] satisfies [PersonRef, DeclaredRelation, string][])('evidence: %#', (person, relation, evidence) => {
    expect(relationCase(person, relation).map((f) => f.evidence)).toEqual([evidence]);
  });

  it('accepts stored rows with null codes', () => {
    const found = relationCase({ name: '郭芳', idNumber: null, uscc: null, role: '申请人' }, { name: '郭芳', kind: 'close_relative', idNumber: null, uscc: null, note: null });
    expect(found.map((f) => [f.strength, f.matched])).toEqual([['name', { name: '郭芳', role: '近亲属' }]]);
  });
});

describe('the mediator as a participant elsewhere', () => {
  it.each([
    {
      title: 'by resident ID',
      appearance: { caseNumber: CASE_NO, person: { name: '李明', idNumber: LI_MING, role: '申请人的委托代理人' } },
      expected: ['mediator_is_participant:identity'],
      evidence: '调解员李明的身份证号码与（2024）豫知调字第3号案件中的申请人的委托代理人“李明”一致',
    },
    {
      title: 'by name, no ID in the other case',
      appearance: { caseNumber: CASE_NO, person: { name: '李明', role: '被申请人' } },
      expected: ['mediator_is_participant:name'],
      evidence: '调解员李明与（2024）豫知调字第3号案件中的被申请人“李明”姓名相同',
    },
    {
      title: 'by name despite a stray space, in a case without a number yet',
      appearance: { caseNumber: null, person: { name: '李明', role: '申请人' } },
      mediator: { name: '李 明' },
      expected: ['mediator_is_participant:name'],
      evidence: '调解员李 明与一件尚未编号的案件中的申请人“李明”姓名相同',
    },
    {
      title: 'by pinyin (黎明)',
      appearance: { caseNumber: CASE_NO, person: { name: '黎明', role: '申请人的法定代表人' } },
      expected: ['mediator_is_participant:pinyin'],
      evidence: '调解员李明与（2024）豫知调字第3号案件中的申请人的法定代表人“黎明”的姓名读音相同（li ming）',
    },
    {
      title: 'namesake with a different resident ID',
      appearance: { caseNumber: CASE_NO, person: { name: '李明', idNumber: LI_MING_2, role: '申请人' } },
      expected: [],
      evidence: undefined,
    },
  ])('$title', ({ appearance, expected, evidence, ...rest }) => {
    const found = appearanceCase(appearance, 'mediator' in rest ? rest.mediator : mediator);
    expect(summary(found)).toEqual(expected);
    expect(found[0]?.evidence).toBe(evidence);
    if (found[0]) {
      expect(found[0].subject.role).toBe('调解员');
      expect(found[0].matched).toEqual({ ...appearance.person, caseNumber: appearance.caseNumber });
    }
  });

  it('traditional spelling of the mediator (張偉)', () => {
    const found = appearanceCase({ caseNumber: CASE_NO, person: { name: '張偉', role: '申请人' } }, { name: '张伟', idNumber: ZHANG_WEI });
    expect(summary(found)).toEqual(['mediator_is_participant:variant']);
  });
});

describe("this case's persons in the mediator's other cases", () => {
  const earlier = (persons: PersonRef[], extra: Partial<HistoryCase> = {}): HistoryCase => ({ caseNumber: '（2023）豫知调字第88号', persons, ...extra });

  it.each([
    { title: '郭芳 by resident ID', ours: { name: '郭芳', idNumber: GUO_FANG, role: '申请人' }, theirs: { name: '郭芳', idNumber: GUO_FANG, role: '被申请人' }, expected: ['shared_participant:identity'] },
    { title: 'company by credit code', ours: { name: '河南嵩岳食品有限公司', uscc: SONGYUE, role: '被申请人' }, theirs: { name: '河南省嵩岳食品有限责任公司', uscc: SONGYUE, role: '申请人' }, expected: ['shared_participant:identity'] },
    { title: 'agent by name', ours: { name: '赵丽娟', role: '申请人的委托代理人' }, theirs: { name: '赵丽娟', role: '被申请人的委托代理人' }, expected: ['shared_participant:name'] },
    { title: '張偉 / 张伟', ours: { name: '張偉', role: '申请人' }, theirs: { name: '张伟', role: '被申请人' }, expected: ['shared_participant:variant'] },
    { title: '刘静 / 柳静', ours: { name: '刘静', role: '申请人' }, theirs: { name: '柳静', role: '申请人的法定代表人' }, expected: ['shared_participant:pinyin'] },
    { title: 'namesakes with different IDs', ours: { name: '郭芳', idNumber: GUO_FANG, role: '申请人' }, theirs: { name: '郭芳', idNumber: GUO_FANG_2, role: '被申请人' }, expected: [] },
    { title: 'company homophones', ours: { name: '郑州华美食品有限公司', role: '申请人' }, theirs: { name: '郑州华梅食品有限公司', role: '申请人' }, expected: [] },
  ] satisfies { title: string; ours: PersonRef; theirs: PersonRef; expected: string[] }[])('$title', ({ ours, theirs, expected }) => {
    const found = historyCase(ours, earlier([theirs]));
    expect(summary(found)).toEqual(expected);
    for (const f of found) {
      expect(f.subject).toEqual(ours);
      expect(f.matched).toEqual({ ...theirs, caseNumber: '（2023）豫知调字第88号' });
    }
  });

  it("names the mediator's part in the other case, or a case without a number", () => {
    const ours = { name: '郭芳', idNumber: GUO_FANG, role: '申请人' };
    const theirs = { name: '郭芳', idNumber: GUO_FANG, role: '被申请人' };
    expect(historyCase(ours, earlier([theirs], { mediatorRole: '助理调解员' }))[0]?.evidence).toBe(
      '申请人郭芳的身份证号码与调解员李明担任助理调解员的（2023）豫知调字第88号案件中的被申请人“郭芳”一致',
    );
    expect(historyCase(ours, earlier([theirs], { caseNumber: null }))[0]?.evidence).toBe(
      '申请人郭芳的身份证号码与调解员李明经办的一件尚未编号的案件中的被申请人“郭芳”一致',
    );
  });

  it('one finding per pair, at its strongest', () => {
    const ours = { name: '郭芳', idNumber: GUO_FANG, role: '申请人' };
    const found = historyCase(ours, earlier([{ name: '郭芳', idNumber: GUO_FANG, role: '被申请人' }]));
    expect(summary(found)).toEqual(['shared_participant:identity']);
  });

  it('a person in two roles of one case gives two findings, an exact repeat only one', () => {
    const ours = { name: '赵丽娟', role: '申请人' };
    const a = { name: '赵丽娟', role: '申请人的法定代表人' };
    const b = { name: '赵丽娟', role: '申请人的委托代理人' };
    expect(historyCase(ours, earlier([a, b, { ...a }]))).toHaveLength(2);
  });
});

describe('sorting', () => {
  it('identity, name, variant, pinyin; then declared relation, mediator, shared participant', () => {
    const found = findConflicts({
      mediator,
      relations: [
        { name: '柳静', kind: 'close_relative' },
        { name: '郭芳', kind: 'close_relative', idNumber: GUO_FANG },
      ],
      casePersons: [
        { name: '刘静', role: '申请人' },
        { name: '張偉', role: '被申请人的法定代表人' },
        { name: '郭芳', idNumber: GUO_FANG, role: '被申请人' },
        { name: '赵丽娟', role: '申请人的委托代理人' },
      ],
      history: [
        {
          caseNumber: '（2023）豫知调字第88号',
          persons: [
            { name: '张伟', role: '申请人' },
            { name: '赵丽娟', role: '被申请人的委托代理人' },
            { name: '郭芳', idNumber: GUO_FANG, role: '申请人' },
          ],
        },
      ],
      appearances: [
        { caseNumber: '（2022）豫知调字第5号', person: { name: '黎明', role: '被申请人' } },
        { caseNumber: '（2022）豫知调字第6号', person: { name: '李明', role: '申请人的委托代理人' } },
        { caseNumber: '（2021）豫知调字第1号', person: { name: '李明', idNumber: LI_MING, role: '申请人' } },
      ],
    });
    expect(summary(found)).toEqual([
      'declared_relation:identity',
      'mediator_is_participant:identity',
      'shared_participant:identity',
      'mediator_is_participant:name',
      'shared_participant:name',
      'shared_participant:variant',
      'declared_relation:pinyin',
      'mediator_is_participant:pinyin',
    ]);
  });
});

describe('name keys', () => {
  it.each([
    ['河南嵩岳（郑州）食品有限公司', '河南嵩岳(郑州)食品有限公司'],
    ['ＡＢＣ科技　有限公司', 'abc科技有限公司'],
    ['【郑州】嵩岳', '(郑州)嵩岳'],
  ])('normalizes %s', (a, b) => expect(normalizeName(a)).toBe(normalizeName(b)));

  it.each([
    ['郭芳', true],
    ['欧阳娜娜', true],
    ['張偉', true],
    ['李', false],
    ['司马相如夫人', false],
    ['华为公司', false],
    ['红星厂', false],
    ['买买提·艾力', false],
    ['John Smith', false],
    ['𠀀伟', true],
  ])('%s looks like a person: %s', (name, expected) => expect(looksLikePersonName(name)).toBe(expected));

  it('reads pinyin on the simplified form and gives up on characters without a reading', () => {
    expect(pinyinKey('劉靜')).toBe('liu jing');
    expect(pinyinKey('吕布')).toBe('lv bu');
    expect(pinyinKey('𠀀伟')).toBeNull();
    expect(variantKey('鄭州 嵩嶽')).toBe('郑州嵩岳');
  });

  it('matchPersons is symmetric on the examples', () => {
    const pairs: [PersonRef, PersonRef][] = [
      [{ name: '張偉', role: 'a' }, { name: '张伟', role: 'b' }],
      [{ name: '刘静', role: 'a' }, { name: '柳静', role: 'b' }],
      [{ name: '郭芳', idNumber: GUO_FANG, role: 'a' }, { name: '郭芳', role: 'b' }],
    ];
    for (const [a, b] of pairs) expect(matchPersons(a, b)).toEqual(matchPersons(b, a));
  });
});

// ---- properties ----

const awkwardName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('', ' ', '　', '郭芳', '郭 芳', '張偉', '张伟', '刘静', '柳静', '李明', '黎明', '单丽', '善丽', '河南嵩岳（郑州）食品有限公司', '鄭州嵩嶽食品有限公司', '华为公司', '𠀀𠀁', '𠮷野家', '😀', '👨‍👩‍👧', '买买提·艾力', '()', '（）') },
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('郭', '芳', '張', '张', '偉', '伟', '刘', '柳', '静', '𠀀', '😀', ' ', '（', '）'), maxLength: 6 }),
);
const anyCode = fc.option(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(GUO_FANG, GUO_FANG_2, LI_MING, ZHANG_WEI, SONGYUE, HUAMEI, GUO_FANG.toLowerCase(), '') }, fc.string()), { nil: undefined });
const person: fc.Arbitrary<PersonRef> = fc.record(
  { name: awkwardName, idNumber: fc.oneof(anyCode, fc.constant(null)), uscc: anyCode, role: fc.constantFrom('申请人', '被申请人', '申请人的委托代理人', '被申请人的法定代表人', '') },
  { requiredKeys: ['name', 'role'] },
);
const relation: fc.Arbitrary<DeclaredRelation> = fc.record(
  { name: awkwardName, kind: fc.constantFrom('close_relative', 'employment', 'agent_or_counsel', 'financial_interest', 'other', 'unknown', '__proto__', 'toString'), idNumber: anyCode, uscc: anyCode, note: fc.option(fc.string(), { nil: undefined }) },
  { requiredKeys: ['name', 'kind'] },
);
const caseNumber = fc.option(fc.constantFrom('（2024）豫知调字第3号', '（2023）豫知调字第88号', '', ' '), { nil: null });
const historyCaseArb: fc.Arbitrary<HistoryCase> = fc.record(
  { caseNumber, persons: fc.array(person, { maxLength: 4 }), mediatorRole: fc.option(fc.constantFrom('助理调解员', '主办调解员', ''), { nil: undefined }) },
  { requiredKeys: ['caseNumber', 'persons'] },
);
const appearance: fc.Arbitrary<Appearance> = fc.record({ caseNumber, person });
const input: fc.Arbitrary<ConflictInput> = fc.record({
  mediator: fc.record({ name: awkwardName, idNumber: anyCode }, { requiredKeys: ['name'] }),
  relations: fc.array(relation, { maxLength: 4 }),
  casePersons: fc.array(person, { maxLength: 4 }),
  history: fc.array(historyCaseArb, { maxLength: 3 }),
  appearances: fc.array(appearance, { maxLength: 4 }),
});
const validId = fc
  .tuple(fc.integer({ min: 410100, max: 419999 }), fc.integer({ min: 1940, max: 2005 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
  .map(([region, y, m, d, seq]) => residentId(`${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`));

describe('properties', () => {
  it('never throws on arbitrary names and codes', () => {
    fc.assert(
      fc.property(input, (i) => {
        const found = findConflicts(i);
        for (const f of found) expect(f.evidence.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a person with an ID always matches itself at identity', () => {
    fc.assert(
      fc.property(person, validId, caseNumber, (p, id, number) => {
        const self = { ...p, idNumber: id };
        const i = base({ mediator: { name: self.name, idNumber: id }, casePersons: [self], relations: [{ ...self, kind: 'close_relative' }], history: [{ caseNumber: number, persons: [self] }], appearances: [{ caseNumber: number, person: self }] });
        expect(summary(findConflicts(i))).toEqual(['declared_relation:identity', 'mediator_is_participant:identity', 'shared_participant:identity']);
        expect(matchPersons(self, { ...self, idNumber: id.toLowerCase() })).toEqual({ strength: 'identity', by: 'idNumber' });
      }),
    );
  });

  it('results are deterministic, sorted, and independent of the input order', () => {
    fc.assert(
      fc.property(input, (i) => {
        const found = findConflicts(i);
        expect(findConflicts(structuredClone(i))).toEqual(found);
        for (let k = 1; k < found.length; k += 1) expect(compareFindings(found[k - 1]!, found[k]!)).toBeLessThanOrEqual(0);
        const reversed: ConflictInput = {
          ...i,
          relations: [...i.relations].reverse(),
          casePersons: [...i.casePersons].reverse(),
          history: [...i.history].reverse().map((h) => ({ ...h, persons: [...h.persons].reverse() })),
          appearances: [...i.appearances].reverse(),
        };
        expect(findConflicts(reversed)).toEqual(found);
      }),
    );
  });

  it('adding unrelated persons never removes a finding', () => {
    fc.assert(
      fc.property(input, fc.array(person, { maxLength: 3 }), fc.array(relation, { maxLength: 2 }), fc.array(historyCaseArb, { maxLength: 2 }), fc.array(appearance, { maxLength: 2 }), (i, morePersons, moreRelations, moreHistory, moreAppearances) => {
        const before = findConflicts(i);
        const after = findConflicts({
          ...i,
          casePersons: [...i.casePersons, ...morePersons],
          relations: [...moreRelations, ...i.relations],
          history: [...i.history.map((h) => ({ ...h, persons: [...h.persons, ...morePersons] })), ...moreHistory],
          appearances: [...moreAppearances, ...i.appearances],
        });
        for (const f of before) expect(after).toContainEqual(f);
      }),
    );
  });
});
