import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src-main/documents/catalog';
import { composeDocument } from '../../../src-main/documents/compose';
import { FONTS, INDENT_TWIPS, LINE_TWIPS, MARGINS, PAGE } from '../../../src-main/documents/layout';
import type { DocModel } from '../../../src-main/documents/model';
import { toDocx, xmlSafe } from '../../../src-main/documents/to-docx';
import { attrs, blocksOfType, composeInputFor, docxParts, paragraphsOf, parseXml, runsOf, sampleCase, wordText } from '../../support/documents';

/** The Word file: page, type and footer of official documents (`reference.md` §6), checked in the package's XML. */
const AT = new Date('2026-11-24T02:30:00Z');
const AUTHOR = '本机操作员';

/** One of every kind of block. */
const EVERYTHING: DocModel = {
  kind: 'test',
  fileName: '测试',
  title: '测试文书',
  pageNumbers: 'dash',
  blocks: [
    { type: 'title', text: '受理通知书', issuer: '郑州市知识产权纠纷人民调解委员会' },
    { type: 'number', text: '（2026）豫郑知调字第0003号' },
    { type: 'heading', level: 1, text: '一、一级标题' },
    { type: 'heading', level: 2, text: '（一）二级标题' },
    { type: 'heading', level: 3, text: '1.三级标题' },
    { type: 'heading', level: 4, text: '（1）四级标题' },
    { type: 'paragraph', runs: [{ text: '正文段落，首行缩进两字。' }] },
    { type: 'paragraph', runs: [{ text: '不缩进的称呼：' }], indent: false, align: 'left' },
    { type: 'paragraph', runs: [{ text: '一、', font: 'heading1' }, { text: '加粗', bold: true }, { text: '下划线', underline: true }] },
    { type: 'table', columns: [{ header: '序号', width: 10 }, { header: '文件材料名称', width: 90 }], rows: [['1', '调解申请书\n受理登记表']] },
    { type: 'fields', rows: [{ label: '受送达人', value: '郭芳' }] },
    { type: 'signatures', lines: [{ label: '申请人（签名/捺印）', withDate: true }, { label: '调解员' }] },
    { type: 'seal', organization: '郑州市知识产权纠纷人民调解委员会', date: '2026年11月24日' },
    { type: 'pageBreak' },
    { type: 'blank' },
  ],
};

let parts: Record<string, string>;
let body: string;
beforeAll(async () => {
  parts = await docxParts(await toDocx(EVERYTHING, { author: AUTHOR, at: AT }));
  body = parts['word/document.xml'] ?? '';
});

const eastAsiaOf = (run: string) => /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(run)?.[1];
const sizeOf = (xml: string) => /<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1];
/** The `w:p` whose text is `text`. */
const paragraphWith = (xml: string, text: string) => {
  const found = paragraphsOf(xml).find((p) => wordText(`<w:x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p}</w:x>`).join('') === text);
  if (!found) throw new Error(`no paragraph “${text}”`);
  return found;
};

