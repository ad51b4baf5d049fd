import { describe, expect, it } from 'vitest';
import { blocksOfType, composeKind, kindNamed, modelLines, sampleCase } from '../../support/documents';

/** 典型案例 of the samples: the trademark case (agreement, confirmation pending) and the software case (terminated). */
describe('typical-case 典型案例', () => {
  it('writes the case up under four headings, every party, agent, number and address anonymized, the mark kept', () => {
    const c = sampleCase(0);
    const model = composeKind('typical-case', c);
    const lines = modelLines(model);
    expect(lines[0]).toBe('河南某食品有限公司与管城回族区某便利超市商标侵权纠纷调解案');
    expect(blocksOfType(model.blocks, 'heading').map((h) => h.text)).toEqual(['一、基本案情', '二、调解过程', '三、调解结果', '四、典型意义']);
    const text = lines.join('\n');
    const secrets = c.parties.flatMap((p) => [p.name, p.idNumber, p.uscc, p.phone, p.address, p.representative?.name, ...p.agents.map((a) => a.name)]).filter((v): v is string => Boolean(v));
    for (const secret of [...secrets, ...c.mediators.map((m) => m.name)]) expect(text, secret).not.toContain(secret);
    expect(text).toContain(c.ipRights[0]?.title);
    expect(lines).toContain('2026年3月10日，现场调解。代理人：被申请人销售的月饼礼盒使用了与“嵩岳”近似的标识，足以导致混淆；王某：商品从批发市场进货，不知道侵权，愿意下架并适当赔偿。');
    expect(lines.find((l) => l.startsWith('经调解，双方于2026年3月10日自愿达成调解协议'))).toBeDefined();
    expect(lines.at(-1)).toBe('2026年11月24日');
    expect(kindNamed('typical-case').caveat(c)).toBeNull();
  });

  it('says how a terminated case ended', () => {
    const lines = modelLines(composeKind('typical-case', sampleCase(2)));
    expect(lines.find((l) => l.startsWith('调解未能达成协议'))).toBe('调解未能达成协议，2026年8月12日终止调解（双方分歧较大）。');
  });
});
