import { z } from 'zod';
import { chineseDate } from './chinese-format';
import { fieldError } from './errors';
import { legalDate, oneOf, text } from './exchange/primitives';
import { keysOf } from './vocabulary';

/**
 * Service of papers on the parties (送达): how a generated document reached an addressee, as the
 * signed service receipt (送达回证) or the post's return slip shows. Recorded once per document and
 * addressee. Pure: the service supplies the case's parties, the day the document was made and today.
 */
export const DELIVERY_METHODS = { direct: '直接送达', post: '邮寄送达', electronic: '电子送达', left: '留置送达', public: '公告送达' } as const;
export type DeliveryMethod = keyof typeof DELIVERY_METHODS;

const optional = (label: string, max: number) => text(label, max).optional();

export const deliverySchema = z
  .strictObject({
    party: text('受送达人', 100),
    method: oneOf(keysOf(DELIVERY_METHODS), '送达方式'),
    servedOn: legalDate('送达日期'),
    /** Who signed for it: the addressee, or someone receiving on their behalf (代收人). */
    receivedBy: optional('签收人', 100),
    note: optional('备注', 500),
  })
  .superRefine((d, ctx) => {
    if ((d.method === 'direct' || d.method === 'post') && !d.receivedBy) ctx.addIssue({ code: 'custom', path: ['receivedBy'], message: `${DELIVERY_METHODS[d.method]}请填写签收人（受送达人或代收人）` });
    if (d.method === 'left' && !d.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '留置送达请在备注中写明拒收事由、日期和见证人' });
    if (d.method === 'public' && !d.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '公告送达请在备注中写明公告的方式和日期' });
  });
export type Delivery = z.output<typeof deliverySchema>;

export interface DeliveryFacts {
  parties: readonly string[];
  /** The day the document was made (`YYYY-MM-DD`). */
  madeOn: string;
  today: string;
  /** Those the document was already served on. */
  servedOn: readonly string[];
}

/** Throws, naming the field of the API's input (`delivery.…`), when the service cannot be recorded as given. */
export function checkDelivery(d: Delivery, facts: DeliveryFacts): void {
  if (!facts.parties.includes(d.party)) throw fieldError('delivery.party', `${d.party}不是本案当事人`);
  if (facts.servedOn.includes(d.party)) throw fieldError('delivery.party', `该文书已记录送达${d.party}`);
  if (d.servedOn < facts.madeOn) throw fieldError('delivery.servedOn', `送达日期不能早于文书生成日期（${chineseDate(facts.madeOn)}）`);
  if (d.servedOn > facts.today) throw fieldError('delivery.servedOn', '送达日期不能晚于今天');
}

/** `2026年11月25日直接送达郭芳（本人签收）` — how a recorded service reads in lists. */
export function deliveryText(d: Delivery): string {
  const by = d.receivedBy ? (d.receivedBy === d.party ? '（本人签收）' : `（${d.receivedBy}签收）`) : '';
  return `${chineseDate(d.servedOn)}${DELIVERY_METHODS[d.method]}${d.party}${by}`;
}
