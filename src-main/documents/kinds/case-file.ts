import { chineseDate } from '../../domain/chinese-format';
import { CASE_CATEGORIES } from '../../domain/categories';
import { numberCaveat, type DocContext, type DocumentKind } from '../kind';
import { para } from '../model';
import { caseTitle } from '../parts';

/** 卷宗封面 and 卷内目录 of the archived case file (`reference.md` §4). */

const lead = (ctx: DocContext) => ctx.c.mediators.map((m) => m.name).join('、');

export const fileCover: DocumentKind = {
  kind: 'file-cover',
  title: '卷宗封面',
  per: 'case',
  wording: { retention: { label: '保管期限', text: '长期' } },
  caveat: numberCaveat,
  build(ctx) {
    const c = ctx.c;
    return [
      { type: 'title', text: '卷　宗', issuer: ctx.organization.name },
      { type: 'blank' },
      {
        type: 'fields',
        rows: [
          { label: '卷号', value: ctx.caseNumber },
          { label: '案件名称', value: `${caseTitle(c)}${CASE_CATEGORIES[c.category]}` },
          { label: '调解员', value: lead(ctx) },
          { label: '受理日期', value: c.acceptedOn ? chineseDate(c.acceptedOn) : '' },
          { label: '结案日期', value: c.closedOn ? chineseDate(c.closedOn) : '' },
          { label: '本卷页数', value: '共　　页' },
          { label: '保管期限', value: ctx.wording('retention') },
          { label: '立卷人', value: '' },
          { label: '立卷日期', value: '' },
        ],
      },
    ];
  },
};

type Item = { name: string; required: boolean; present: (ctx: DocContext) => boolean | null };

/** The 13 items of the standard index, in order; `present` is null where the app cannot know. */
const ITEMS: Item[] = [
  { name: '调解申请书、受理登记表', required: true, present: () => true },
  { name: '当事人权利义务告知书', required: true, present: (ctx) => ctx.generatedKinds.has('rights-notice') },
  { name: '当事人身份证明材料', required: true, present: (ctx) => ctx.partyDocuments.some((d) => d.length > 0) },
  { name: '授权委托书', required: false, present: (ctx) => ctx.c.parties.some((p) => p.agents.length > 0) },
  { name: '调查记录', required: false, present: () => null },
  { name: '证据材料', required: false, present: () => null },
  { name: '调解笔录', required: true, present: (ctx) => ctx.c.sessions.length > 0 },
  { name: '调解协议书', required: true, present: (ctx) => Boolean(ctx.c.agreement) },
  { name: '履行凭证', required: false, present: () => null },
  { name: '回访记录', required: false, present: (ctx) => ctx.c.followUps.length > 0 },
  { name: '司法确认材料', required: false, present: (ctx) => ctx.c.enforcement?.route === 'judicial_confirmation' },
  { name: '案件情况说明', required: false, present: () => null },
  { name: '卷宗封底', required: true, present: () => true },
];

export const fileIndex: DocumentKind = {
  kind: 'file-index',
  title: '卷内目录',
  per: 'case',
  wording: {},
  caveat: numberCaveat,
  build(ctx) {
    const rows = ITEMS.map((item, i) => {
      const present = item.present(ctx);
      const note = present === true ? '' : present === false ? (item.required ? '缺（必备）' : '无') : item.required ? '待核' : '如有';
      return [String(i + 1), item.name, '', note];
    });
    return [
      { type: 'title', text: '卷内目录' },
      { type: 'number', text: ctx.caseNumber },
      {
        type: 'table',
        columns: [
          { header: '序号', width: 10 },
          { header: '文件材料名称', width: 55 },
          { header: '页号', width: 15 },
          { header: '备注', width: 20 },
        ],
        rows,
      },
      para(`案件名称：${caseTitle(ctx.c)}${CASE_CATEGORIES[ctx.c.category]}`, { indent: false }),
    ];
  },
};
