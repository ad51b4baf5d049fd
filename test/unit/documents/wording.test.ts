import { describe, expect, it } from 'vitest';
import { COMMON_VARIABLES, fillVariables, variablesIn } from '../../../src-main/documents/wording';
import { commonVariables } from '../../../src-main/documents/compose';
import { composeInputFor, sampleCase } from '../../support/documents';

describe('variables in wording', () => {
  it('finds each variable once, in braces, without spaces, up to 20 characters', () => {
    expect(variablesIn('{申请人}与{被申请人}，{申请人}；{ 空格 }{}{{嵌套}}')).toEqual(['申请人', '被申请人', '嵌套']);
    expect(variablesIn(`{${'长'.repeat(20)}}{${'长'.repeat(21)}}`)).toEqual(['长'.repeat(20)]);
  });

  it('fills known variables once, and leaves unknown ones as written so a typo shows', () => {
    expect(fillVariables('{申请人}诉{被申请人}，{错字}', { 申请人: '甲', 被申请人: '乙' })).toBe('甲诉乙，{错字}');
    // a value is never read as wording: braces and replacement patterns in names stay literal
    expect(fillVariables('{申请人}：{案号}', { 申请人: '{案号}$&$1', 案号: '（2026）1号' })).toBe('{案号}$&$1：（2026）1号');
    expect(fillVariables('{toString}{constructor}{__proto__}', {})).toBe('{toString}{constructor}{__proto__}');
  });

  it('has a value for every common variable', () => {
    const values = commonVariables(composeInputFor(sampleCase(0)));
    expect(Object.keys(values).sort()).toEqual([...COMMON_VARIABLES].sort());
    expect(values).toMatchObject({
      组织名称: '郑州市知识产权纠纷人民调解委员会',
      案号: '（2026）豫郑知调字第0003号',
      登记日期: '2026年3月3日',
      受理日期: '2026年3月4日',
      纠纷类别: '商标侵权纠纷',
      申请人: '河南嵩岳食品有限公司',
      被申请人: '管城回族区惠民便利超市',
      调解员: '陈静',
      移送机关: '郑州市管城回族区人民法院',
      今天: '2026年11月24日',
    });
    const bare = commonVariables(composeInputFor(sampleCase(2, (raw) => (raw.mediators = []))));
    expect(bare).toMatchObject({ 调解员: '（待指派）', 案号: '（未编号）' });
  });
});
