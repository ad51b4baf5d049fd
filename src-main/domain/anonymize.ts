import type { ExchangeCase } from './exchange';

/**
 * The anonymizer of typical cases (典型案例): what a published write-up may say of a case. Natural
 * persons become their surname and 某 (张某, a second 张 becomes 张某某, then 张某甲…); an
 * organization keeps its region and its trade and loses its name (河南嵩岳食品有限公司 → 河南某食品有限公司);
 * agents are only 代理人 and mediators 调解员; ID numbers, credit codes, phone numbers, e-mail and
 * postal addresses and bank accounts are left out (（略）); amounts may be rounded to 万元. The
 * names of the rights in dispute (a trademark, a variety) are kept as they are.
 */

export interface AnonymizeOptions {
  /** `人民币327,500.00元` → `人民币约32.8万元`. */
  roundAmounts?: boolean;
}

export interface Anonymizer {
  /** Any text about the case, anonymized. */
  text(s: string): string;
  /** How the write-up names a party (or anyone else the case names). */
  name(original: string): string;
  /** What in a text would be hidden: someone's real name, or personal data (a number, an address); empty when the text is safe to publish. */
  exposed(s: string): Exposure[];
}

export type Exposure = 'name' | 'personal';

export const LEFT_OUT = '（略）';

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '司空', '夏侯', '令狐', '西门', '南宫', '轩辕', '端木', '独孤', '呼延', '钟离', '澹台', '濮阳', '申屠'];

export const surnameOf = (name: string): string => COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length) ?? name.slice(0, 1);

const PROVINCES = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆'];
const HENAN_CITIES = ['郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘', '信阳', '周口', '驻马店', '济源'];
/** A place at the start of a name: a known province or Henan city (with or without 省/市), or any name of up to six characters ending in an administrative unit. */
const REGION = new RegExp(`^(?:(?:${[...PROVINCES, ...HENAN_CITIES].join('|')})(?:省|市)?|[\\u4e00-\\u9fa5]{1,6}?(?:自治州|自治县|省|市|县|区|旗))`);

