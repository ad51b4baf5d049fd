import { APPLICABLE_ROUTES } from './case-workflow';
import type { ExchangeCase, Term } from './exchange';

/**
 * What an application for enforceability is made of (issue 6 points 5 and 7; `reference.md` §2
 * “Materials”, §3): the documents the app makes, and the papers the office must add — each with
 * whether it is ready. The materials list prints it; the packet writes the documents.
 */
/** Every route with an application to make has its packet. */
export const PACKET_ROUTES = APPLICABLE_ROUTES;
export type PacketRoute = (typeof PACKET_ROUTES)[number];

/** The packet a case is on: the route it chose, judicial confirmation while it chose none with a packet. */
export const packetRouteOf = (c: ExchangeCase): PacketRoute => PACKET_ROUTES.find((r) => r === c.enforcement?.route) ?? 'judicial_confirmation';

export interface PacketItem {
  name: string;
  copies: number;
  /** Ready: made by the app, or on file; else the office still has to add it. */
  ready: boolean;
  /** A few words after 已备 / 待补 (`待签章`, `原件`); empty when there is nothing to add. */
  note: string;
  /** The document kind (and its copy) the app makes for this item. */
  document?: { kind: string; party?: number; agent?: number };
}

export interface PacketFacts {
  /** Identity papers on file per party (same order as `c.parties`). */
  identityPapers: readonly (readonly { name: string }[])[];
}

/** Made here: printed, it still needs the parties' signatures and seals. */
const MADE = '待签章';

function identityItems(c: ExchangeCase, facts: PacketFacts): PacketItem[] {
  return c.parties.flatMap((p, i): PacketItem[] => {
    const papers = facts.identityPapers[i] ?? [];
    if (papers.length > 0) return papers.map((d) => ({ name: `${p.name}身份证明（${d.name}）`, copies: 1, ready: true, note: '' }));
    const wanted = p.kind === 'natural' ? '居民身份证复印件' : '营业执照复印件、法定代表人身份证明';
    return [{ name: `${p.name}身份证明（${wanted}）`, copies: 1, ready: false, note: '' }];
  });
}

const perParty = (c: ExchangeCase, kind: string, title: string): PacketItem[] =>
  c.parties.map((p, party) => ({ name: `${title}（${p.name}）`, copies: 1, ready: true, note: MADE, document: { kind, party } }));

const perAgent = (c: ExchangeCase): PacketItem[] =>
  c.parties.flatMap((p, party) =>
    p.agents.map((a, agent) => ({ name: `授权委托书（${p.name}委托${a.name}）`, copies: 1, ready: true, note: MADE, document: { kind: 'power-of-attorney', party, agent } })),
  );

const agreementItem = (c: ExchangeCase): PacketItem => ({
  name: '调解协议书',
  copies: 1,
  ready: Boolean(c.agreement?.signedOn),
  note: c.agreement?.signedOn ? '原件' : '尚未签署',
  document: { kind: 'agreement' },
});

export function packetContents(route: PacketRoute, c: ExchangeCase, facts: PacketFacts): PacketItem[] {
  if (route === 'arbitration') {
    return [
      {
        name: '仲裁协议书',
        copies: 3,
        ready: Boolean(c.enforcement?.arbitrationCommission),
        note: c.enforcement?.arbitrationCommission ? MADE : '尚未选定仲裁委员会',
        document: { kind: 'arbitration-agreement' },
      },
      agreementItem(c),
      ...identityItems(c, facts),
      ...perAgent(c),
    ];
  }
  if (route === 'notarization') {
    return [
      { name: '赋予强制执行效力公证申请书', copies: 1, ready: true, note: MADE, document: { kind: 'notarization-application' } },
      agreementItem(c),
      ...identityItems(c, facts),
      ...perAgent(c),
    ];
  }
  return [
    { name: '司法确认申请书', copies: 1, ready: true, note: MADE, document: { kind: 'confirmation-application' } },
    agreementItem(c),
    ...identityItems(c, facts),
    { name: '调解组织主体资格证明（设立或登记证明复印件，加盖印章）', copies: 1, ready: false, note: '' },
    ...c.ipRights.map((r) => ({ name: `权利证明（${r.title}${r.number ? `，${r.number}` : ''}，证书复印件）`, copies: 1, ready: false, note: '' })),
    ...perParty(c, 'commitment', '承诺书'),
    ...perParty(c, 'service-address', '送达地址确认书'),
    ...perAgent(c),
  ];
}

/** Terms that are debts of money: the only ones a notary can make enforceable. */
const DEBTS = new Set<Term['kind']>(['payment', 'installments']);
export const monetaryTerms = (terms: readonly Term[]) => terms.filter((t) => DEBTS.has(t.kind));
