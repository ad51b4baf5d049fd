import { RELATION_KINDS } from './mediator';
import { looksLikePersonName, normalizeCode, normalizeName, pinyinKey, simplified } from './name-variants';

/**
 * The conflict-of-interest check (回避检查) before a mediator is assigned: this case's parties,
 * agents and representatives against the mediator's declared relations and against the
 * mediator's other cases, and the mediator against every other case. Pure: the caller loads
 * the persons; this module only compares them and says why, in Chinese, for the clerk.
 */

/** A party, agent or representative, with the Chinese label of its place in its case. */
export interface PersonRef {
  name: string;
  idNumber?: string | null | undefined;
  uscc?: string | null | undefined;
  /** 申请人, 被申请人的委托代理人, 申请人的法定代表人 … */
  role: string;
}

/** A relation the mediator declared (`declaredRelationSchema` in ./mediator, or its stored row). */
export interface DeclaredRelation {
  name: string;
  /** a key of RELATION_KINDS */
  kind: string;
  idNumber?: string | null | undefined;
  uscc?: string | null | undefined;
  note?: string | null | undefined;
}

export interface MediatorRef {
  name: string;
  idNumber?: string | null | undefined;
}

/** One of the mediator's other cases and everyone in it. */
export interface HistoryCase {
  caseNumber: string | null;
  persons: readonly PersonRef[];
  /** the mediator's part in it, e.g. 主办调解员, 助理调解员 */
  mediatorRole?: string | null | undefined;
}

/** A person in any other case whose name or ID number might be the mediator's. */
export interface Appearance {
  caseNumber: string | null;
  person: PersonRef;
}

export interface ConflictInput {
  mediator: MediatorRef;
  relations: readonly DeclaredRelation[];
  casePersons: readonly PersonRef[];
  history: readonly HistoryCase[];
  appearances: readonly Appearance[];
}

export const CONFLICT_KINDS = {
  declared_relation: '与调解员申报的关系人相符',
  mediator_is_participant: '调解员曾为其他案件的当事人或代理人',
  shared_participant: '本案人员出现在调解员经办的其他案件中',
} as const;
export type ConflictKind = keyof typeof CONFLICT_KINDS;

/** How two persons were found to be the same, strongest first. */
export const MATCH_STRENGTHS = {
  identity: '证件号码一致',
  name: '姓名或名称相同',
  variant: '姓名或名称繁简字形不同',
  pinyin: '姓名读音相同',
} as const;
export type MatchStrength = keyof typeof MATCH_STRENGTHS;

export interface ConflictFinding {
  kind: ConflictKind;
  strength: MatchStrength;
  /** this case's person, or the mediator (role 调解员) */
  subject: PersonRef;
  /** the declared relation (role: the relation's label), or the person in the other case */
  matched: PersonRef & { caseNumber?: string | null };
  /** one sentence a clerk can read */
  evidence: string;
}

export type PersonMatch =
  | { strength: 'identity'; by: 'idNumber' | 'uscc' }
  | { strength: 'name' | 'variant' }
  | { strength: 'pinyin'; pinyin: string };

interface Keys {
  id: string | null;
  uscc: string | null;
  name: string;
  variant: string;
  /** computed on demand: pinyin-pro is the slowest step */
  pinyin?: string | null;
}

const isResidentIdShaped = (code: string) => /^\d{17}[\dX]$/.test(code);

function keysOf(p: { name: string; idNumber?: string | null | undefined; uscc?: string | null | undefined }): Keys {
  const name = normalizeName(p.name);
  return { id: normalizeCode(p.idNumber), uscc: normalizeCode(p.uscc), name, variant: simplified(name) };
}

function pinyinOf(k: Keys, raw: string): string | null {
  if (k.pinyin === undefined) k.pinyin = k.uscc ? null : pinyinKey(raw);
  return k.pinyin;
}

function compare(a: Keys, aName: string, b: Keys, bName: string): PersonMatch | null {
  if (a.id && b.id && a.id === b.id) return { strength: 'identity', by: 'idNumber' };
  if (a.uscc && b.uscc && a.uscc === b.uscc) return { strength: 'identity', by: 'uscc' };
  // Different ID numbers (or different credit codes) on both sides are two different people
  // (or organizations) who happen to share a name: the codes override any name, variant or
  // pinyin match, and there is no finding. ID numbers of different documents (a resident ID
  // on one side, a passport or permit number on the other) prove nothing either way.
  if (a.id && b.id && isResidentIdShaped(a.id) === isResidentIdShaped(b.id)) return null;
  if (a.uscc && b.uscc) return null;
  if (a.name === '' || b.name === '') return null;
  if (a.name === b.name) return { strength: 'name' };
  if (a.variant === b.variant) return { strength: 'variant' };
  // Homophones among organizations are noise: only natural-person-looking names of 2–4
  // characters, neither side carrying a credit code, are compared by sound.
  const pa = pinyinOf(a, aName);
  if (pa === null) return null;
  return pa === pinyinOf(b, bName) ? { strength: 'pinyin', pinyin: pa } : null;
}

/** Whether, and how strongly, two persons are the same; null when they are not. */
export function matchPersons(a: PersonRef | MediatorRef | DeclaredRelation, b: PersonRef | MediatorRef | DeclaredRelation): PersonMatch | null {
  return compare(keysOf(a), a.name, keysOf(b), b.name);
}

