import { z } from 'zod';
import type { CaseCategory } from './categories';
import { CASE_SOURCES } from './vocabulary';

/**
 * Which court confirms an agreement (CPL Art. 205, `reference.md` §2): the court that invited the
 * mediation; otherwise a court where a party lives, the subject lies or the organization sits —
 * and for the technical IP disputes of SPC 法释〔2022〕13号 (patents, plant varieties, IC layouts,
 * technical secrets, software, monopoly) an intermediate court. Which court hears what is office
 * knowledge, so it is a directory the office edits, seeded with the Henan courts the reference names.
 */
export const COURT_SCOPES = { technical: '专利、植物新品种、集成电路布图设计、技术秘密、计算机软件等技术类案件', general: '著作权、商标、不正当竞争及知识产权合同等一般案件' } as const;
export type CourtScope = keyof typeof COURT_SCOPES;

const courtSchema = z.strictObject({
  name: z.string({ error: '请填写法院名称' }).trim().min(2, '请填写法院名称').max(60, '法院名称不超过60字'),
  /** Places whose cases it takes, as they appear in addresses (`郑州市`, `洛阳市`); `河南省` for the whole province. */
  areas: z.array(z.string().trim().min(2, '地域至少2个字').max(20, '地域不超过20字')).min(1, '请填写管辖地域'),
  scopes: z.array(z.enum(['technical', 'general'], { error: '管辖范围应为技术类或一般案件' })).min(1, '请选择管辖范围'),
  note: z.string().max(200, '说明不超过200字').optional(),
});
export type Court = z.output<typeof courtSchema>;
export const courtDirectorySchema = z.array(courtSchema).max(200, '法院名录不超过200条');

/** The reference's Henan courts ([S]: verify against 法〔2022〕109号 before relying on them). */
export const DEFAULT_COURTS: Court[] = [
  { name: '郑州市中级人民法院', areas: ['河南省'], scopes: ['technical'], note: '郑州知识产权法庭，全省技术类知识产权案件' },
  { name: '郑州市管城回族区人民法院', areas: ['郑州市'], scopes: ['general'], note: '郑州地区著作权、商标等一般知识产权案件' },
  { name: '郑州航空港经济综合实验区人民法院', areas: ['郑州市'], scopes: ['general'] },
  { name: '洛阳高新技术产业开发区人民法院', areas: ['洛阳市'], scopes: ['general'] },
  // listed after the basic courts: it takes general cases only above their amount limits
  { name: '郑州市中级人民法院', areas: ['郑州市'], scopes: ['general'], note: '超出基层法院标的额的郑州地区一般知识产权案件' },
];

const TECHNICAL_CATEGORIES: readonly CaseCategory[] = ['patent_infringement', 'patent_ownership', 'patent_contract', 'software', 'trade_secret', 'plant_variety', 'ic_layout', 'technology_contract'];
const TECHNICAL_RIGHTS: readonly string[] = ['invention_patent', 'utility_model', 'design_patent', 'software_copyright', 'plant_variety', 'ic_layout', 'trade_secret'];

export interface CourtCase {
  source: keyof typeof CASE_SOURCES;
  referral?: { body: string } | undefined;
  category: CaseCategory;
  ipRights: readonly { kind: string }[];
  parties: readonly { name: string; address?: string | undefined }[];
}

export interface CourtChoice {
  court: string | null;
  /** Why, in Chinese: the rule and the place it was matched on. */
  basis: string;
  /** Other courts the rules allow (a party's domicile elsewhere…), for an override. */
  alternatives: string[];
}

export const scopeOf = (c: Pick<CourtCase, 'category' | 'ipRights'>): CourtScope =>
  TECHNICAL_CATEGORIES.includes(c.category) || c.ipRights.some((r) => TECHNICAL_RIGHTS.includes(r.kind)) ? 'technical' : 'general';

/** The court to address the joint application to, from the case, the organization's address and the directory. */
export function determineCourt(c: CourtCase, organization: { name: string; address: string | null; defaultCourt: string | null }, directory: readonly Court[]): CourtChoice {
  if ((c.source === 'court_delegated' || c.source === 'court_entrusted') && c.referral) {
    return { court: c.referral.body, basis: `本案系${c.referral.body}${CASE_SOURCES[c.source]}，应向该院申请司法确认（民事诉讼法第二百零五条第一项）`, alternatives: [] };
  }
  const scope = scopeOf(c);
  // where each place comes from, in the order an office would choose: its own seat, then the parties'
  const places = [
    { label: `${organization.name}所在地`, address: organization.address ?? '' },
    ...c.parties.filter((p) => p.address).map((p) => ({ label: `${p.name}住所地`, address: p.address ?? '' })),
  ];
  const matches: { court: Court; place: string; area: string }[] = [];
  for (const place of places) {
    for (const court of directory) {
      if (!court.scopes.includes(scope)) continue;
      const area = court.areas.find((a) => place.address.includes(a) || (a.endsWith('省') && place.address.includes(a.slice(0, -1))));
      if (area) matches.push({ court, place: place.label, area });
    }
  }
  const names = [...new Set(matches.map((m) => m.court.name))];
  const first = matches[0];
  if (first) {
    const kind = scope === 'technical' ? '技术类知识产权纠纷，由中级人民法院管辖（法释〔2022〕13号第一条）' : '一般知识产权纠纷';
    return { court: first.court.name, basis: `${kind}；${first.place}在${first.area}，属${first.court.name}管辖${first.court.note ? `（${first.court.note}）` : ''}`, alternatives: names.slice(1) };
  }
  if (organization.defaultCourt) return { court: organization.defaultCourt, basis: '法院名录中没有与本案地点和类型相符的法院，按本机构设置的默认法院；请核实管辖', alternatives: [] };
  return { court: null, basis: `法院名录中没有管辖本案（${COURT_SCOPES[scope]}）且与当事人或本机构所在地相符的法院；请在“设置 → 法院名录”中补充`, alternatives: [] };
}
