import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src-main/documents/catalog';
import { composeDocument } from '../../../src-main/documents/compose';
import type { Block, DocModel } from '../../../src-main/documents/model';
import { toHtml } from '../../../src-main/documents/to-html';
import { composeInputFor, sampleCase } from '../../support/documents';

/**
 * The preview: the same blocks as the Word file, as HTML the renderer puts into the page with
 * `dangerouslySetInnerHTML` — so it must carry no inline style (the CSP forbids them), no
 * script, and nothing from a case may ever become markup.
 */
const { document } = new JSDOM('').window;

/** The preview parsed as the page would parse it. */
function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];
const ALLOWED_TAGS = new Set(['article', 'h1', 'p', 'br', 'span', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'div', 'hr']);

function expectSafeMarkup(html: string) {
  expect(html).not.toMatch(/<script|<style|<iframe|<img|<a[\s>]/i);
  for (const tag of tagsOf(html)) {
    expect(tag).not.toMatch(/style\s*=|javascript:|\son\w+\s*=/i);
    const name = /^<\/?([a-z0-9]+)/.exec(tag)?.[1] ?? tag;
    expect(ALLOWED_TAGS, tag).toContain(name);
    for (const [, attr] of tag.matchAll(/\s([a-z-]+)=/g)) expect(['class', 'width', 'data-kind'], tag).toContain(attr);
  }
}

const one = (block: Block, kind = 'test'): DocModel => ({ kind, fileName: 'x', title: 'x', pageNumbers: 'dash', blocks: [block] });

describe('the preview of each block', () => {
  it('marks each block with its doc-* class', () => {
    const cases: [Block, string][] = [
      [{ type: 'title', text: '卷　宗', issuer: '某调解委员会' }, '<h1 class="doc-title">某调解委员会<br>卷　宗</h1>'],
      [{ type: 'number', text: '（2026）豫郑知调字第0003号' }, '<p class="doc-number">（2026）豫郑知调字第0003号</p>'],
      [{ type: 'heading', level: 2, text: '（一）回避' }, '<p class="doc-heading doc-heading-2">（一）回避</p>'],
      [{ type: 'paragraph', runs: [{ text: '正文' }] }, '<p class="doc-p doc-align-justify">正文</p>'],
      [
        { type: 'paragraph', runs: [{ text: '一、', font: 'heading1' }, { text: '重', bold: true, underline: true }, { text: '文' }], align: 'left', indent: false },
        '<p class="doc-p doc-align-left doc-no-indent"><span class="doc-font-heading1">一、</span><span class="doc-bold doc-underline">重</span>文</p>',
      ],
      [{ type: 'signatures', lines: [{ label: '申请人', withDate: true }, { label: '调解员' }] }, '<p class="doc-signature">申请人：</p><p class="doc-signature-date">年　　月　　日</p><p class="doc-signature">调解员：</p>'],
      [{ type: 'seal', organization: '某调解委员会', date: '2026年3月5日' }, '<div class="doc-seal"><p>某调解委员会</p><p>（盖章）</p><p>2026年3月5日</p></div>'],
      [{ type: 'pageBreak' }, '<hr class="doc-page-break">'],
      [{ type: 'blank' }, '<p class="doc-blank"></p>'],
    ];
    for (const [block, html] of cases) expect(toHtml(one(block))).toBe(`<article class="doc-page" data-kind="test">${html}</article>`);
  });

  it('renders tables with their column widths, a header row, and line breaks inside cells', () => {
    const html = toHtml(
      one({
        type: 'table',
        columns: [
          { header: '序号', width: 10 },
          { header: '文件材料名称', width: 90 },
        ],
        rows: [
          ['1', '调解申请书\n受理登记表'],
          ['2', '权利义务告知书'],
        ],
      }),
    );
    const table = parse(html).querySelector('table.doc-table');
    expect([...(table?.querySelectorAll('col') ?? [])].map((c) => c.getAttribute('width'))).toEqual(['10%', '90%']);
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((c) => c.textContent)).toEqual(['序号', '文件材料名称']);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.innerHTML))).toEqual([
      ['1', '调解申请书<br>受理登记表'],
      ['2', '权利义务告知书'],
    ]);
    const fields = parse(toHtml(one({ type: 'fields', rows: [{ label: '送达地址', value: '郑州市\n金水区' }] }))).querySelector('table.doc-fields');
    expect(fields?.querySelector('th')?.textContent).toBe('送达地址');
    expect(fields?.querySelector('td')?.innerHTML).toBe('郑州市<br>金水区');
  });

  it('separates the copies of a per-party document with a page break', () => {
    const c = sampleCase(0);
    const kind = DOCUMENT_KINDS.find((k) => k.kind === 'acceptance-notice');
    const html = toHtml(composeDocument(kind as (typeof DOCUMENT_KINDS)[number], composeInputFor(c)));
    const page = parse(html).querySelector('article.doc-page');
    expect(page?.getAttribute('data-kind')).toBe('acceptance-notice');
    expect(page?.querySelectorAll('hr.doc-page-break')).toHaveLength(1);
    expect([...(page?.querySelectorAll('h1.doc-title') ?? [])].map((h) => h.textContent)).toEqual(['受理通知书', '受理通知书']);
  });
});

