import { DELIVERY_METHODS } from '../../domain/delivery';
import { numberCaveat, partyAt, type DocumentKind } from '../kind';
import { caseMatter } from './session-record';

/**
 * 送达回证 (one per party): the form that goes with the papers served on a party and comes back
 * signed — the matter, the papers and how many, the addressee and the address for service, the
 * way served, the signature and date of receipt, whoever received on the addressee's behalf, the
 * server, and a line for remarks (a refusal is written there). It lists the papers made for the party (or the whole case) not yet recorded as served on
 * it; with none, the line is left to fill by hand.
 */

/** The ways of service to tick, on one line: `□直接`, `□邮寄` and so on. */
const BOXES = Object.values(DELIVERY_METHODS).map((m) => `□${m.replace('送达', '')}`).join('　');
const UNDATED = '　　年　　月　　日';

export const serviceReceipt: DocumentKind = {
  kind: 'service-receipt',
  title: '送达回证',
  per: 'party',
  listsPapersToServe: true,
  wording: {},
  caveat: numberCaveat,
  build(ctx, target) {
    const p = partyAt(ctx.c, target);
    const papers = ctx.papersToServe[target.party ?? 0] ?? [];
    const address = p.serviceAddress?.address ?? p.address ?? '';
    return [
      { type: 'title', issuer: ctx.organization.name, text: '送达回证' },
      { type: 'number', text: ctx.caseNumber },
      {
        type: 'fields',
        rows: [
          { label: '案由', value: caseMatter(ctx.c) },
          { label: '送达文书名称及件数', value: papers.map((t) => `《${t}》一份`).join('\n') },
          { label: '受送达人', value: p.name },
          { label: '送达地址', value: address },
          { label: '送达方式', value: BOXES },
          { label: '受送达人签名或者盖章', value: `\n${UNDATED}` },
          { label: '代收人及代收理由', value: `\n${UNDATED}` },
          { label: '送达人', value: `\n${UNDATED}` },
          // a refusal is noted here: its reason and date, the server's and the witness's signatures
          { label: '备注', value: '\n' },
        ],
      },
    ];
  },
};
