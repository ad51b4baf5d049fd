/**
 * The closed vocabularies of the exchange format (`mediation-case/1`) with their Chinese names.
 * Keys are the promised codes; the values are what screens and documents print.
 */
const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const CASE_SOURCES = {
  party_application: '当事人申请',
  court_delegated: '诉前委派',
  court_entrusted: '诉中委托',
  admin_referral: '行政机关移送',
  on_initiative: '主动调解',
} as const;
export type CaseSource = keyof typeof CASE_SOURCES;
export const CASE_SOURCE_KEYS = keys(CASE_SOURCES);
/** Sources whose referring body (court or agency) must be recorded. */
export const REFERRED_SOURCES: readonly CaseSource[] = ['court_delegated', 'court_entrusted', 'admin_referral'];

export const PARTY_ROLES = { applicant: '申请人', respondent: '被申请人', third_party: '第三人' } as const;
export type PartyRole = keyof typeof PARTY_ROLES;

export const PARTY_KINDS = { natural: '自然人', legal: '法人', unincorporated: '非法人组织', individual_business: '个体工商户' } as const;
export type PartyKind = keyof typeof PARTY_KINDS;

/** What the representative of an entity is called, by kind. */
export const REPRESENTATIVE_TITLES: Record<Exclude<PartyKind, 'natural'>, string> = {
  legal: '法定代表人',
  unincorporated: '负责人',
  individual_business: '经营者',
};

export const ID_TYPES = {
  resident_id: '居民身份证',
  hk_mo_tw_permit: '港澳台居民居住证',
  foreign_permanent_id: '外国人永久居留身份证',
  passport: '护照',
  other: '其他证件',
} as const;
export type IdType = keyof typeof ID_TYPES;

export const GENDERS = { male: '男', female: '女' } as const;

export const AGENT_KINDS = {
  lawyer: '律师',
  legal_worker: '基层法律服务工作者',
  employee: '工作人员',
  relative: '近亲属',
  community: '社区、单位推荐的公民',
  other: '其他',
} as const;

export const SPECIAL_POWERS = {
  admit: '代为承认',
  waive: '放弃',
  change_claims: '变更请求',
  settle: '进行和解',
  sign_agreement: '签署调解协议',
  apply_confirmation: '申请司法确认',
  receive_documents: '代收法律文书',
} as const;

export const IP_RIGHT_KINDS = {
  invention_patent: '发明专利',
  utility_model: '实用新型专利',
  design_patent: '外观设计专利',
  trademark: '商标',
  copyright: '著作权',
  software_copyright: '计算机软件著作权',
  trade_secret: '商业秘密',
  plant_variety: '植物新品种',
  ic_layout: '集成电路布图设计',
  geographical_indication: '地理标志',
  other: '其他',
} as const;

export const CASE_STATUSES = {
  registered: '登记',
  accepted: '已受理',
  refused: '不予受理',
  mediating: '调解中',
  agreed: '达成协议',
  terminated: '调解终止',
  enforcement: '效力确认中',
  performing: '履行中',
  closed: '结案',
  archived: '归档',
} as const;
export type CaseStatus = keyof typeof CASE_STATUSES;
export const CASE_STATUS_KEYS = keys(CASE_STATUSES);

export const TRACKS = { simple: '简易', complex: '普通' } as const;
export type Track = keyof typeof TRACKS;

export const MEDIATOR_ROLES = { lead: '主持调解员', assistant: '协助调解员' } as const;

export const SESSION_MODES = { in_person: '现场', online: '线上', phone: '电话' } as const;
export const SESSION_OUTCOMES = { agreement: '达成协议', continue: '继续调解', failed: '调解不成' } as const;
export const SESSION_NOTICES = { rights: '权利义务告知', recusal: '回避告知', confidentiality: '保密告知' } as const;

/** A commission's words for the same states and sessions: its cases are heard, not mediated. */
export const ARBITRATION_STATUSES: Record<CaseStatus, string> = { ...CASE_STATUSES, mediating: '审理中', agreed: '达成和解', terminated: '撤回申请' };
export const HEARING_OUTCOMES: Record<keyof typeof SESSION_OUTCOMES, string> = { agreement: '达成和解', continue: '继续开庭', failed: '待仲裁庭裁决' };
export const HEARING_NOTICES: Record<keyof typeof SESSION_NOTICES, string> = { rights: '权利义务告知', recusal: '回避告知', confidentiality: '不公开审理告知' };

export const TERMINATION_REASONS = {
  agreement_reached: '达成调解协议',
  withdrawn: '当事人撤回申请或自行和解',
  unreachable: '无法联系当事人',
  party_refused: '当事人拒绝继续调解',
  positions_apart: '双方分歧较大',
  period_expired: '调解期限届满未同意延长',
  refused_to_sign: '当事人拒绝签署调解协议',
  other: '其他原因',
} as const;

export const TERM_KINDS = {
  payment: '支付',
  installments: '分期支付',
  stop_infringement: '停止侵权',
  destroy_goods: '销毁库存',
  take_down_listings: '下架链接',
  license: '许可使用',
  assignment_registration: '办理转让登记',
  withdraw_actions: '撤回请求',
  rename: '变更名称',
  confidentiality: '保密',
  apology: '赔礼道歉',
  liquidated_damages: '违约金',
  costs: '费用负担',
  custom: '自定义',
} as const;

export const ENFORCEMENT_ROUTES = { judicial_confirmation: '司法确认', notarization: '赋强公证', arbitration: '仲裁', none: '不申请' } as const;
export const ENFORCEMENT_RESULTS = { confirmed: '裁定确认有效', rejected: '驳回申请', not_accepted: '不予受理', withdrawn: '撤回申请', pending: '审查中' } as const;

export const FOLLOW_UP_METHODS = { phone: '电话', visit: '上门', online: '线上' } as const;
export const FOLLOW_UP_METHOD_KEYS = keys(FOLLOW_UP_METHODS);
export const PERFORMANCE = { full: '全部履行', partial: '部分履行', none: '未履行' } as const;

export const keysOf = keys;
