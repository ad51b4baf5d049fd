/** Dispute categories of the exchange format (`mediation-case/1`), with their Chinese names. */
export const CASE_CATEGORIES = {
  patent_infringement: '专利侵权纠纷',
  patent_ownership: '专利权属纠纷',
  patent_contract: '专利合同纠纷',
  trademark_infringement: '商标侵权纠纷',
  trademark_contract: '商标合同纠纷',
  copyright_infringement: '著作权侵权纠纷',
  copyright_contract: '著作权合同纠纷',
  software: '计算机软件纠纷',
  trade_secret: '商业秘密纠纷',
  unfair_competition: '不正当竞争纠纷',
  geographical_indication: '地理标志纠纷',
  plant_variety: '植物新品种纠纷',
  ic_layout: '集成电路布图设计纠纷',
  technology_contract: '技术合同纠纷',
  franchise: '特许经营合同纠纷',
  trade_name_domain: '企业名称（字号）与域名纠纷',
  other_ip: '其他知识产权纠纷',
  other_civil: '其他民事纠纷',
} as const;
export type CaseCategory = keyof typeof CASE_CATEGORIES;
export const CASE_CATEGORY_KEYS = Object.keys(CASE_CATEGORIES) as [CaseCategory, ...CaseCategory[]];
