import { anonymizerFor } from '../../domain/anonymize';
import { CASE_CATEGORIES } from '../../domain/categories';
import { chineseDate } from '../../domain/chinese-format';
import type { ExchangeCase } from '../../domain/exchange';
import { termLine } from '../../domain/term-wording';
import { ENFORCEMENT_RESULTS, SESSION_MODES, TERMINATION_REASONS } from '../../domain/vocabulary';
import type { WriteUp } from '../../domain/typical-case';
import type { DocContext, DocumentKind } from '../kind';
import { para, type Block } from '../model';
import { caseTitle } from '../parts';

/**
 * 典型案例 (`documents.md`): a case written up for publication — a headline, 基本案情, 调解过程,
 * 调解结果 and 典型意义, every name and number anonymized (`domain/anonymize`), under the
 * organization's name and the date. Prints the write-up the office saved for the case; until
 * there is one, the draft drawn from what the case records, with the office's wording of 典型意义.
 */

function facts(c: ExchangeCase): string[] {
  const requests = c.requests.length > 0 ? `申请人请求：${c.requests.map((r, i) => `${i + 1}. ${r}`).join('；')}。` : '';
  const rights = c.ipRights.length > 0 ? `涉及的权利：${c.ipRights.map((r) => r.title).join('、')}。` : '';
  return [`${caseTitle(c)}因${CASE_CATEGORIES[c.category]}发生争议。${rights}${c.subject}`, ...(requests ? [requests] : [])];
}

function process(c: ExchangeCase, organization: string): string[] {
  const opening = `${organization}${c.acceptedOn ? `于${chineseDate(c.acceptedOn)}` : ''}受理后，指派调解员主持调解${c.sessions.length > 0 ? `，先后组织${c.sessions.length}次调解` : ''}。`;
  const sessions = c.sessions.map((s) => {
    const said = s.statements.map((st) => `${st.speaker}：${st.text.replace(/[。；]+$/, '')}`).join('；');
    return `${chineseDate(s.startsAt.slice(0, 10))}，${SESSION_MODES[s.mode]}调解。${said ? `${said}${/[。！？]$/.test(said) ? '' : '。'}` : ''}`;
  });
  return [opening, ...sessions];
}

function result(c: ExchangeCase): string[] {
  if (c.agreement?.signedOn) {
    const terms = c.agreement.terms.map((t, i) => `${i + 1}. ${termLine(t, { parties: c.parties, ipRights: c.ipRights })}`);
    const e = c.enforcement;
    const confirmed = e?.route === 'judicial_confirmation' && e.result ? `当事人共同申请司法确认，人民法院${ENFORCEMENT_RESULTS[e.result]}。` : '';
    return [`经调解，双方于${chineseDate(c.agreement.signedOn)}自愿达成调解协议：`, ...terms, ...(confirmed ? [confirmed] : [])];
  }
  if (c.termination) return [`调解未能达成协议，${chineseDate(c.termination.on)}终止调解（${TERMINATION_REASONS[c.termination.reason]}）。`];
  return ['调解尚在进行中。'];
}

const lines = (texts: string[]) => texts.join('\n');

/** The write-up as drawn from the case, anonymized: what the editor starts from. */
export function draftWriteUp(ctx: DocContext, roundAmounts: boolean): WriteUp {
  const c = ctx.c;
  const a = anonymizerFor(c, { roundAmounts });
  return {
    title: a.text(`${caseTitle(c)}${CASE_CATEGORIES[c.category]}调解案`),
    facts: a.text(lines(facts(c))),
    process: a.text(lines(process(c, ctx.organization.name))),
    result: a.text(lines(result(c))),
    significance: ctx.wording('significance'),
    roundAmounts,
  };
}

export const typicalCase: DocumentKind = {
  kind: 'typical-case',
  title: '典型案例',
  per: 'case',
  usesWriteUp: true,
  wording: {
    significance: {
      label: '典型意义',
      text: '本案是通过调解化解{纠纷类别}的典型案例。调解员在查明事实、厘清权利边界的基础上，引导双方兼顾权利保护与经营实际，促成当事人自愿达成协议并及时履行，节约了维权成本，实现了案结事了。',
    },
  },
  caveat: (c) => (c.agreement?.signedOn || c.termination ? null : '本案尚未调解结束，调解结果将写为“调解尚在进行中”'),
  build(ctx) {
    // a saved write-up was checked when saved; the anonymizer runs again for anyone the case has named since
    const a = anonymizerFor(ctx.c);
    const w = ctx.writeUp ?? draftWriteUp(ctx, false);
    const section = (heading: string, body: string): Block[] => [{ type: 'heading', level: 1, text: heading }, para(a.text(body))];
    return [
      { type: 'title', text: a.text(w.title) },
      ...section('一、基本案情', w.facts),
      ...section('二、调解过程', w.process),
      ...section('三、调解结果', w.result),
      ...section('四、典型意义', w.significance),
      // published under the office's name and the date, without a seal
      para(ctx.organization.name, { align: 'right', indent: false }),
      para(chineseDate(ctx.today), { align: 'right', indent: false }),
    ];
  },
};
