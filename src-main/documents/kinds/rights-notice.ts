import { headingNumber } from '../../domain/chinese-format';
import { numberCaveat, partyAt, type DocumentKind } from '../kind';
import { para, type Block } from '../model';
import { howSigned } from '../parts';

/** 当事人权利义务告知书: told to each party before mediation begins, and acknowledged (`documents.md`). */
const SECTIONS: [string, string][] = [
  ['nature', '调解组织的性质'],
  ['principles', '调解原则'],
  ['rights', '当事人享有的权利'],
  ['duties', '当事人承担的义务'],
  ['recusal', '回避'],
  ['confidentiality', '保密'],
  ['effect', '调解协议的效力和司法确认'],
];

export const rightsNotice: DocumentKind = {
  kind: 'rights-notice',
  title: '当事人权利义务告知书',
  per: 'party',
  served: true,
  wording: {
    intro: { label: '开头', text: '为保障当事人依法参加调解活动，根据《中华人民共和国人民调解法》等规定，现将有关权利义务告知如下：' },
    nature: {
      label: '调解组织的性质',
      text: '{组织名称}是依法设立的调解组织，在调解员主持下，通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成调解协议，解决纠纷。{收费说明}',
    },
    principles: {
      label: '调解原则',
      text: '调解遵循以下原则：在当事人自愿、平等的基础上进行调解；不违背法律、法规和国家政策；尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。',
    },
    rights: {
      label: '当事人的权利',
      text: '当事人在调解活动中享有下列权利：（一）选择或者接受调解员；（二）接受调解、拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议。',
    },
    duties: {
      label: '当事人的义务',
      text: '当事人在调解活动中履行下列义务：（一）如实陈述纠纷事实；（二）遵守调解现场秩序，尊重调解员；（三）尊重对方当事人行使权利。',
    },
    recusal: {
      label: '回避',
      text: '调解员是当事人或者其代理人的近亲属、与纠纷有利害关系，或者与当事人、代理人有其他关系可能影响公正调解的，应当自行回避；当事人也有权申请其回避。调解员具有上述情形而双方当事人仍同意其继续调解的，可以继续调解。',
    },
    confidentiality: {
      label: '保密',
      text: '调解活动及调解过程中知悉的国家秘密、商业秘密、个人隐私，以及当事人不愿公开的信息，调解员和参与调解的人员应当保密。当事人为达成调解协议作出的妥协或者让步，不得在其后的诉讼、仲裁中作为对其不利的根据，但当事人均同意的除外。',
    },
    effect: {
      label: '协议效力与司法确认',
      text: '经调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认；人民法院依法确认调解协议有效后，一方拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。',
    },
    acknowledgment: { label: '确认语', text: '本人（单位）已阅读并知悉上述权利义务。' },
  },
  caveat: numberCaveat,
  build(ctx, target) {
    const p = partyAt(ctx.c, target);
    const blocks: Block[] = [
      { type: 'title', text: '当事人权利义务告知书' },
      { type: 'number', text: ctx.caseNumber },
      para(`${p.name}：`, { indent: false }),
      para(ctx.wording('intro')),
    ];
    SECTIONS.forEach(([key, heading], i) => {
      blocks.push({ type: 'heading', level: 1, text: `${headingNumber(1, i + 1)}${heading}` }, para(ctx.wording(key)));
    });
    blocks.push(para(ctx.wording('acknowledgment')), {
      type: 'signatures',
      lines: [{ label: `当事人（${howSigned(p)}）`, withDate: true }],
    });
    return blocks;
  },
};
