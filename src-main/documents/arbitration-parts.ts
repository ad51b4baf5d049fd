import { tribunalText, type ArbitrationView } from '../domain/arbitration';
import { chineseDate } from '../domain/chinese-format';
import { caveats, type DocContext } from './kind';
import type { Block } from './model';
import { BLANK, BLANK_DATE } from './parts';

/** Parts a commission's papers share: the view of the arbitration, the commission's name and the head under it. */

export const viewOf = (ctx: DocContext): ArbitrationView => {
  if (!ctx.arbitration) throw new Error('a commission paper needs DocContext.arbitration');
  return ctx.arbitration;
};

/** The commission's name, or a blank before it to fill in. */
export const commissionName = (view: ArbitrationView) => view.commission ?? `${BLANK}仲裁委员会`;

/** The commission's name above the title, and its number of the case (blank for the commission to fill). */
export const commissionHead = (view: ArbitrationView, title: string): Block[] => [
  { type: 'title', issuer: commissionName(view), text: title },
  { type: 'number', text: view.caseNumber ?? '（　　）　　仲字第　　号' },
];

/** What a commission's paper leaves blank when the office does not know it: the commission, its number. */
export const commissionCaveat = (view: ArbitrationView): string | null =>
  caveats(view.commission ? null : '未选定仲裁委员会，委员会名称将留空', view.caseNumber ? null : '仲裁案号将留空，由仲裁委员会填写');

/**
 * The values a commission's papers fill in from the arbitration — the commission, the day it
 * accepted the case, the tribunal and the day it was composed, the clerk — each a blank to fill
 * by hand while unknown.
 */
export const commissionVariables = (view: ArbitrationView) => ({
  仲裁委员会: commissionName(view),
  仲裁受理日期: view.acceptedOn ? chineseDate(view.acceptedOn) : BLANK_DATE,
  组庭日期: view.composedOn ? chineseDate(view.composedOn) : BLANK_DATE,
  仲裁庭: view.tribunal.length > 0 ? tribunalText(view.tribunal) : BLANK,
  仲裁秘书: view.secretary ?? BLANK,
});
