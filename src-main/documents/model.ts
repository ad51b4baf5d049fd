/**
 * The document model: pure data that both renderers read — `to-docx` for the Word file and
 * `to-html` for the in-app preview — so what is previewed is what prints.
 */
export type FontRole = 'body' | 'title' | 'heading1' | 'heading2' | 'song';

export interface Run {
  text: string;
  bold?: boolean;
  underline?: boolean;
  /** Overrides the paragraph's font (a heading's lead-in inside a body paragraph). */
  font?: FontRole;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  /** The document's name: 2号 小标宋, centred; an optional second line (the issuer above it). */
  | { type: 'title'; text: string; issuer?: string }
  /** The document number line, right-aligned under the title. */
  | { type: 'number'; text: string }
  /** A heading of one of the four official levels; `text` already carries its number. */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** Body text; indented two characters on the first line unless `indent` is false. */
  | { type: 'paragraph'; runs: Run[]; align?: Align; indent?: boolean; keepWithNext?: boolean }
  /** A ruled table; widths are percentages of the text block. */
  | { type: 'table'; columns: { header: string; width: number }[]; rows: string[][] }
  /** A two-column table of labels and values (heading tables of records and confirmations). */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  /** Signature lines: who signs, and a date line under each when asked for. */
  | { type: 'signatures'; lines: { label: string; withDate?: boolean }[] }
  /** The organization's name right-aligned with its seal place and the date under it. */
  | { type: 'seal'; organization: string; date: string }
  | { type: 'pageBreak' }
  | { type: 'blank' };

export interface DocModel {
  kind: string;
  /** The file's name without extension, e.g. `（2026）豫郑知调字第0003号-受理通知书`. */
  fileName: string;
  title: string;
  blocks: Block[];
  /** `— 1 —` (official documents) or `第 1 页 共 3 页` (records). */
  pageNumbers: 'dash' | 'pageOfTotal';
}

/** Shorthand for a paragraph of plain text. */
export const para = (text: string, options: { align?: Align; indent?: boolean; bold?: boolean } = {}): Block => ({
  type: 'paragraph',
  runs: [{ text, ...(options.bold ? { bold: true } : {}) }],
  ...(options.align ? { align: options.align } : {}),
  ...(options.indent === false ? { indent: false } : {}),
});

/** A text of several lines as one paragraph per line (wording an organization writes with line breaks). */
export const paras = (text: string, options: { align?: Align; indent?: boolean } = {}): Block[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => para(line, options));
