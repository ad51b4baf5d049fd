import { describe, expect, it } from 'vitest';
import { statisticsNarrative } from '../../../src-main/documents/statistics-narrative';
import { EMPTY_TALLY, statisticsOf, type Group } from '../../../src-main/domain/statistics';
import { blocksOfType, modelLines } from '../../support/documents';

/** The narrative of a period of the statistics integration fixture: four cases, two agreements, three concluded. */
const g = (dimension: Group['dimension'], key: string, t: Partial<Group>): Group => ({ ...EMPTY_TALLY, dimension, key, ...t });
const money = { claimed: 4, claimedFen: 85_000_000, agreedFen: 33_000_000 };
const groups = [
  g('category', 'patent_infringement', { cases: 1, agreed: 1, concluded: 1 }),
  g('category', 'trademark_infringement', { cases: 2, agreed: 1, concluded: 1, timed: 3, days: 28, applied: 2, confirmed: 1, followedUp: 1, rated: 1, ratingSum: 5, ...money }),
  g('category', 'software', { cases: 1, concluded: 1 }),
  g('source', 'court_delegated', { cases: 2 }),
  g('source', 'party_application', { cases: 1 }),
  g('source', 'admin_referral', { cases: 1 }),
  g('mediator', 'm1', { name: '陈静', cases: 3, agreed: 2, concluded: 2 }),
  g('mediator', 'm2', { name: '杨帆', cases: 2, agreed: 1, concluded: 2 }),
];
const stats = statisticsOf({ from: '2026-01-01', to: '2026-12-31' }, groups, [[6, 1], [7, 1], [15, 1]]);

describe('the statistics narrative', () => {
  it('reports the period in sentences under numbered headings, with the categories as a table and the seal', () => {
    const model = statisticsNarrative(stats, '郑州市知识产权纠纷人民调解委员会', '2027-01-05');
    expect(model.fileName).toBe('郑州市知识产权纠纷人民调解委员会工作情况报告（2026-01-01至2026-12-31）');
    const lines = modelLines(model);
    expect(lines[0]).toBe('关于2026年1月1日至2026年12月31日知识产权纠纷调解工作情况的报告');
    expect(blocksOfType(model.blocks, 'heading').map((h) => h.text)).toEqual(['一、基本情况', '二、纠纷类别', '三、案件来源', '四、司法确认与履行', '五、调解员工作']);
    expect(lines).toContain(
      '2026年1月1日至2026年12月31日，郑州市知识产权纠纷人民调解委员会共登记纠纷案件4件，调解结束3件，其中达成调解协议2件，调解成功率66.7%。案件自受理至调解结束平均用时9.3天（中位数7天）。当事人请求金额合计人民币850,000.00元，调解协议确定的给付金额合计人民币330,000.00元。',
    );
    expect(lines).toContain('从纠纷类别看，商标侵权纠纷2件，占50.0%；专利侵权纠纷1件，占25.0%；计算机软件纠纷1件，占25.0%。各类别的案件数和调解成功率如下：');
    expect(blocksOfType(model.blocks, 'table')[0]?.rows).toEqual([
      ['专利侵权纠纷', '1', '25.0%', '100.0%'],
      ['商标侵权纠纷', '2', '50.0%', '100.0%'],
      ['计算机软件纠纷', '1', '25.0%', '0.0%'],
    ]);
    expect(lines).toContain('当事人申请司法确认2件，人民法院裁定确认1件，驳回或者不予受理0件，确认率50.0%。回访案件中，调解协议全部履行的占0.0%，当事人平均满意度5分（5分制）。');
    expect(lines).toContain('本期共有2名调解员参与调解，办理案件较多的是陈静3件（达成协议2件，成功率100.0%）、杨帆2件（达成协议1件，成功率50.0%）。');
    expect(lines.slice(-3)).toEqual(['郑州市知识产权纠纷人民调解委员会', '（盖章）', '2027年1月5日']);
  });

  it('says plainly what the period lacks: no confirmations, no follow-ups, no mediators', () => {
    const bare = statisticsOf({ from: '2026-01-01', to: '2026-03-31' }, [g('category', 'software', { cases: 2 }), g('source', 'party_application', { cases: 2 })], []);
    const lines = modelLines(statisticsNarrative(bare, '某调解委员会', '2026-04-01'));
    expect(lines).toContain('本期没有申请司法确认的案件。本期案件尚无回访记录。');
    expect(lines).toContain('本期案件尚未指派调解员。');
    expect(lines.find((l) => l.includes('共登记纠纷案件2件'))).not.toContain('平均用时');
  });
});
