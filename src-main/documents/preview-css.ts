import { FONTS, INDENT_TWIPS, LINE_TWIPS, MARGINS, PAGE, SIZE } from './layout.ts';

/**
 * The stylesheet of the HTML preview, computed from the same layout as the Word file so the
 * preview keeps its page, margins, fonts and line pitch. The renderer's build bundles it (the
 * CSP allows no inline styles); printing the preview prints one A4 page per page break.
 */
const pt = (twips: number) => `${twips / 20}pt`;
const halfPt = (size: number) => `${size / 2}pt`;

export function previewCss(): string {
  const margins = `${pt(MARGINS.top)} ${pt(MARGINS.right)} ${pt(MARGINS.bottom)} ${pt(MARGINS.left)}`;
  return `
.doc-sheet { background: #e9ebee; padding: 16px; overflow: auto; }
.doc-page { box-sizing: border-box; width: ${pt(PAGE.width)}; min-height: ${pt(PAGE.height)}; margin: 0 auto; padding: ${margins};
  background: #fff; color: #000; box-shadow: 0 1px 4px rgba(0,0,0,.2);
  font-family: ${FONTS.body.css}; font-size: ${halfPt(SIZE.body)}; line-height: ${pt(LINE_TWIPS)}; }
.doc-page p, .doc-page h1 { margin: 0; }
.doc-title { font-family: ${FONTS.title.css}; font-size: ${halfPt(SIZE.title)}; font-weight: normal; text-align: center; line-height: 1.5; margin-bottom: ${pt(LINE_TWIPS)} !important; }
.doc-number { text-align: right; }
.doc-heading { text-indent: 2em; }
.doc-heading-1, .doc-font-heading1 { font-family: ${FONTS.heading1.css}; }
.doc-heading-2, .doc-font-heading2 { font-family: ${FONTS.heading2.css}; }
.doc-font-title { font-family: ${FONTS.title.css}; }
.doc-font-song { font-family: ${FONTS.song.css}; }
.doc-p { text-indent: ${pt(INDENT_TWIPS)}; }
.doc-p.doc-no-indent { text-indent: 0; }
.doc-align-left { text-align: left; } .doc-align-center { text-align: center; text-indent: 0; }
.doc-align-right { text-align: right; text-indent: 0; } .doc-align-justify { text-align: justify; }
.doc-bold { font-weight: bold; } .doc-underline { text-decoration: underline; }
.doc-table { width: 100%; border-collapse: collapse; font-size: ${halfPt(SIZE.table)}; line-height: 1.5; margin: 6pt 0; }
.doc-table th, .doc-table td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
.doc-table thead th { text-align: center; font-weight: bold; }
.doc-fields th { text-align: center; font-weight: normal; }
.doc-signature { margin-top: ${pt(LINE_TWIPS)} !important; padding-left: 50%; }
.doc-signature-date { padding-left: 70%; }
.doc-seal { margin-top: ${pt(LINE_TWIPS * 2)}; text-align: right; padding-right: 2em; }
.doc-blank { height: ${pt(LINE_TWIPS)}; }
.doc-page-break { border: none; border-top: 1px dashed #999; margin: ${pt(LINE_TWIPS)} -${pt(MARGINS.right)} ${pt(LINE_TWIPS)} -${pt(MARGINS.left)}; }
@media print {
  @page { size: A4; margin: ${margins}; }
  /* only the document prints: everything off its path is removed, and the app's layout around it
     (menus, cards, columns) is flattened so the page is the document's alone */
  body :not(:has(.doc-print-area)):not(.doc-print-area):not(.doc-print-area *) { display: none !important; }
  body :has(.doc-print-area) { display: block !important; position: static !important; width: auto !important; min-width: 0 !important;
    max-width: none !important; height: auto !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important;
    border: 0 !important; box-shadow: none !important; overflow: visible !important; background: none !important; }
  html, body, #root { height: auto !important; background: none !important; }
  .doc-sheet { background: none; padding: 0; overflow: visible; }
  .doc-page { width: auto; min-height: 0; padding: 0; box-shadow: none; }
  .doc-page-break { border: none; margin: 0; break-after: page; }
}
`;
}
