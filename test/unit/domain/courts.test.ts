import { describe, expect, it } from 'vitest';
import { DEFAULT_COURTS, courtDirectorySchema, determineCourt, scopeOf, type CourtCase } from '../../../src-main/domain/courts';
import { caseSchema } from '../../../src-main/domain/exchange';
import { sample } from '../../support/samples';

const ZHENGZHOU_OFFICE = { name: '郑州市知识产权纠纷人民调解委员会', address: '河南省郑州市金水区花园路1号', defaultCourt: null };
const LUOYANG_OFFICE = { name: '洛阳市知识产权纠纷人民调解委员会', address: '河南省洛阳市洛龙区开元大道2号', defaultCourt: null };
const sampleCase = (i: number): CourtCase => caseSchema.parse(sample().cases[i]);

describe('the court of a judicial confirmation', () => {
  it('is the court that delegated the mediation', () => {
    expect(determineCourt(sampleCase(0), ZHENGZHOU_OFFICE, DEFAULT_COURTS)).toEqual({
      court: '郑州市管城回族区人民法院',
      basis: '本案系郑州市管城回族区人民法院诉前委派，应向该院申请司法确认（民事诉讼法第二百零五条第一项）',
      alternatives: [],
    });
  });

  it('is the Zhengzhou intermediate court, province-wide, for a utility-model patent or software dispute', () => {
    for (const [i, office] of [[1, LUOYANG_OFFICE], [2, ZHENGZHOU_OFFICE]] as const) {
      const choice = determineCourt(sampleCase(i), office, DEFAULT_COURTS);
      expect(choice.court).toBe('郑州市中级人民法院');
      expect(choice.basis).toContain('技术类知识产权纠纷，由中级人民法院管辖（法释〔2022〕13号第一条）');
      expect(choice.basis).toContain(`${office.name}所在地在河南省`);
    }
  });

  it('is a basic court where the office sits for a trademark dispute, with the parties’ courts as alternatives', () => {
    const c = { ...sampleCase(1), category: 'trademark_infringement', ipRights: [{ kind: 'trademark' }] } as CourtCase;
    const inLuoyang = determineCourt(c, LUOYANG_OFFICE, DEFAULT_COURTS);
    expect(inLuoyang.court).toBe('洛阳高新技术产业开发区人民法院');
    expect(inLuoyang.basis).toBe('一般知识产权纠纷；洛阳市知识产权纠纷人民调解委员会所在地在洛阳市，属洛阳高新技术产业开发区人民法院管辖');
    // the applicant lives in Zhengzhou: its basic courts (and, above their limits, the intermediate court) may be chosen instead
    expect(inLuoyang.alternatives).toEqual(['郑州市管城回族区人民法院', '郑州航空港经济综合实验区人民法院', '郑州市中级人民法院']);
    expect(determineCourt(c, ZHENGZHOU_OFFICE, DEFAULT_COURTS).court).toBe('郑州市管城回族区人民法院');
  });

  it('falls back to the office’s default court, or says what the directory lacks', () => {
    const c = { ...sampleCase(1), category: 'copyright_infringement', ipRights: [{ kind: 'copyright' }], parties: [{ name: '甲', address: '河南省南阳市' }] } as CourtCase;
    const nanyang = { name: '南阳市调解委员会', address: '河南省南阳市卧龙区', defaultCourt: null };
    expect(determineCourt(c, nanyang, DEFAULT_COURTS)).toEqual({ court: null, basis: expect.stringContaining('请在“设置 → 法院名录”中补充'), alternatives: [] });
    expect(determineCourt(c, { ...nanyang, defaultCourt: '南阳市卧龙区人民法院' }, DEFAULT_COURTS)).toMatchObject({ court: '南阳市卧龙区人民法院', basis: expect.stringContaining('默认法院') });
    const withNanyang = [...DEFAULT_COURTS, { name: '南阳市卧龙区人民法院', areas: ['南阳市'], scopes: ['general' as const] }];
    expect(determineCourt(c, nanyang, withNanyang).court).toBe('南阳市卧龙区人民法院');
  });

  it('tells technical disputes by category or by the rights at issue', () => {
    expect(scopeOf({ category: 'other_ip', ipRights: [{ kind: 'design_patent' }] })).toBe('technical');
    expect(scopeOf({ category: 'technology_contract', ipRights: [] })).toBe('technical');
    expect(scopeOf({ category: 'copyright_contract', ipRights: [{ kind: 'copyright' }] })).toBe('general');
  });

  it('keeps the directory valid, and refuses entries without a name, area or scope', () => {
    expect(courtDirectorySchema.safeParse(DEFAULT_COURTS).success).toBe(true);
    const bad = courtDirectorySchema.safeParse([{ name: '', areas: [], scopes: [] }]);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['请填写法院名称', '请填写管辖地域', '请选择管辖范围']);
  });
});
