import { z } from 'zod';
import { CASE_CATEGORIES, CASE_CATEGORY_KEYS, type CaseCategory } from './categories';
import { formatYuanGrouped } from './money';
import type { Track } from './vocabulary';

/**
 * 繁简分流: a case is complex (普通) when any rule says so, otherwise simple (简易). The rules
 * are the organization's, edited in settings; the reason is shown beside the track.
 */
export const triageRulesSchema = z.strictObject({
  complexFromAmountFen: z.number().int().min(0),
  complexFromPartyCount: z.number().int().min(2).max(50),
  complexCategories: z.array(z.enum(CASE_CATEGORY_KEYS)),
});
export type TriageRules = z.output<typeof triageRulesSchema>;

export const DEFAULT_TRIAGE_RULES: TriageRules = {
  complexFromAmountFen: 50_000_000, // ¥500,000
  complexFromPartyCount: 3,
  complexCategories: ['patent_infringement', 'patent_ownership', 'patent_contract', 'trade_secret', 'ic_layout', 'plant_variety', 'technology_contract'],
};

export interface TriageInput {
  category: CaseCategory;
  claimAmountFen?: number | null | undefined;
  partyCount: number;
}

export function deriveTrack(c: TriageInput, rules: TriageRules): { track: Track; reason: string } {
  const reasons: string[] = [];
  if (c.claimAmountFen != null && c.claimAmountFen >= rules.complexFromAmountFen) {
    reasons.push(`标的额达到${formatYuanGrouped(rules.complexFromAmountFen)}元`);
  }
  if (c.partyCount >= rules.complexFromPartyCount) reasons.push(`当事人${c.partyCount}方（${rules.complexFromPartyCount}方以上）`);
  if (rules.complexCategories.includes(c.category)) reasons.push(`${CASE_CATEGORIES[c.category]}属于复杂类别`);
  if (reasons.length > 0) return { track: 'complex', reason: `普通程序：${reasons.join('；')}` };
  return { track: 'simple', reason: '简易程序：标的额、当事人人数和纠纷类别均未达到普通程序标准' };
}
