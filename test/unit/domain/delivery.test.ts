import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDelivery, DELIVERY_METHODS, deliverySchema, deliveryText, type Delivery, type DeliveryFacts } from '../../../src-main/domain/delivery';

const FACTS: DeliveryFacts = { parties: ['河南嵩岳食品有限公司', '管城回族区惠民便利超市'], madeOn: '2026-11-20', today: '2026-11-24', servedOn: [] };
const refusal = (d: Delivery, facts = FACTS) => {
  try {
    checkDelivery(d, facts);
    return null;
  } catch (e) {
    return { message: (e as Error).message, fields: (e as { fields?: Record<string, string> }).fields };
  }
};
const direct: Delivery = { party: '河南嵩岳食品有限公司', method: 'direct', servedOn: '2026-11-21', receivedBy: '孙立' };

describe('service of a paper', () => {
  it('needs who signed for a paper handed over or posted, and the circumstances of one left or announced', () => {
    const issues = (input: object) => deliverySchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    expect(issues(direct)).toEqual([]);
    expect(issues({ ...direct, receivedBy: undefined })).toEqual([['receivedBy', '直接送达请填写签收人（受送达人或代收人）']]);
    expect(issues({ ...direct, method: 'post', receivedBy: undefined })).toEqual([['receivedBy', '邮寄送达请填写签收人（受送达人或代收人）']]);
    expect(issues({ ...direct, method: 'left', receivedBy: undefined })).toEqual([['note', '留置送达请在备注中写明拒收事由、日期和见证人']]);
    expect(issues({ ...direct, method: 'public', receivedBy: undefined })).toEqual([['note', '公告送达请在备注中写明公告的方式和日期']]);
    expect(issues({ ...direct, method: 'electronic', receivedBy: undefined })).toEqual([]);
    expect(issues({ ...direct, method: 'fax' })).toEqual([['method', expect.stringContaining('送达方式')]]);
    expect(issues({ ...direct, servedOn: '2026-02-30' })).toEqual([['servedOn', '送达日期不是有效日期（格式 YYYY-MM-DD）']]);
  });

  it('is recorded only on a party, once, between the day the paper was made and today', () => {
    expect(refusal(direct)).toBeNull();
    expect(refusal({ ...direct, party: '孙立' })).toEqual({ message: '孙立不是本案当事人', fields: { 'delivery.party': '孙立不是本案当事人' } });
    expect(refusal(direct, { ...FACTS, servedOn: ['河南嵩岳食品有限公司'] })?.fields).toEqual({ 'delivery.party': '该文书已记录送达河南嵩岳食品有限公司' });
    expect(refusal({ ...direct, servedOn: '2026-11-19' })?.fields).toEqual({ 'delivery.servedOn': '送达日期不能早于文书生成日期（2026年11月20日）' });
    expect(refusal({ ...direct, servedOn: '2026-11-25' })?.fields).toEqual({ 'delivery.servedOn': '送达日期不能晚于今天' });
  });

  it('accepts exactly the days from the paper’s making to today, whatever the way of service', () => {
    const day = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2026, 10, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(...(Object.keys(DELIVERY_METHODS) as (keyof typeof DELIVERY_METHODS)[])), (servedOn, method) => {
        const ok = refusal({ ...direct, method, servedOn }) === null;
        expect(ok).toBe(servedOn >= FACTS.madeOn && servedOn <= FACTS.today);
      }),
    );
  });

  it('reads as the date, the way and who signed', () => {
    expect(deliveryText(direct)).toBe('2026年11月21日直接送达河南嵩岳食品有限公司（孙立签收）');
    expect(deliveryText({ ...direct, method: 'post', receivedBy: '河南嵩岳食品有限公司' })).toBe('2026年11月21日邮寄送达河南嵩岳食品有限公司（本人签收）');
    expect(deliveryText({ party: '郭芳', method: 'electronic', servedOn: '2026-11-22' })).toBe('2026年11月22日电子送达郭芳');
  });
});
