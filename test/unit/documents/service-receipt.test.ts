import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-main/documents/model';
import { blocksOfType, composeKind, kindNamed, modelLines, sampleCase } from '../../support/documents';

/** 送达回证 for the trademark sample (case 0): one per party, listing what is still to serve on it. */
const fields = (blocks: Block[]) => Object.fromEntries(blocksOfType(blocks, 'fields').flatMap((f) => f.rows.map((r) => [r.label, r.value])));

describe('service-receipt 送达回证', () => {
  it('names the matter, the papers to serve and how many, the addressee and address, the ways of service and the lines to sign', () => {
    const c = sampleCase(0);
    const model = composeKind('service-receipt', c, { papersToServe: [['受理通知书', '调解协议书'], ['调解协议书']] }, [{ party: 0 }]);
    expect(kindNamed('service-receipt')).toMatchObject({ per: 'party', listsPapersToServe: true });
    expect(modelLines(model).slice(0, 3)).toEqual(['郑州市知识产权纠纷人民调解委员会', '送达回证', '（2026）豫郑知调字第0003号']);
    const f = fields(model.blocks);
    expect(f).toMatchObject({
      案由: '河南嵩岳食品有限公司与管城回族区惠民便利超市商标侵权纠纷',
      送达文书名称及件数: '《受理通知书》一份\n《调解协议书》一份',
      受送达人: '河南嵩岳食品有限公司',
      送达方式: '□直接　□邮寄　□电子　□留置　□公告',
    });
    expect(f.送达地址).toBe(c.parties[0]?.serviceAddress?.address ?? c.parties[0]?.address ?? '');
    expect(Object.keys(f)).toEqual(['案由', '送达文书名称及件数', '受送达人', '送达地址', '送达方式', '受送达人签名或者盖章', '代收人及代收理由', '送达人', '备注']);
    // the respondent's receipt lists its own papers; with none left to serve, the line is blank to fill
    expect(fields(composeKind('service-receipt', c, { papersToServe: [[], ['调解协议书']] }, [{ party: 1 }]).blocks).送达文书名称及件数).toBe('《调解协议书》一份');
    expect(fields(composeKind('service-receipt', c, {}, [{ party: 1 }]).blocks).送达文书名称及件数).toBe('');
  });
});