const shown = (name: string) => (name.trim() === '' ? '（未填写姓名）' : name.trim());
const caseLabel = (caseNumber: string | null | undefined) => (caseNumber?.trim() ? `${caseNumber.trim()}案件` : '一件尚未编号的案件');
const quoted = (p: PersonRef) => `${p.role}“${shown(p.name)}”`;

function evidence(match: PersonMatch, subject: PersonRef, matched: PersonRef, target: string): string {
  const who = `${subject.role}${shown(subject.name)}`;
  const person = looksLikePersonName(subject.name) && looksLikePersonName(matched.name) && !subject.uscc && !matched.uscc;
  const noun = person ? '姓名' : '名称';
  switch (match.strength) {
    case 'identity':
      return `${who}的${match.by === 'idNumber' ? '身份证号码' : '统一社会信用代码'}与${target}一致`;
    case 'name':
      return `${who}与${target}${noun}相同`;
    case 'variant':
      return `${who}与${target}的${noun}仅有繁简字形之别`;
    case 'pinyin':
      return `${who}与${target}的姓名读音相同（${match.pinyin}）`;
  }
}

const STRENGTH_ORDER = Object.keys(MATCH_STRENGTHS) as MatchStrength[];
const KIND_ORDER = Object.keys(CONFLICT_KINDS) as ConflictKind[];
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Strength (identity, name, variant, pinyin), then kind, then the evidence text. */
export function compareFindings(a: ConflictFinding, b: ConflictFinding): number {
  return (
    STRENGTH_ORDER.indexOf(a.strength) - STRENGTH_ORDER.indexOf(b.strength) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    byCodeUnits(a.evidence, b.evidence) ||
    byCodeUnits(JSON.stringify([a.subject, a.matched]), JSON.stringify([b.subject, b.matched]))
  );
}

const relationLabel = (kind: string): string =>
  Object.hasOwn(RELATION_KINDS, kind) ? RELATION_KINDS[kind as keyof typeof RELATION_KINDS] : '关系人';

/** How the evidence names a declared relation: 调解员李明申报的近亲属“郭芳”. */
const RELATION_PHRASES: Record<string, (name: string) => string> = {
  close_relative: (name) => `申报的近亲属“${name}”`,
  employment: (name) => `申报任职或曾任职的“${name}”`,
  agent_or_counsel: (name) => `申报担任或曾担任其代理人或法律顾问的“${name}”`,
  financial_interest: (name) => `申报有投资或利害关系的“${name}”`,
  other: (name) => `申报有其他可能影响公正的关系的“${name}”`,
};
const relationPhrase = (kind: string, name: string): string =>
  (Object.hasOwn(RELATION_PHRASES, kind) ? RELATION_PHRASES[kind] : undefined)?.(name) ?? `申报的关系人“${name}”`;

/**
 * Every conflict between the mediator and this case, one finding per pair of persons at the
 * strongest level that matches (identity, name, variant, pinyin), sorted by strength and kind.
 */
export function findConflicts(input: ConflictInput): ConflictFinding[] {
  const cache = new Map<object, Keys>();
  const keys = (p: PersonRef | MediatorRef | DeclaredRelation): Keys => {
    let k = cache.get(p);
    if (k === undefined) {
      k = keysOf(p);
      cache.set(p, k);
    }
    return k;
  };
  const findings: ConflictFinding[] = [];
  const seen = new Set<string>();
  const add = (kind: ConflictKind, subject: PersonRef, matched: ConflictFinding['matched'], match: PersonMatch, target: string) => {
    const finding: ConflictFinding = { kind, strength: match.strength, subject, matched, evidence: evidence(match, subject, matched, target) };
    const key = JSON.stringify(finding);
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  const mediatorName = shown(input.mediator.name);
  const mediator: PersonRef = { name: input.mediator.name, role: '调解员', ...(input.mediator.idNumber ? { idNumber: input.mediator.idNumber } : {}) };

  for (const relation of input.relations) {
    const matched: PersonRef = {
      name: relation.name,
      role: relationLabel(relation.kind),
      ...(relation.idNumber ? { idNumber: relation.idNumber } : {}),
      ...(relation.uscc ? { uscc: relation.uscc } : {}),
    };
    for (const person of input.casePersons) {
      const match = compare(keys(person), person.name, keys(relation), relation.name);
      if (match) add('declared_relation', { ...person }, matched, match, `调解员${mediatorName}${relationPhrase(relation.kind, shown(relation.name))}`);
    }
  }

  for (const { caseNumber, person } of input.appearances) {
    const match = compare(keys(input.mediator), input.mediator.name, keys(person), person.name);
    if (match) add('mediator_is_participant', mediator, { ...person, caseNumber }, match, `${caseLabel(caseNumber)}中的${quoted(person)}`);
  }

  for (const other of input.history) {
    const handled = other.mediatorRole?.trim() ? `担任${other.mediatorRole.trim()}的` : '经办的';
    for (const theirs of other.persons) {
      for (const ours of input.casePersons) {
        const match = compare(keys(ours), ours.name, keys(theirs), theirs.name);
        if (!match) continue;
        const target = `调解员${mediatorName}${handled}${caseLabel(other.caseNumber)}中的${quoted(theirs)}`;
        add('shared_participant', { ...ours }, { ...theirs, caseNumber: other.caseNumber }, match, target);
      }
    }
  }

  return findings.sort(compareFindings);
}