describe('the page', () => {
  it('is A4 exactly, with the GB/T 9704 margins and a 22-line grid', () => {
    expect(PAGE).toEqual({ width: 11906, height: 16838 });
    expect(MARGINS).toMatchObject({ top: 2098, bottom: 1984, left: 1587, right: 1474 }); // 37, 35, 28, 26 mm
    expect(attrs(body, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(body, 'w:pgMar')).toMatchObject({
      'w:top': String(MARGINS.top),
      'w:bottom': String(MARGINS.bottom),
      'w:left': String(MARGINS.left),
      'w:right': String(MARGINS.right),
      'w:footer': String(MARGINS.footer),
    });
    expect(attrs(body, 'w:docGrid')).toEqual({ 'w:type': 'lines', 'w:linePitch': String(LINE_TWIPS) });
    // 22 lines fill the 225 mm text block
    expect(Math.abs((PAGE.height - MARGINS.top - MARGINS.bottom) / LINE_TWIPS - 22)).toBeLessThan(0.1);
  });

  it('sets every spacing exact (Word ignores “exactly”), at the grid’s pitch for body lines', () => {
    const spacings = body.match(/<w:spacing [^>]*\/>/g) ?? [];
    expect(spacings.length).toBeGreaterThan(10);
    for (const s of spacings) expect(s).toContain('w:lineRule="exact"');
    expect(attrs(paragraphWith(body, '正文段落，首行缩进两字。'), 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:before': '0', 'w:after': '0' });
    const styles = parts['word/styles.xml'] ?? '';
    expect(attrs(styles.slice(styles.indexOf('<w:pPrDefault>')), 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
  });
});

describe('type', () => {
  it('names an East Asian font, with Times New Roman for Latin, on every run that carries text', () => {
    const runs = runsOf(body).filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(15);
    const allowed = Object.values(FONTS).map((f) => f.eastAsia);
    for (const r of runs) {
      expect(r).toMatch(/w:ascii="Times New Roman"/);
      expect(r).toMatch(/w:hint="eastAsia"/);
      expect(allowed).toContain(eastAsiaOf(r));
    }
  });

  it('sets the title in 2号 方正小标宋简体, centred, the issuer above it', () => {
    for (const text of ['郑州市知识产权纠纷人民调解委员会', '受理通知书']) {
      const p = paragraphWith(body, text);
      expect(eastAsiaOf(p)).toBe('方正小标宋简体');
      expect(sizeOf(p)).toBe('44');
      expect(p).toContain('<w:jc w:val="center"/>');
    }
    expect(body.indexOf('郑州市知识产权纠纷人民调解委员会')).toBeLessThan(body.indexOf('受理通知书'));
  });

  it('sets the body in 3号 仿宋_GB2312, indented two characters unless told not to', () => {
    const p = paragraphWith(body, '正文段落，首行缩进两字。');
    expect(eastAsiaOf(p)).toBe('仿宋_GB2312');
    expect(sizeOf(p)).toBe('32');
    expect(attrs(p, 'w:ind')).toEqual({ 'w:firstLine': String(INDENT_TWIPS) });
    expect(INDENT_TWIPS).toBe(640); // two 16 pt characters
    expect(p).toContain('<w:jc w:val="both"/>');
    const flush = paragraphWith(body, '不缩进的称呼：');
    expect(flush).not.toContain('<w:ind');
    expect(flush).toContain('<w:jc w:val="left"/>');
    expect(paragraphWith(body, '（2026）豫郑知调字第0003号')).toContain('<w:jc w:val="right"/>');
  });

  it('sets headings 黑体 → 楷体 → 仿宋 → 仿宋, kept with the next paragraph', () => {
    const fonts = ['一、一级标题', '（一）二级标题', '1.三级标题', '（1）四级标题'].map((t) => {
      const p = paragraphWith(body, t);
      expect(p).toContain('<w:keepNext/>');
      return eastAsiaOf(p);
    });
    expect(fonts).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
  });

  it('honours a run’s own font, bold and underline', () => {
    const runs = runsOf(paragraphWith(body, '一、加粗下划线'));
    expect(runs.map(eastAsiaOf)).toEqual(['黑体', '仿宋_GB2312', '仿宋_GB2312']);
    expect(runs[1]).toContain('<w:b/>');
    expect(runs[2]).toContain('<w:u w:val="single"/>');
    expect(runs[0]).not.toMatch(/<w:b\/>|<w:u /);
  });

  it('declares 仿宋_GB2312 3号 and Chinese as the document default', () => {
    const defaults = /<w:rPrDefault>.*?<\/w:rPrDefault>/s.exec(parts['word/styles.xml'] ?? '')?.[0] ?? '';
    expect(eastAsiaOf(defaults)).toBe('仿宋_GB2312');
    expect(sizeOf(defaults)).toBe('32');
    expect(attrs(defaults, 'w:lang')).toMatchObject({ 'w:eastAsia': 'zh-CN' });
  });

  it('gives Word a stand-in for each GB font in the font table', () => {
    const table = parts['word/fontTable.xml'] ?? '';
    parseXml(table);
    const alt = Object.fromEntries([...table.matchAll(/<w:font w:name="([^"]+)">(?:<w:altName w:val="([^"]+)"\/>)?/g)].map((m) => [m[1], m[2] ?? null]));
    expect(alt).toEqual({ 'Times New Roman': null, 仿宋_GB2312: '仿宋', 方正小标宋简体: '宋体', 黑体: 'SimHei', 楷体_GB2312: '楷体', 宋体: 'SimSun' });
  });
});

describe('blocks', () => {
  it('rules tables full width with a repeating header row, widths as given, cells in 4号', () => {
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(body)?.[0] ?? '';
    expect(attrs(table, 'w:tblW')).toEqual({ 'w:type': 'pct', 'w:w': '5000' });
    expect(table).toContain('<w:tblHeader/>');
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) expect(table).toMatch(new RegExp(`<w:${side} w:val="single"`));
    expect([...table.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['500', '4500', '500', '4500']);
    const header = paragraphWith(table, '序号');
    expect(header).toContain('<w:b/>');
    expect(sizeOf(header)).toBe('28');
    // a line break inside a cell is a new paragraph of the cell
    expect(wordText(`<w:x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${table}</w:x>`)).toEqual(['序号', '文件材料名称', '1', '调解申请书', '受理登记表']);
    const fields = [...body.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)][1]?.[0] ?? '';
    expect([...fields.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['1250', '3750']);
  });

  it('writes signature lines with a date line under those that ask for one, and the seal block right-aligned', () => {
    const text = wordText(body);
    const from = text.indexOf('申请人（签名/捺印）：');
    expect(text.slice(from, from + 4)).toEqual(['申请人（签名/捺印）：', '年　　月　　日', '', '调解员：']);
    const seal = text.indexOf('（盖章）');
    expect(text.slice(seal - 1, seal + 2)).toEqual(['郑州市知识产权纠纷人民调解委员会', '（盖章）', '2026年11月24日']);
    for (const t of ['郑州市知识产权纠纷人民调解委员会', '（盖章）', '2026年11月24日', '年　　月　　日']) {
      const p = paragraphsOf(body).filter((x) => x.includes(`>${t}<`)).at(-1) ?? '';
      expect(p, t).toContain('<w:jc w:val="right"/>');
    }
  });

  it('breaks the page where the model says', () => {
    expect(body.match(/<w:br w:type="page"\/>/g)).toHaveLength(1);
  });
});

describe('the footer', () => {
  it('numbers pages — 1 — in 4号 宋体, odd pages on the right and even pages on the left', async () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const footer = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"/>`).exec(body)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return parts[`word/${target?.[1] ?? target?.[2]}`] ?? '';
    };
    for (const [type, align] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const xml = footer(type);
      parseXml(xml);
      expect(xml, type).toContain(`<w:jc w:val="${align}"/>`);
      expect(xml.replace(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/, '<PAGE/>').replace(/<[^>]+>/g, (tag) => (tag === '<PAGE/>' ? 'PAGE' : ''))).toBe('— PAGE —');
      for (const r of runsOf(xml)) {
        expect(eastAsiaOf(r)).toBe('宋体');
        expect(sizeOf(r)).toBe('28');
      }
    }
  });

  it('numbers records 第 x 页 共 y 页, centred, the same on every page', async () => {
    const record = await docxParts(await toDocx({ ...EVERYTHING, pageNumbers: 'pageOfTotal' }, { author: AUTHOR, at: AT }));
    expect(record['word/settings.xml']).not.toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1|on)"/);
    const footers = Object.keys(record).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers).toHaveLength(1);
    const xml = record[footers[0] as string] ?? '';
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml.replace(/<w:instrText[^>]*>\s*(\w+)\s*<\/w:instrText>/g, '[$1]').replace(/<[^>]+>/g, '')).toBe('第 [PAGE] 页 共 [NUMPAGES] 页');
  });
});