/** Trades, longest first so that 信息技术 wins over 技术. */
const TRADES = [
  '农业机械', '信息技术', '网络科技', '电子商务', '生物科技', '医疗器械', '文化传媒', '新材料', '体育用品', '日用品', '化妆品',
  '种业', '种子', '农业', '食品', '饮料', '酒业', '茶业', '科技', '电子', '软件', '数码', '医药', '制药', '化工', '材料', '机械', '设备', '汽车', '服饰', '服装',
  '纺织', '鞋业', '家具', '建材', '建筑', '装饰', '文化', '传媒', '广告', '教育', '出版', '印刷', '商贸', '贸易', '实业', '投资', '物流', '餐饮', '酒店', '便利',
  '药店', '电器', '家电', '通信', '光电', '仪器', '工业', '环保', '能源', '钢铁', '矿业', '陶瓷', '玩具', '珠宝', '眼镜', '百货', '五金', '技术',
].sort((a, b) => b.length - a.length);
const FORMS = ['集团股份有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '分公司', '集团', '公司', '合作社', '研究院', '研究所', '工作室', '经营部', '门市部', '超市', '商行', '中心', '厂', '店'];
const SUFFIX = new RegExp(`(?:${TRADES.join('|')})?(?:${FORMS.join('|')})$`);

/** `河南嵩岳食品有限公司` → `河南某食品有限公司`: the region and the trade stay, the name (字号) goes. */
export function organizationAlias(name: string): string {
  const region = REGION.exec(name)?.[0] ?? '';
  const suffix = SUFFIX.exec(name.slice(region.length))?.[0] ?? '';
  return `${region}某${suffix || '单位'}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Personal data found by its shape, whatever the case records: ID numbers and credit codes, mobile and landline numbers, e-mail, account numbers. */
const SHAPES = [/\d{17}[\dXx]/g, /[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/g, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, /(?<!\d)1[3-9]\d{9}(?!\d)/g, /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, /(?<!\d)\d{12,25}(?!\d)/g];

/** `300,000.00元` → `30万元`, `327,500元（大写：…）` → `约32.8万元` (the words would give the exact sum away); amounts under 10,000 yuan stay. */
function roundAmounts(s: string): string {
  return s.replace(/((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)元(（大写：[^）]*）)?/g, (whole, figures: string) => {
    const yuan = Number(figures.replace(/,/g, ''));
    if (!Number.isFinite(yuan) || yuan < 10_000) return whole;
    const wan = yuan / 10_000;
    const rounded = Math.round(wan * 10) / 10;
    return `${rounded === wan ? '' : '约'}${rounded}万元`;
  });
}

/** `河南省郑州市管城回族区东大街18号` → `东大街18号`: the street part, as a write-up may mention it on its own. */
const streetOf = (address: string): string => address.replace(/^.*(?:省|自治区|市|区|县|旗|镇|乡)/, '');

const ORDINALS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

export function anonymizerFor(c: ExchangeCase, options: AnonymizeOptions = {}): Anonymizer {
  const aliases = new Map<string, string>();
  const taken = new Set<string>();
  const person = (name: string) => {
    if (aliases.has(name)) return;
    const surname = surnameOf(name);
    const alias = [`${surname}某`, `${surname}某某`, ...ORDINALS.map((o) => `${surname}某${o}`)].find((a) => !taken.has(a)) ?? `${surname}某`;
    taken.add(alias);
    aliases.set(name, alias);
  };
  const organization = (name: string) => {
    if (!aliases.has(name)) aliases.set(name, organizationAlias(name));
  };
  const role = (name: string, word: string) => {
    if (!aliases.has(name)) aliases.set(name, word);
  };
  const leftOut = new Set<string>();
  const omit = (v: string | undefined) => v && v.trim().length >= 2 && leftOut.add(v.trim());
  const omitAddress = (v: string | undefined) => {
    omit(v);
    if (v && streetOf(v.trim()).length >= 4) omit(streetOf(v.trim()));
  };

  for (const p of c.parties) {
    (p.kind === 'natural' ? person : organization)(p.name);
    if (p.representative) person(p.representative.name);
    for (const v of [p.idNumber, p.uscc, p.phone, p.serviceAddress?.phone, p.serviceAddress?.email]) omit(v);
    for (const v of [p.address, p.serviceAddress?.address]) omitAddress(v);
    if (p.serviceAddress?.recipient) person(p.serviceAddress.recipient);
    for (const a of p.agents) {
      role(a.name, '代理人');
      for (const v of [a.idNumber, a.phone]) omit(v);
    }
  }
  for (const m of c.mediators) role(m.name, '调解员');
  for (const s of c.sessions) {
    for (const n of s.mediators) role(n, '调解员');
    if (s.recorder) role(s.recorder, '记录人');
    for (const n of [...s.attendees, ...s.statements.map((st) => st.speaker)]) if (n.length >= 2) person(n);
  }
  for (const t of c.agreement?.terms ?? []) {
    if ('account' in t && t.account) {
      omit(t.account.number);
      if (!aliases.has(t.account.name)) person(t.account.name);
    }
  }
  // one pass, longest first: a right's name that holds a name to hide is kept whole, and a party's
  // name that holds a right's name (河南嵩岳食品有限公司 and the mark 嵩岳) is replaced whole; a
  // right's registration or patent number is public and kept too
  const kept = new Set(c.ipRights.flatMap((r) => [r.title, r.number ?? '']).filter((t) => t.length > 0));
  const needles = [...new Set([...kept, ...aliases.keys(), ...leftOut])].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  const pattern = needles.length > 0 ? new RegExp(needles.map(escape).join('|'), 'g') : null;

  /** Every kept name set aside under private-use marks, the rest handed to `hide`; then the shapes of personal data. */
  const scan = (s: string, hide: (hit: string) => string, hideShape: (hit: string) => string): string => {
    const held: string[] = [];
    const hold = (title: string) => `\uE000${held.push(title) - 1}\uE001`;
    let out = pattern ? s.replace(pattern, (hit) => (kept.has(hit) ? hold(hit) : hide(hit))) : s;
    for (const shape of SHAPES) out = out.replace(shape, hideShape);
    if (options.roundAmounts) out = roundAmounts(out);
    return out.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => held[Number(i)] ?? '');
  };
  const text = (s: string): string => scan(s, (hit) => aliases.get(hit) ?? LEFT_OUT, () => LEFT_OUT);
  const exposed = (s: string): Exposure[] => {
    const found = new Set<Exposure>();
    scan(
      s,
      (hit) => (found.add(aliases.has(hit) ? 'name' : 'personal'), hit),
      (hit) => (found.add('personal'), hit),
    );
    return [...found];
  };
  return { text, name: (original) => aliases.get(original) ?? text(original), exposed };
}
