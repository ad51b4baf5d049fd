import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { FONTS, INDENT_TWIPS, LATIN_FONT, LINE_TWIPS, MARGINS, PAGE, SIZE, type FontSpec } from './layout';
import type { Align, Block, DocModel, FontRole, Run } from './model';

/** The Word file of a document model, in official layout, byte-for-byte the same for the same model and time. */

const fontOf = (spec: FontSpec) => ({ ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: spec.eastAsia, hint: 'eastAsia' as const });
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** Characters XML 1.0 cannot carry (control characters, lone surrogates) are dropped from the file. */
const NOT_XML = /[^\P{Cc}\t\n\r]|\p{Cs}|[\uFFFE\uFFFF]/gu;
export const xmlSafe = (text: string) => text.replace(NOT_XML, '');

function textRun(run: Run, role: FontRole, size: number = SIZE.body): TextRun {
  return new TextRun({
    text: xmlSafe(run.text),
    font: fontOf(FONTS[run.font ?? role]),
    size,
    ...(run.bold ? { bold: true } : {}),
    ...(run.underline ? { underline: {} } : {}),
  });
}

const paragraph = (options: IParagraphOptions) => new Paragraph(options);

/** The paragraph style of table text, which leaves the document's line grid (see `toDocx`). */
const TABLE_STYLE = 'TableText';

function cellParagraph(text: string, options: { bold?: boolean; align?: Align } = {}): Paragraph {
  return paragraph({
    style: TABLE_STYLE,
    alignment: ALIGN[options.align ?? 'left'],
    children: [textRun({ text, ...(options.bold ? { bold: true } : {}) }, 'body', SIZE.table)],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cell(text: string, width: number, options: { bold?: boolean; align?: Align } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: text.split('\n').map((line) => cellParagraph(line, options)),
  });
}

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title': {
      const title = (text: string) =>
        paragraph({ alignment: AlignmentType.CENTER, spacing: exact(760), children: [textRun({ text }, 'title', SIZE.title)] });
      return [...(block.issuer ? [title(block.issuer)] : []), title(block.text), paragraph({ spacing: exact(LINE_TWIPS), children: [] })];
    }
    case 'number':
      return [paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(LINE_TWIPS), children: [textRun({ text: block.text }, 'body')] })];
    case 'heading': {
      const role: FontRole = block.level === 1 ? 'heading1' : block.level === 2 ? 'heading2' : 'body';
      return [
        paragraph({
          keepNext: true,
          spacing: exact(LINE_TWIPS),
          indent: { firstLine: INDENT_TWIPS },
          children: [textRun({ text: block.text }, role)],
        }),
      ];
    }
    case 'paragraph':
      return [
        paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          spacing: exact(LINE_TWIPS),
          ...(block.indent === false ? {} : { indent: { firstLine: INDENT_TWIPS } }),
          ...(block.keepWithNext ? { keepNext: true } : {}),
          children: block.runs.map((r) => textRun(r, 'body')),
        }),
      ];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: BORDERS,
          rows: [
            new TableRow({ tableHeader: true, children: block.columns.map((c) => cell(c.header, c.width, { bold: true, align: 'center' })) }),
            ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, block.columns[i]?.width ?? 10)) })),
          ],
        }),
        paragraph({ spacing: exact(LINE_TWIPS), children: [] }),
      ];
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: BORDERS,
          rows: block.rows.map((r) => new TableRow({ cantSplit: true, children: [cell(r.label, 25, { bold: true, align: 'center' }), cell(r.value, 75)] })),
        }),
        paragraph({ spacing: exact(LINE_TWIPS), children: [] }),
      ];
    case 'signatures':
      return block.lines.flatMap((line) => [
        paragraph({ spacing: exact(LINE_TWIPS), children: [] }),
        paragraph({ spacing: exact(LINE_TWIPS), indent: { left: INDENT_TWIPS * 4 }, keepNext: Boolean(line.withDate), children: [textRun({ text: `${line.label}：` }, 'body')] }),
        ...(line.withDate
          ? [paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_TWIPS * 2 }, spacing: exact(LINE_TWIPS), children: [textRun({ text: '年　　月　　日' }, 'body')] })]
          : []),
      ]);
    case 'seal':
      return [
        paragraph({ spacing: exact(LINE_TWIPS), children: [] }),
        paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_TWIPS * 2 }, spacing: exact(LINE_TWIPS), keepNext: true, children: [textRun({ text: block.organization }, 'body')] }),
        paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_TWIPS * 2 }, spacing: exact(LINE_TWIPS), keepNext: true, children: [textRun({ text: '（盖章）' }, 'body')] }),
        paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_TWIPS * 2 }, spacing: exact(LINE_TWIPS), children: [textRun({ text: block.date }, 'body')] }),
      ];
    case 'pageBreak':
      return [paragraph({ children: [new PageBreak()] })];
    case 'blank':
      return [paragraph({ spacing: exact(LINE_TWIPS), children: [] })];
  }
}

function footerParagraph(model: DocModel, align: Align): Paragraph {
  const run = (children: (string | ParagraphChild | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ children: children as never, font: fontOf(FONTS.song), size: SIZE.pageNumber });
  if (model.pageNumbers === 'pageOfTotal') {
    return paragraph({ alignment: AlignmentType.CENTER, children: [run(['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'])] });
  }
  return paragraph({
    alignment: ALIGN[align],
    indent: align === 'right' ? { right: 320 } : { left: 320 },
    children: [run(['— ', PageNumber.CURRENT, ' —'])],
  });
}

/** The font table Word reads to substitute fonts: each GB font with its common stand-in. */
function fontTableXml(): string {
  const fonts = [
    { name: LATIN_FONT, alt: null, charset: '00', family: 'roman' },
    ...Object.values(FONTS).map((f) => ({ name: f.eastAsia, alt: f.fallback, charset: '86', family: 'modern' })),
  ];
  const entries = fonts
    .map((f) => `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ''}<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`;
}

export async function toDocx(model: DocModel, options: { author: string; at: Date }): Promise<Uint8Array> {
  const document = new Document({
    // the package properties are XML too: a user's name must not make the file unreadable
    title: xmlSafe(model.title),
    creator: xmlSafe(options.author),
    lastModifiedBy: xmlSafe(options.author),
    evenAndOddHeaderAndFooters: model.pageNumbers === 'dash',
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exact(LINE_TWIPS) },
        },
      },
      paragraphStyles: [{ id: TABLE_STYLE, name: 'Table Text', paragraph: { spacing: exact(480) } }],
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGINS },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_TWIPS },
        },
        footers: {
          default: new Footer({ children: [footerParagraph(model, 'right')] }),
          ...(model.pageNumbers === 'dash' ? { even: new Footer({ children: [footerParagraph(model, 'left')] }) } : {}),
        },
        children: model.blocks.flatMap(blockToDocx),
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  const stamp = options.at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  zip.file('word/fontTable.xml', fontTableXml());
  // snapped to the 22-line grid, a table row takes one and a half lines and a file index spills
  // onto a second page; the docx library cannot say `snapToGrid` for a paragraph, so it is added here
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  zip.file('word/styles.xml', styles.replace(new RegExp(`(<w:style [^>]*w:styleId="${TABLE_STYLE}"[^>]*>[\\s\\S]*?<w:pPr>)`), '$1<w:snapToGrid w:val="0"/>'));
  zip.file('docProps/core.xml', core.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  // fixed timestamps, so the same document always has the same bytes; untouched entries keep
  // their compressed data (JSZip reuses it when the compression method is unchanged)
  for (const entry of Object.values(zip.files)) entry.date = options.at;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
