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
  wording: { retention: { label: '保管期限（归档前的默认）', text: '长期' } },
  caveat: numberCaveat,
  build(ctx) {
    const c = ctx.c;
    const file = ctx.caseFile;
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
          { label: '本卷页数', value: `共${file.compiled.totalPages ?? '　　'}页` },
          { label: '保管期限', value: file.retention ?? ctx.wording('retention') },
          { label: '立卷人', value: file.filedBy ?? '' },
          { label: '立卷日期', value: file.filedOn ? chineseDate(file.filedOn) : '' },
        ],
      },
    ];
  },
};

export const fileIndex: DocumentKind = {
  kind: 'file-index',
  title: '卷内目录',
  per: 'case',
  wording: {},
  caveat: numberCaveat,
  build(ctx) {
    const rows = ctx.caseFile.compiled.items.map((item) => [
      String(item.no),
      item.name,
      item.pageRange ?? '',
      item.present ? '' : item.required ? '缺（必备）' : '无',
    ]);
    return [
      { type: 'title', text: '卷内目录' },
      { type: 'number', text: ctx.caseNumber },
      // the name above the table keeps the index on one page
      para(`案件名称：${caseTitle(ctx.c)}${CASE_CATEGORIES[ctx.c.category]}`, { indent: false }),
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
    ];
  },
};
