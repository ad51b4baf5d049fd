import { chineseDate, headingNumber } from '../domain/chinese-format';
import type { ExchangeAgent, ExchangeCase, ExchangeParty } from '../domain/exchange';
import { termWording } from '../domain/term-wording';
import { GENDERS, ID_TYPES, PARTY_ROLES, REPRESENTATIVE_TITLES } from '../domain/vocabulary';
import { para, type Block } from './model';

/** Parts many documents share: party blocks, agent lines, signature lines (`documents.md`, “Common parts”). */

/** A line to fill in by hand where the case does not know the value yet. */
export const BLANK = '＿＿＿＿＿＿＿＿';
/** A date to fill in by hand. */
export const BLANK_DATE = '＿＿＿＿年＿＿月＿＿日';

/** Lines to write on by hand, each as long as a line of the text block. */
export const ruledLines = (n: number): Block[] => Array.from({ length: n }, () => para('＿'.repeat(27), { indent: false, align: 'left' }));

/** How a party signs: a person signs or thumbprints; an entity seals — with its representative's signature where asked for. */
export const howSigned = (p: ExchangeParty, withRepresentative = false) => (p.kind === 'natural' ? '签名/捺印' : withRepresentative ? '盖章，法定代表人或负责人签名' : '盖章');

/** The day the agreement was signed, or a date to fill in. */
export const agreedOn = (c: ExchangeCase) => (c.agreement?.signedOn ? chineseDate(c.agreement.signedOn) : BLANK_DATE);

const ROLE_ORDER = { applicant: 0, respondent: 1, third_party: 2 } as const;

/** Parties in role order: 申请人 → 被申请人 → 第三人. */
export const partiesInOrder = (c: ExchangeCase): ExchangeParty[] => [...c.parties].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);

export const namesOf = (c: ExchangeCase, role: ExchangeParty['role']) => c.parties.filter((p) => p.role === role).map((p) => p.name).join('、');

const join = (parts: (string | undefined | false | null)[]) => parts.filter(Boolean).join('，');

/** The natural-person details after the name: 性别, 出生, 民族, 职业, 住址, 证件, 电话. */
function personDetails(p: ExchangeParty): string {
  const id = p.idNumber ? `${p.idType && p.idType !== 'resident_id' ? `${ID_TYPES[p.idType]}号码` : '公民身份号码'}${p.idNumber}` : undefined;
  return join([
    p.gender && GENDERS[p.gender],
    p.birthDate && `${chineseDate(p.birthDate)}出生`,
    p.ethnicity,
    p.occupation ?? p.employer,
    p.address && `住${p.address}`,
    id,
    p.phone && `联系电话${p.phone}`,
  ]);
}

/** `申请人：张三，男，1978年4月12日出生，…` and, for entities, the representative's line. */
export function partyParagraphs(p: ExchangeParty, label: string = PARTY_ROLES[p.role]): Block[] {
  if (p.kind === 'natural') {
    const details = personDetails(p);
    return [para(`${label}：${p.name}${details ? `，${details}` : ''}。`, { align: 'left' })];
  }
  const entity = join([p.address && `住所地${p.address}`, p.uscc && `统一社会信用代码${p.uscc}`, p.phone && `联系电话${p.phone}`]);
  // left-aligned: long codes and addresses would spread a justified line apart
  const blocks = [para(`${label}：${p.name}${entity ? `，${entity}` : ''}。`, { align: 'left' })];
  if (p.representative) {
    const title = REPRESENTATIVE_TITLES[p.kind];
    blocks.push(para(`${title}：${p.representative.name}${p.representative.title && p.representative.title !== title ? `，${p.representative.title}` : ''}。`));
  }
  return blocks;
}

/** `委托代理人：孙立，河南中原律师事务所律师。` */
export function agentParagraph(a: ExchangeAgent, label = '委托代理人'): Block {
  const role = { lawyer: `${a.firm ?? ''}律师`, legal_worker: `${a.firm ?? ''}基层法律服务工作者`, employee: `${a.firm ?? '该单位'}工作人员`, relative: '近亲属', community: '社区推荐的公民', other: '' }[a.kind];
  return para(`${label}：${a.name}${role ? `，${role}` : ''}。`);
}

/** A party's block followed by its agents'. */
export const partyWithAgents = (p: ExchangeParty, label?: string): Block[] => [...partyParagraphs(p, label), ...p.agents.map((a) => agentParagraph(a))];

/** Every party with its agents, in role order. */
export const allPartyParagraphs = (c: ExchangeCase): Block[] => partiesInOrder(c).flatMap((p) => partyWithAgents(p));

/** One signature line per party: entities sign through their representative, with the seal. */
export function partySignatures(parties: ExchangeParty[]): Block {
  return {
    type: 'signatures',
    lines: parties.map((p) => ({ label: `${PARTY_ROLES[p.role]}（${howSigned(p, true)}）`, withDate: true })),
  };
}

/** `本案当事人名称` — `河南嵩岳食品有限公司与管城回族区惠民便利超市`. */
export const caseTitle = (c: ExchangeCase) => `${namesOf(c, 'applicant')}与${namesOf(c, 'respondent')}`;

/** The agreement's terms numbered 一、二、… in their wording, an installment plan as its table. */
export function termBlocks(c: ExchangeCase): Block[] {
  const terms = c.agreement?.terms ?? [];
  return terms.flatMap((term, i) => {
    const w = termWording(term, { parties: c.parties, ipRights: c.ipRights });
    return [
      para(`${headingNumber(1, i + 1)}${w.text}`),
      ...(w.schedule
        ? [
            {
              type: 'table' as const,
              columns: [
                { header: '期数', width: 18 },
                { header: '金额', width: 57 },
                { header: '付款期限', width: 25 },
              ],
              rows: w.schedule,
            },
          ]
        : []),
      ...(w.after ? [para(w.after)] : []),
    ];
  });
}
