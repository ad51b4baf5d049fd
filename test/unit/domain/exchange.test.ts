import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeProblem, exchangeFileSchema, exchangeProblems } from '../../../src-main/domain/exchange';
import { configureValidationMessages } from '../../../src-main/domain/validation-messages';
import { ROOT } from '../../support/source-scan';

const samples = path.join(ROOT, '..', 'shared', 'samples');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(samples, name), 'utf8'));
const problems = (doc: unknown) => {
  const r = exchangeFileSchema.safeParse(doc);
  return r.success ? [] : exchangeProblems(r.error).map(describeProblem);
};

beforeAll(() => configureValidationMessages());

describe('mediation-case/1 validation', () => {
  it('accepts the sample cases', () => {
    expect(problems(read('henan-ip-cases.json'))).toEqual([]);
  });

  it.each([
    ['invalid-phone.json', 'cases[1].parties[1].phone：电话应为11位手机号或带区号的固定电话'],
    ['invalid-date.json', 'cases[1].receivedOn：登记日期不是有效日期（格式 YYYY-MM-DD）'],
    ['invalid-missing-name.json', 'cases[1].parties[0].name：缺少当事人名称'],
  ])('names the problem of %s by its JSON path, in Chinese', (file, line) => {
    expect(problems(read(file))).toEqual([line]);
  });

  const mutate = (change: (doc: any) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const doc = read('henan-ip-cases.json');
    change(doc);
    return problems(doc);
  };

  it.each<[string, (doc: any) => void, string]>([ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a wrong ID check character', (d) => (d.cases[1].parties[0].idNumber = '410105197804120312'), 'cases[1].parties[0].idNumber：身份证号码校验位错误'],
    ['a gender that contradicts the ID', (d) => (d.cases[1].parties[0].gender = 'female'), 'cases[1].parties[0].gender：性别与身份证号码不符'],
    ['a birth date that contradicts the ID', (d) => (d.cases[2].parties[1].birthDate = '1988-11-29'), 'cases[2].parties[1].birthDate：出生日期与身份证号码不符'],
    ['a bad credit code', (d) => (d.cases[0].parties[0].uscc = '91410100MA3X5K2R87'), 'cases[0].parties[0].uscc：统一社会信用代码校验位错误'],
    ['a three-decimal amount', (d) => (d.cases[0].claimAmount = '100000.001'), 'cases[0].claimAmount：标的额：金额最多保留两位小数'],
    ['an amount given as a number', (d) => (d.cases[0].claimAmount = 100000), 'cases[0].claimAmount：标的额应为字符串形式的金额，例如 "120000.00"'],
    ['an unknown key', (d) => (d.cases[2].parties[1].nmae = '郭芳'), 'cases[2].parties[1].nmae：不支持的字段（请检查拼写）'],
    ['no respondent', (d) => (d.cases[0].parties = d.cases[0].parties.slice(0, 1)), 'cases[0].parties：至少需要一名被申请人'],
    ['a court case without its referral', (d) => delete d.cases[0].referral, 'cases[0].referral：委派、委托或移送的案件须填写移送机关'],
    ['a general agent with special powers', (d) => (d.cases[0].parties[0].agents[0].authority = 'general'), 'cases[0].parties[0].agents[0].specialPowers：一般授权的代理人不能列特别授权事项，请改为特别授权'],
    ['a licence of a right not in the case', (d) => (d.cases[1].agreement.terms[1].right = 3), 'cases[1].agreement.terms[1].right：所指权利不在本案权利列表中'],
    ['an unknown term kind', (d) => (d.cases[1].agreement.terms[0].kind = 'gift'), 'cases[1].agreement.terms[0].kind：条款类型不是可选值之一'],
    ['a company without its legal representative', (d) => delete d.cases[1].parties[1].representative, 'cases[1].parties[1].representative：请填写法定代表人'],
    ['acceptance before registration', (d) => (d.cases[2].acceptedOn = '2026-08-01'), 'cases[2].acceptedOn：受理日期不能早于登记日期'],
    ['a satisfaction of six', (d) => (d.cases[1].followUps[0].satisfaction = 6), 'cases[1].followUps[0].satisfaction：满意度应为1到5的整数'],
    ['a session time without an offset', (d) => (d.cases[2].sessions[0].startsAt = '2026-08-12T10:00:00'), 'cases[2].sessions[0].startsAt：开始时间应为带时区的时间，例如 2026-09-03T09:30:00+08:00'],
  ])('refuses %s', (_what, change, line) => {
    expect(mutate(change)).toContain(line);
  });

  it('refuses a file of another format', () => {
    expect(problems({ format: 'mediation-case/2', cases: [] })).toEqual(['format：不是本程序的交换文件（format 应为 mediation-case/1）']);
  });

  it('normalises amounts to two decimals', () => {
    const doc = read('henan-ip-cases.json');
    doc.cases[0].claimAmount = '100000';
    expect(exchangeFileSchema.parse(doc).cases[0]?.claimAmount).toBe('100000.00');
  });

  it('never repeats an ID-number-shaped key in a message', () => {
    const doc = read('henan-ip-cases.json');
    doc.cases[0]['410105197804120311'] = 1;
    expect(problems(doc).join('\n')).not.toContain('410105197804120311');
  });
});