describe('every kind of every sample case', () => {
  it('previews with allowed tags and classes only, and as many elements as it writes tags (nothing malformed)', () => {
    for (const index of [0, 1, 2]) {
      for (const k of DOCUMENT_KINDS) {
        const html = toHtml(composeDocument(k, composeInputFor(sampleCase(index))));
        expectSafeMarkup(html);
        for (const [, classes] of html.matchAll(/class="([^"]*)"/g)) for (const cls of (classes ?? '').split(' ')) expect(cls).toMatch(/^doc-[a-z0-9-]+$/);
        const opening = tagsOf(html).filter((t) => !t.startsWith('</')).length;
        expect(parse(html).querySelectorAll('*').length, `${k.kind} of case ${index}`).toBe(opening);
      }
    }
  });
});

describe('text from a case', () => {
  /** Strings of the characters that could break out of text or an attribute, among ordinary ones. */
  const nasty = fc.string({
    unit: fc.oneof(
      fc.constantFrom('<', '>', '&', '"', "'", '/', '=', '\n', '\r', '\0', '\t', '`', '\u2028', '\uD800', '<script>', '<img src=x onerror=alert(1)>', '&lt;', '"><b>', ' style="x"', '{申请人}'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 12,
  });
  const run = fc.record({ text: nasty, bold: fc.boolean(), underline: fc.boolean(), font: fc.constantFrom(undefined, 'heading1', 'heading2', 'song') }, { requiredKeys: ['text'] });
  const block: fc.Arbitrary<Block> = fc.oneof(
    fc.record({ type: fc.constant('title' as const), text: nasty, issuer: nasty }),
    fc.record({ type: fc.constant('number' as const), text: nasty }),
    fc.record({ type: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), text: nasty }),
    fc.record({ type: fc.constant('paragraph' as const), runs: fc.array(run, { minLength: 1, maxLength: 3 }), align: fc.constantFrom('left' as const, 'center' as const, 'right' as const, 'justify' as const) }),
    fc.record({ type: fc.constant('table' as const), columns: fc.array(fc.record({ header: nasty, width: fc.integer({ min: 1, max: 100 }) }), { minLength: 1, maxLength: 3 }), rows: fc.array(fc.array(nasty, { maxLength: 3 }), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('fields' as const), rows: fc.array(fc.record({ label: nasty, value: nasty }), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('signatures' as const), lines: fc.array(fc.record({ label: nasty, withDate: fc.boolean() }), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('seal' as const), organization: nasty, date: nasty }),
    fc.constant({ type: 'pageBreak' as const }),
  );
  const model = fc.record({ kind: nasty, fileName: nasty, title: nasty, pageNumbers: fc.constant('dash' as const), blocks: fc.array(block, { maxLength: 6 }) });

  /** The same model with every character of every text replaced by `x` (line breaks kept: they are the renderer’s <br>). */
  const mask = (m: DocModel): DocModel => JSON.parse(JSON.stringify(m, (_k, v: unknown) => (typeof v === 'string' && !['type', 'font', 'align'].includes(_k) ? v.replace(/[^\n]/gu, 'x') : v)));

  it('never becomes markup: the tags are exactly those of the same document with plain text', () => {
    fc.assert(
      fc.property(model, (m) => {
        const html = toHtml(m);
        // the kind is the one attribute value taken from the model: quoted, and nothing can end the quotes
        expect(html).toMatch(/^<article class="doc-page" data-kind="[^"<>]*">/);
        const shape = (h: string) => tagsOf(h.replace(/data-kind="[^"]*"/, 'data-kind=""'));
        expect(shape(html)).toEqual(shape(toHtml(mask(m))));
        expectSafeMarkup(html.replace(/data-kind="[^"]*"/, 'data-kind=""'));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back as the same text', () => {
    const printable = fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", '&amp;', '<b>x</b>', '　'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 12 });
    fc.assert(
      fc.property(printable, printable, (a, b) => {
        const page = parse(toHtml(one({ type: 'paragraph', runs: [{ text: a, bold: true }, { text: b }] }, a)));
        expect(page.querySelector('p.doc-p')?.textContent).toBe(a + b);
        expect(page.querySelector('article')?.getAttribute('data-kind')).toBe(a);
        const cell = parse(toHtml(one({ type: 'fields', rows: [{ label: a, value: b }] }))).querySelector('td');
        expect(cell?.textContent).toBe(b);
      }),
      { numRuns: 200 },
    );
  });
});
