import type { Block, DocModel, Run } from './model';

/**
 * The preview of a document model as HTML: the same blocks as the Word file, styled by the
 * `doc-*` classes of the renderer's stylesheet (the page's CSP allows no inline styles). Every
 * piece of text is escaped.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const runHtml = (run: Run) => {
  const classes = [run.bold && 'doc-bold', run.underline && 'doc-underline', run.font && `doc-font-${run.font}`].filter(Boolean).join(' ');
  return classes ? `<span class="${classes}">${escape(run.text)}</span>` : escape(run.text);
};

const lines = (text: string) => text.split('\n').map(escape).join('<br>');

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'title':
      return `<h1 class="doc-title">${block.issuer ? `${escape(block.issuer)}<br>` : ''}${escape(block.text)}</h1>`;
    case 'number':
      return `<p class="doc-number">${escape(block.text)}</p>`;
    case 'heading':
      return `<p class="doc-heading doc-heading-${block.level}">${escape(block.text)}</p>`;
    case 'paragraph':
      return `<p class="doc-p doc-align-${block.align ?? 'justify'}${block.indent === false ? ' doc-no-indent' : ''}">${block.runs.map(runHtml).join('')}</p>`;
    case 'table':
      return `<table class="doc-table"><colgroup>${block.columns.map((c) => `<col width="${c.width}%">`).join('')}</colgroup><thead><tr>${block.columns
        .map((c) => `<th>${escape(c.header)}</th>`)
        .join('')}</tr></thead><tbody>${block.rows.map((r) => `<tr>${r.map((v) => `<td>${lines(v)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'fields':
      return `<table class="doc-table doc-fields"><colgroup><col width="25%"><col width="75%"></colgroup><tbody>${block.rows
        .map((r) => `<tr><th>${escape(r.label)}</th><td>${lines(r.value)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'signatures':
      return block.lines
        .map((l) => `<p class="doc-signature">${escape(l.label)}：</p>${l.withDate ? '<p class="doc-signature-date">年　　月　　日</p>' : ''}`)
        .join('');
    case 'seal':
      return `<div class="doc-seal"><p>${escape(block.organization)}</p><p>（盖章）</p><p>${escape(block.date)}</p></div>`;
    case 'pageBreak':
      return '<hr class="doc-page-break">';
    case 'blank':
      return '<p class="doc-blank"></p>';
  }
}

export function toHtml(model: DocModel): string {
  return `<article class="doc-page" data-kind="${escape(model.kind)}">${model.blocks.map(blockHtml).join('')}</article>`;
}
