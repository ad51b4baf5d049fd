import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymizerFor, LEFT_OUT, organizationAlias, surnameOf } from '../../../src-main/domain/anonymize';
import type { ExchangeCase } from '../../../src-main/domain/exchange';
import { sampleCase } from '../../support/documents';

describe('the anonymizer of typical cases', () => {
  it('keeps an organization’s region and trade and drops its name', () => {
    expect(organizationAlias('河南嵩岳食品有限公司')).toBe('河南某食品有限公司');
    expect(organizationAlias('新乡市丰禾种业有限公司')).toBe('新乡市某种业有限公司');
    expect(organizationAlias('洛阳丰禾农业机械有限公司')).toBe('洛阳某农业机械有限公司');
    expect(organizationAlias('郑州云帆信息技术有限公司')).toBe('郑州某信息技术有限公司');
    expect(organizationAlias('管城回族区惠民便利超市')).toBe('管城回族区某便利超市');
    expect(organizationAlias('中原黄河股份有限公司')).toBe('某股份有限公司');
    expect(surnameOf('欧阳明')).toBe('欧阳');
    expect(surnameOf('李卫东')).toBe('李');
  });

  it('turns the trademark sample’s people into 某, its companies into their trade, and leaves out numbers and addresses, keeping the mark', () => {
    const c = sampleCase(0);
    const a = anonymizerFor(c);
    const [applicant, respondent] = c.parties;
    expect(a.name(applicant?.name ?? '')).toBe('河南某食品有限公司');
    expect(a.name(respondent?.name ?? '')).toBe('管城回族区某便利超市');
    expect(a.name('王建华')).toBe('王某');
    expect(a.name('孙立')).toBe('代理人');
    expect(a.name('陈静')).toBe('调解员');
    const said = a.text(`${respondent?.name}的经营者王建华（电话13598012345）称，商品从批发市场进货，不知道侵犯“${c.ipRights[0]?.title}”商标专用权。`);
    expect(said).toBe(`管城回族区某便利超市的经营者王某（电话${LEFT_OUT}）称，商品从批发市场进货，不知道侵犯“${c.ipRights[0]?.title}”商标专用权。`);
    expect(a.text(`${applicant?.address}`)).toBe(LEFT_OUT);
    // the street on its own, as an agreement's term may name the shop
    expect(a.text('库存存放于东大街18号店内库房')).toBe(`库存存放于${LEFT_OUT}店内库房`);
  });

  it('tells apart two people of one surname, and rounds amounts to 万元 when asked', () => {
    const c = sampleCase(0, (raw) => {
      raw.parties[1].kind = 'natural';
      raw.parties[1].name = '王建国';
      delete raw.parties[1].representative;
      delete raw.parties[1].uscc;
    });
    const a = anonymizerFor(c, { roundAmounts: true });
    expect([a.name('王建国'), a.name('王建华')]).toEqual(['王某', '王某某']);
    expect(a.text('赔偿人民币300,000.00元，违约金327,500元，诉讼费5,000元')).toBe('赔偿人民币30万元，违约金约32.8万元，诉讼费5,000元');
    // the amount in words would give the exact sum away
    expect(a.text('支付人民币327,500.00元（大写：叁拾贰万柒仟伍佰元整），另付5,000.00元（大写：伍仟元整）')).toBe('支付人民币约32.8万元，另付5,000.00元（大写：伍仟元整）');
    expect(anonymizerFor(c).text('赔偿人民币300,000.00元')).toBe('赔偿人民币300,000.00元');
  });

  /** A case with generated people, companies, numbers and addresses, and rights whose names share none of them. */
  const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '欧阳', '司马'];
  const GIVEN = ['伟', '芳', '娜', '敏', '强', '磊', '洋', '艳', '勇', '军', '杰', '涛', '明', '超', '霞', '刚'];
  const person = fc.tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 })).map(([s, g]) => s + g.join(''));
  const company = fc
    .tuple(fc.constantFrom('河南', '郑州市', '洛阳', '新乡市', '金水区', ''), fc.constantFrom('嵩岳', '丰禾', '云帆', '百盛', '龙腾', '华信', '鼎新'), fc.constantFrom('食品', '种业', '科技', '商贸', ''), fc.constantFrom('有限公司', '股份有限公司', '商行'))
    .map((parts) => parts.join(''));
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const id = fc.tuple(fc.constantFrom('410105', '410302', '410702'), digits(11), fc.constantFrom('1', 'X', '7')).map((p) => p.join(''));
  const phone = fc.tuple(fc.constantFrom('135', '139', '186'), digits(8)).map((p) => p.join(''));
  const address = fc.tuple(fc.constantFrom('郑州市金水区', '洛阳市西工区', '新乡市红旗区'), fc.constantFrom('文化路', '中州中路', '平原路'), fc.integer({ min: 1, max: 999 })).map(([a, b, n]) => `${a}${b}${n}号`);
  const account = digits(19);
  const RIGHTS = ['“嵩山云雾”', '郑单958', '“金穗”', '一种播种装置', '中原红'];

  const generated = fc
    .record({
      people: fc.uniqueArray(person, { minLength: 1, maxLength: 3 }),
      companies: fc.uniqueArray(company, { minLength: 1, maxLength: 2 }),
      agents: fc.uniqueArray(person, { minLength: 1, maxLength: 2 }),
      ids: fc.array(id, { minLength: 1, maxLength: 3 }),
      phones: fc.array(phone, { minLength: 1, maxLength: 3 }),
      addresses: fc.array(address, { minLength: 1, maxLength: 2 }),
      account,
      rights: fc.subarray(RIGHTS, { minLength: 1 }),
    })
    .filter((g) => new Set([...g.people, ...g.agents]).size === g.people.length + g.agents.length);

  type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

  /** The generated people and companies as the case's parties (unvalidated: the anonymizer only reads them), the account in a payment term. */
  function caseOf(g: Generated): ExchangeCase {
    const base = sampleCase(1);
    const naturals = g.people.map((name, i) => ({ role: i === 0 ? 'applicant' : 'respondent', kind: 'natural', name, idNumber: g.ids[i % g.ids.length], phone: g.phones[i % g.phones.length], address: g.addresses[i % g.addresses.length], agents: [] }));
    const companies = g.companies.map((name, i) => ({ role: 'respondent', kind: 'legal', name, address: g.addresses[i % g.addresses.length], agents: g.agents.map((a) => ({ name: a, kind: 'lawyer', authority: 'general' })) }));
    const payment = { kind: 'payment', payer: g.companies[0], payee: g.people[0], amount: '1000.00', dueOn: '2026-12-01', account: { bank: '中国银行郑州分行', name: g.people[0], number: g.account } };
    return { ...base, parties: [...naturals, ...companies], ipRights: g.rights.map((title) => ({ kind: 'trademark', title })), mediators: [], sessions: [], followUps: [], agreement: { ...base.agreement, terms: [payment] } } as unknown as ExchangeCase;
  }

  it('never lets out a party’s or agent’s name, an ID number, a phone, an address or an account, and keeps every right’s name', () => {
    fc.assert(
      fc.property(generated, fc.array(fc.constantFrom('称', '，', '。', '双方', '经调解', '同意', '（', '）'), { maxLength: 6 }), (g, filler) => {
        const c = caseOf(g);
        // what the case records of them (a generated number or address no party was given is not theirs)
        const recorded = c.parties.flatMap((p) => [p.name, p.idNumber, p.phone, p.address, ...p.agents.map((a) => a.name)]).filter((v): v is string => Boolean(v));
        const secrets = [...new Set([...recorded, g.account])];
        // every secret and right run together, with words between some of them
        const pieces = [...secrets, ...g.rights];
        const text = pieces.map((piece, i) => piece + (filler[i % Math.max(filler.length, 1)] ?? '')).join('');
        const out = anonymizerFor(c).text(text);
        for (const secret of secrets) expect(out, `${secret} in ${out}`).not.toContain(secret);
        for (const right of g.rights) expect(out).toContain(right);
        // the editor's check: the raw text exposes someone, the anonymized text nobody
        expect(anonymizerFor(c).exposed(text)).toContain('name');
        expect(anonymizerFor(c).exposed(out)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('tells what a text still exposes: a name, or personal data by the case’s records or by its shape; a right’s name and number expose nothing', () => {
    const c = sampleCase(0, (raw) => {
      raw.ipRights[0].number = '第12345678号';
    });
    const a = anonymizerFor(c);
    const [applicant, respondent] = c.parties;
    expect(a.exposed(`${respondent?.name}的经营者称`)).toEqual(['name']);
    expect(a.exposed('王建华表示同意')).toEqual(['name']);
    expect(a.exposed(`送达地址：${applicant?.address}`)).toEqual(['personal']);
    expect(a.exposed('联系电话13812345678')).toEqual(['personal']);
    expect(a.exposed('王某（电话13812345678）')).toEqual(['personal']);
    expect(a.exposed('孙立代为签收，电话13812345678').sort()).toEqual(['name', 'personal']);
    expect(a.exposed(`第${c.ipRights[0]?.number}“${c.ipRights[0]?.title}”注册商标由河南某食品有限公司持有`)).toEqual([]);
    expect(a.text(`注册号${c.ipRights[0]?.number}`)).toBe(`注册号${c.ipRights[0]?.number}`);
  });
});
