import type { CaseCategory } from '../../domain/categories';
import { addDays } from '../../domain/dates';
import type { ExchangeCase, ExchangeParty, Term } from '../../domain/exchange';
import { residentIdCheckChar, usccCheckChar } from '../../domain/identity';
import { formatYuan } from '../../domain/money';
import { BRANDS, GIVEN, INDUSTRIES, LAW_FIRMS, MEDIATOR_ROSTER, PLACES, PRODUCTS, SHOPS, STREETS, SURNAMES } from './pools';

/**
 * Realistic demo cases (`cli seed-demo`): Henan parties with valid ID numbers and credit codes,
 * IP rights of the right shape for each category, and cases at every stage — registered,
 * mediating, agreed, at court, performing, terminated, refused. Deterministic for a seed.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const digits = (r: Random, n: number) => Array.from({ length: n }, () => int(r, 0, 9)).join('');
const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function personName(r: Random): string {
  return pick(r, SURNAMES) + pick(r, GIVEN) + (r() < 0.6 ? pick(r, GIVEN) : '');
}

function mobile(r: Random): string {
  return `1${pick(r, ['3', '5', '7', '8', '9'])}${digits(r, 9)}`;
}

function residentId(r: Random, code: string): { id: string; birthDate: string; gender: 'male' | 'female' } {
  const birth = addDays('1955-01-01', int(r, 0, 365 * 48));
  const seq = int(r, 0, 999);
  const body = `${code}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return { id: body + residentIdCheckChar(body), birthDate: birth, gender: seq % 2 === 1 ? 'male' : 'female' };
}

function uscc(r: Random, code: string, type: '1' | '2'): string {
  const body = `9${type}${code}${Array.from({ length: 9 }, () => pick(r, USCC_BODY.split(''))).join('')}`;
  return body + usccCheckChar(body);
}

function address(r: Random, place: (typeof PLACES)[number]): string {
  return `河南省${place.city}${place.district}${pick(r, STREETS)}${int(r, 1, 299)}号`;
}

function naturalParty(r: Random, role: ExchangeParty['role']): ExchangeParty {
  const place = pick(r, PLACES);
  const { id, birthDate, gender } = residentId(r, place.code);
  const phone = mobile(r);
  return {
    role,
    kind: 'natural',
    name: personName(r),
    gender,
    birthDate,
    ethnicity: '汉族',
    idType: 'resident_id',
    idNumber: id,
    address: address(r, place),
    phone,
    agents: [],
  };
}

function companyParty(r: Random, role: ExchangeParty['role']): ExchangeParty {
  const place = pick(r, PLACES);
  const shop = r() < 0.25;
  const name = shop ? `${place.district}${pick(r, BRANDS)}${pick(r, SHOPS)}` : `${place.city.replace('市', '')}${pick(r, BRANDS)}${pick(r, INDUSTRIES)}有限公司`;
  const agents: ExchangeParty['agents'] =
    r() < 0.55
      ? [
          {
            name: personName(r),
            kind: 'lawyer',
            firm: pick(r, LAW_FIRMS),
            licenseNo: `141${digits(r, 14)}`,
            phone: mobile(r),
            authority: 'special',
            specialPowers: ['admit', 'settle', 'sign_agreement', 'apply_confirmation', 'receive_documents'],
          },
        ]
      : [];
  return {
    role,
    kind: shop ? 'individual_business' : 'legal',
    name,
    uscc: uscc(r, place.code, shop ? '2' : '1'),
    representative: { name: personName(r), title: shop ? '经营者' : pick(r, ['董事长', '总经理', '执行董事']) },
    address: address(r, place),
    phone: shop ? mobile(r) : `0${int(r, 371, 379)}-${digits(r, 8)}`,
    serviceAddress: { address: address(r, place), recipient: personName(r), phone: mobile(r), acceptsElectronicService: r() < 0.7 },
    agents,
  };
}

/** A Chinese patent number with its check digit (CNIPA 12-digit application numbers). */
function patentNumber(r: Random, year: number, type: 1 | 2 | 3): string {
  const body = `${year}${type}${digits(r, 7)}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0) % 11;
  return `ZL${body}.${sum === 10 ? 'X' : sum}`;
}

const CATEGORY_WEIGHTS: [CaseCategory, number][] = [
  ['trademark_infringement', 28],
  ['copyright_infringement', 14],
  ['patent_infringement', 16],
  ['software', 8],
  ['unfair_competition', 7],
  ['trade_secret', 4],
  ['plant_variety', 4],
  ['technology_contract', 5],
  ['trademark_contract', 4],
  ['patent_contract', 3],
  ['copyright_contract', 3],
  ['franchise', 2],
  ['trade_name_domain', 2],
];

function category(r: Random): CaseCategory {
  let roll = r() * CATEGORY_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  for (const [c, w] of CATEGORY_WEIGHTS) if ((roll -= w) < 0) return c;
  return 'trademark_infringement';
}

function rightFor(r: Random, c: CaseCategory, holder: string, year: number): ExchangeCase['ipRights'][number] {
  const brand = pick(r, BRANDS);
  if (c.startsWith('patent') || c === 'technology_contract') {
    const type = pick(r, [1, 2, 3] as const);
    return { kind: type === 1 ? 'invention_patent' : type === 2 ? 'utility_model' : 'design_patent', number: patentNumber(r, year - int(r, 1, 6), type), title: `一种${pick(r, PRODUCTS)}${pick(r, ['', '的制造方法', '装置', '结构'])}`, holder };
  }
  if (c === 'software') return { kind: 'software_copyright', number: `${year - int(r, 1, 5)}SR${digits(r, 7)}`, title: `${brand}${pick(r, ['管理系统', '监控平台', '办公软件'])}V${int(r, 1, 5)}.0`, holder };
  if (c.startsWith('copyright')) return { kind: 'copyright', number: `豫作登字-${year - int(r, 1, 8)}-F-${digits(r, 8)}`, title: `《${brand}${pick(r, ['系列插画', '宣传片', '包装设计', '摄影作品'])}》`, holder };
  if (c === 'plant_variety') return { kind: 'plant_variety', number: `CNA${year - int(r, 2, 8)}${digits(r, 5)}.${int(r, 0, 9)}`, title: `“${brand}${int(r, 1, 99)}号”小麦`, holder };
  if (c === 'trade_secret') return { kind: 'trade_secret', title: `${pick(r, PRODUCTS)}生产工艺及客户名单`, holder };
  return { kind: 'trademark', number: `第${digits(r, 8)}号`, title: `“${brand}”文字及图形商标`, holder, classes: [String(int(r, 1, 45))] };
}

const SUBJECTS: Record<string, (p: { product: string; brand: string }) => string> = {
  default: ({ product, brand }) => `申请人认为被申请人销售的${product}使用了与其“${brand}”权利相同或近似的标识，构成侵权，请求停止侵权并赔偿损失。`,
  patent: ({ product }) => `申请人系专利权人，认为被申请人生产、销售的${product}落入其专利权保护范围，双方同意调解。`,
  software: ({ brand }) => `申请人认为被申请人未经许可复制、安装其享有著作权的“${brand}”计算机软件，被申请人对此有异议。`,
  contract: ({ product }) => `双方就${product}相关知识产权许可合同的履行及许可使用费支付发生争议。`,
};

function subjectFor(r: Random, c: CaseCategory): string {
  const p = { product: pick(r, PRODUCTS), brand: pick(r, BRANDS) };
  if (c.startsWith('patent')) return (SUBJECTS.patent as (x: typeof p) => string)(p);
  if (c === 'software') return (SUBJECTS.software as (x: typeof p) => string)(p);
  if (c.endsWith('contract') || c === 'franchise') return (SUBJECTS.contract as (x: typeof p) => string)(p);
  return (SUBJECTS.default as (x: typeof p) => string)(p);
}

/** One demo case received on `receivedOn`; `today` caps how far along it can be. */
export function demoCase(r: Random, receivedOn: string, today: string): ExchangeCase {
  const cat = category(r);
  const year = Number(receivedOn.slice(0, 4));
  const applicant = r() < 0.3 ? naturalParty(r, 'applicant') : companyParty(r, 'applicant');
  const respondent = r() < 0.35 ? naturalParty(r, 'respondent') : companyParty(r, 'respondent');
  const parties = [applicant, respondent, ...(r() < 0.06 ? [companyParty(r, 'respondent')] : [])];
  const claimFen = Math.round(10 ** (4 + r() * 3.2)) * 100;
  const source = pick(r, ['party_application', 'party_application', 'court_delegated', 'court_delegated', 'court_entrusted', 'admin_referral', 'on_initiative'] as const);
  const place = pick(r, PLACES);
  const c: ExchangeCase = {
    category: cat,
    ipRights: [rightFor(r, cat, applicant.name, year)],
    source,
    ...(source === 'court_delegated' || source === 'court_entrusted'
      ? { referral: { body: place.court, referenceNumber: `（${year}）豫${place.code.slice(2)}民诉前调${int(r, 100, 4999)}号`, referredOn: addDays(receivedOn, -1) } }
      : source === 'admin_referral'
        ? { referral: { body: `${place.city}市场监督管理局`, referenceNumber: `${place.city.slice(0, 2)}市监知转〔${year}〕${int(r, 1, 99)}号`, referredOn: addDays(receivedOn, -1) } }
        : {}),
    receivedOn,
    subject: subjectFor(r, cat),
    requests: ['停止侵权行为', `赔偿经济损失及合理开支共计人民币${formatYuan(claimFen).replace(/\.00$/, '')}元`],
    claimAmount: formatYuan(claimFen),
    parties,
    mediators: [],
    sessions: [],
    followUps: [],
  };
  const stage = r();
  const acceptedOn = addDays(receivedOn, int(r, 0, 3));
  if (stage < 0.04 || acceptedOn > today) {
    if (stage < 0.02) c.refusal = { on: acceptedOn, reason: '该纠纷已由人民法院受理，不属于本委员会受理范围。' };
    return c;
  }
  c.acceptedOn = acceptedOn;
  const lead = pick(r, MEDIATOR_ROSTER);
  c.mediators = [{ ...lead, role: 'lead' }];
  if (stage < 0.15) return c;
  const sessionOn = addDays(acceptedOn, int(r, 3, 12));
  if (sessionOn > today) return c;
  const room = pick(r, ['调解委员会第一调解室', '调解委员会第二调解室', '线上视频调解']);
  c.sessions = [
    {
      startsAt: `${sessionOn}T${pick(r, ['09:00', '09:30', '14:30', '15:00'])}:00+08:00`,
      place: room,
      mode: room.startsWith('线上') ? 'online' : 'in_person',
      mediators: [lead.name],
      attendees: parties.map((p) => p.agents[0]?.name ?? p.representative?.name ?? p.name),
      notices: ['rights', 'recusal', 'confidentiality'],
      statements: [],
      outcome: stage < 0.3 ? 'continue' : stage < 0.45 ? 'failed' : 'agreement',
    },
  ];
  if (stage < 0.3) return c;
  if (stage < 0.45) {
    c.termination = { on: sessionOn, reason: pick(r, ['positions_apart', 'party_refused', 'withdrawn', 'unreachable'] as const) };
    return c;
  }
  const payment: Term = { kind: 'payment', payer: respondent.name, payee: applicant.name, amount: formatYuan(Math.round(claimFen * (0.2 + r() * 0.5) / 100) * 100), dueOn: addDays(sessionOn, 30), method: 'bank_transfer' };
  c.agreement = {
    facts: c.subject,
    terms: [{ kind: 'stop_infringement', obligor: respondent.name, acts: [`生产、销售涉案${pick(r, PRODUCTS)}`], from: sessionOn }, payment, { kind: 'costs', text: '本案调解不收取费用，双方各自承担己方律师费及其他支出。' }],
    signedOn: sessionOn,
    effectiveOn: sessionOn,
    copies: 4,
  };
  if (stage < 0.6) return c;
  const appliedOn = addDays(sessionOn, int(r, 2, 20));
  if (appliedOn > today) return c;
  c.enforcement = { route: 'judicial_confirmation', court: place.court, appliedOn, result: 'pending' };
  if (stage < 0.72) return c;
  const ruledOn = addDays(appliedOn, int(r, 5, 15));
  if (ruledOn > today) return c;
  c.enforcement = { ...c.enforcement, acceptedOn: addDays(appliedOn, 1), caseNumber: `（${ruledOn.slice(0, 4)}）豫${place.code.slice(2)}民特${int(r, 10, 999)}号`, ruledOn, result: 'confirmed' };
  const followOn = addDays(ruledOn, int(r, 20, 60));
  if (followOn <= today) c.followUps = [{ on: followOn, method: pick(r, ['phone', 'visit'] as const), performance: pick(r, ['full', 'full', 'partial'] as const), satisfaction: int(r, 3, 5) }];
  return c;
}

/** `count` cases received on days spread evenly from `from` up to `today`. */
export function demoCases(count: number, seed: number, from: string, today: string): ExchangeCase[] {
  const r = seededRandom(seed);
  const span = Math.max(1, (Date.parse(today) - Date.parse(from)) / 86_400_000);
  return Array.from({ length: count }, (_, i) => demoCase(r, addDays(from, Math.floor((i / count) * span)), today));
}
