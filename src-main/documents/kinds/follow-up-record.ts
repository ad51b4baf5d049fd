import { chineseDate, chineseNumeral } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import { FOLLOW_UP_METHODS, PERFORMANCE } from '../../domain/vocabulary';
import { caveats, numberCaveat, type DocumentKind } from '../kind';
import type { Block } from '../model';
import { caseMatter } from './session-record';

/**
 * 回访记录 (`documents.md`; 人民调解法 art. 31): how the agreement is being honoured — each
 * follow-up's date, manner, performance, the party's satisfaction (1–5, which the province
 * surveys yearly), any lawsuit, the risks — and the visitor's signature. What the exchange format
 * does not record (who was visited, by whom, the risks) is left to fill in by hand; a case without
 * follow-ups gets an empty form.
 */

type FollowUp = ExchangeCase['followUps'][number];
type Row = { label: string; value: string };

const SATISFACTION = ['非常不满意', '不满意', '基本满意', '满意', '非常满意'] as const;

/** `满意（4分）` */
export const satisfactionText = (score: number): string => `${SATISFACTION[score - 1] ?? ''}（${score}分）`;

/** The agreement's number; an unnumbered case's agreement by the day it was signed. */
function agreementText(c: ExchangeCase): string {
  const a = c.agreement;
  if (!a) return '';
  const number = a.number ?? c.caseNumber;
  if (number) return number;
  return a.signedOn ? `${chineseDate(a.signedOn)}签订的调解协议` : '';
}

/** Few rows: one follow-up's record fits on a page. */
const caseRows = (c: ExchangeCase): Row[] => [
  { label: '案件名称', value: caseMatter(c) },
  { label: '协议编号', value: agreementText(c) },
];

/** Two lines' room to write in by hand. */
const WRITE_IN = '\n';

/** The visitor signs in the table, so that each follow-up's record stays in one piece. */
const VISITOR: Row = { label: '回访人（签名）', value: '' };

function followUpRows(f: FollowUp): Row[] {
  return [
    { label: '回访日期及方式', value: `${chineseDate(f.on)}　${FOLLOW_UP_METHODS[f.method]}回访` },
    { label: '被回访人', value: '' },
    { label: '履行情况', value: PERFORMANCE[f.performance] },
    { label: '满意度', value: f.satisfaction === undefined ? '未评价' : satisfactionText(f.satisfaction) },
    { label: '涉诉情况', value: f.lawsuit ?? '无' },
    { label: '风险及措施', value: WRITE_IN },
    { label: '备注', value: f.note ?? '' },
    VISITOR,
  ];
}

/** The same rows with the choices written out, to tick by hand. */
const BLANK_ROWS: Row[] = [
  { label: '回访日期及方式', value: `　　年　　月　　日　　${Object.values(FOLLOW_UP_METHODS).join('　')}` },
  { label: '被回访人', value: '' },
  { label: '履行情况', value: Object.values(PERFORMANCE).join('　　') },
  { label: '满意度', value: [...SATISFACTION].reverse().join('　') },
  { label: '涉诉情况', value: WRITE_IN },
  { label: '风险及措施', value: WRITE_IN },
  { label: '备注', value: WRITE_IN },
  VISITOR,
];

export const followUpRecord: DocumentKind = {
  kind: 'follow-up-record',
  title: '回访记录',
  per: 'case',
  wording: {},
  caveat: (c) => caveats(c.followUps.length ? null : '案件尚无回访记录，将生成空白回访记录表', numberCaveat(c)),
  build(ctx) {
    const follows = ctx.c.followUps;
    const head: Block[] = [
      { type: 'title', text: '回访记录' },
      { type: 'number', text: ctx.caseNumber },
    ];
    // one follow-up (or none yet): a single table
    if (follows.length <= 1) {
      const rows = follows[0] ? followUpRows(follows[0]) : BLANK_ROWS;
      return [...head, { type: 'fields', rows: [...caseRows(ctx.c), ...rows] }];
    }
    return [
      ...head,
      { type: 'fields', rows: caseRows(ctx.c) },
      ...follows.flatMap((f, i): Block[] => [{ type: 'heading', level: 1, text: `第${chineseNumeral(i + 1)}次回访` }, { type: 'fields', rows: followUpRows(f) }]),
    ];
  },
};