describe('the package', () => {
  it('is byte-for-byte the same for the same model and time, whatever the time zone, and dated by the clock', async () => {
    const a = await toDocx(EVERYTHING, { author: AUTHOR, at: AT });
    const b = await toDocx(structuredClone(EVERYTHING), { author: AUTHOR, at: new Date(AT.getTime()) });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zone = process.env.TZ;
    try {
      for (const [tz, localHour] of [
        ['Asia/Shanghai', 10],
        ['America/New_York', 21],
      ] as const) {
        process.env.TZ = tz;
        expect(new Date(AT).getHours(), tz).toBe(localHour); // the zone did change
        expect(Buffer.from(await toDocx(EVERYTHING, { author: AUTHOR, at: AT })).equals(Buffer.from(a)), tz).toBe(true);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const later = await toDocx(EVERYTHING, { author: AUTHOR, at: new Date(AT.getTime() + 60_000) });
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false);
    const core = (await docxParts(a))['docProps/core.xml'] ?? '';
    expect(core).toMatch(/<dcterms:created[^>]*>2026-11-24T02:30:00Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2026-11-24T02:30:00Z</);
    expect(core).toContain(`<dc:creator>${AUTHOR}</dc:creator>`);
    const zip = await JSZip.loadAsync(a);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('2026-11-24T02:30:00.000Z');
  });

  it('has well-formed XML in every part, for every kind of a real case', async () => {
    const c = sampleCase(0);
    for (const k of DOCUMENT_KINDS) {
      const model = composeDocument(k, composeInputFor(c));
      const p = await docxParts(await toDocx(model, { author: AUTHOR, at: AT }));
      expect(Object.keys(p), k.kind).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml', 'docProps/core.xml']));
      for (const [name, xml] of Object.entries(p)) expect(() => parseXml(xml), `${k.kind} ${name}`).not.toThrow();
      // the title as printed: the cover's spaced 卷宗, 裁决书 under the commission's name for 和解裁决书
      expect(wordText(p['word/document.xml'] ?? '')).toContain(blocksOfType(model.blocks, 'title')[0]?.text);
    }
  });

  it('drops the characters XML cannot carry and escapes the rest', async () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\u001fe\u007ff\uD800g\uDFFFh\uFFFEi\uFFFF')).toBe('abcdefghi');
    expect(xmlSafe('tab\tnl\ncr\r　全角😀')).toBe('tab\tnl\ncr\r　全角😀');
    const nasty = '郭\u0001芳 <w:t>&amp; "x" \u0008</w:t>\uD83D';
    const p = await docxParts(
      await toDocx(
        { ...EVERYTHING, blocks: [{ type: 'paragraph', runs: [{ text: nasty }] }, { type: 'table', columns: [{ header: nasty, width: 100 }], rows: [[nasty]] }] },
        { author: AUTHOR, at: AT },
      ),
    );
    const text = wordText(p['word/document.xml'] ?? '');
    expect(text.filter((t) => t === '郭芳 <w:t>&amp; "x" </w:t>')).toHaveLength(3);
    // the package properties too: the author is a user's name, the title may come from anywhere
    const props = await docxParts(await toDocx({ ...EVERYTHING, title: '标题\uFFFF<' }, { author: '王\uFFFE\u0001五&', at: AT }));
    const core = parseXml(props['docProps/core.xml'] ?? '');
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe('王五&');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe('标题<');
  });
});
