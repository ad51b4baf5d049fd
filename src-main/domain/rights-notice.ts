import { z } from 'zod';
import { keysOf } from './vocabulary';
import { legalDate, text } from './exchange/primitives';

/** How the notice of rights and duties reached a party. */
export const NOTICE_MANNERS = {
  in_person: '当面送达',
  with_acceptance: '随受理通知书送达',
  post: '邮寄送达',
  electronic: '电子送达',
} as const;
export type NoticeManner = keyof typeof NOTICE_MANNERS;

export const rightsNoticeInputSchema = z.strictObject({
  givenOn: legalDate('告知日期'),
  manner: z.enum(keysOf(NOTICE_MANNERS), { error: '请选择告知方式' }),
  acknowledged: z.boolean({ error: '请说明当事人是否已签收确认' }),
  note: text('备注', 500).optional(),
});
export type RightsNoticeInput = z.output<typeof rightsNoticeInputSchema>;
