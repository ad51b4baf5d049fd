import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { documentKind } from '../../src-main/documents/catalog';
import { composeDocument, type ComposeInput } from '../../src-main/documents/compose';
import type { DocumentKind, Target } from '../../src-main/documents/kind';
import type { Block, DocModel } from '../../src-main/documents/model';
import { compileCaseFile, exchangeCaseFileFacts } from '../../src-main/domain/case-file';
import { caseSchema, type ExchangeCase } from '../../src-main/domain/exchange';
import { sample } from './samples';

/** Helpers for the document engine's tests: sample cases as the engine sees them, and a look inside .docx files. */

export const ORGANIZATION: ComposeInput['organization'] = {
  name: '郑州市知识产权纠纷人民调解委员会',
  kind: 'people_mediation',
  region: '豫郑',
  address: '河南省郑州市金水区花园路1号',
  phone: '0371-60001234',
  defaultCourt: '郑州市中级人民法院',
};

export const TODAY = '2026-11-24';

/**
 * Case `index` of `henan-ip-cases.json`, checked by the exchange schema as an import would;
 * `change` edits the raw JSON first (to take something away or add an edge case).
 */
export function sampleCase(index: number, change?: (raw: any) => void): ExchangeCase { // eslint-disable-line @typescript-eslint/no-explicit-any
  const raw = sample().cases[index];
  change?.(raw);
  return caseSchema.parse(raw);
}

/** What the documents service hands the engine for a case, with a fixed organization and today. */
export function composeInputFor(c: ExchangeCase, extra: Partial<ComposeInput> = {}): ComposeInput {
  return {
    c,
    caseNumber: c.caseNumber ?? '（未编号）',
    organization: ORGANIZATION,
    today: TODAY,
    court: c.enforcement?.court ?? '郑州市中级人民法院',
    arbitration: {
      commission: c.enforcement?.arbitrationCommission ?? null,
      caseNumber: null,
      acceptedOn: null,
      tribunal: [],
      composedOn: null,
      secretary: null,
      settlement: 'own',
      fees: null,
      decidedOn: null,
      award: null,
    },
    papersToServe: c.parties.map(() => []),
    writeUp: null,
    partyDocuments: c.parties.map(() => []),
    caseFile: { compiled: compileCaseFile(exchangeCaseFileFacts(c, false)), retention: null, filedBy: null, filedOn: null },
    overrides: {},
    ...extra,
  };
}

/** Kinds that print no case number of the office: a party's own papers, and a commission's (which the commission numbers). */
export const WITHOUT_OFFICE_NUMBER: ReadonlySet<string> = new Set([
  'mediation-application',
  'power-of-attorney',
  'commitment',
  'notarization-application',
  'arbitration-agreement',
  'award-on-settlement',
  'arbitration-mediation-statement',
  'arbitration-acceptance-notice',
  'arbitration-refusal-notice',
  'arbitration-fee-notice',
  'tribunal-notice',
  'hearing-record',
  'arbitration-award',
  'typical-case',
]);

/** The visible text of one block, one string per line as printed. */
export function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'title':
      return [...(block.issuer ? [block.issuer] : []), block.text];
    case 'number':
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [block.runs.map((r) => r.text).join('')];
    case 'table':
      return [block.columns.map((c) => c.header).join('|'), ...block.rows.map((r) => r.join('|'))];
    case 'fields':
      return block.rows.map((r) => `${r.label}|${r.value}`);
    case 'signatures':
      return block.lines.map((l) => `${l.label}：`);
    case 'seal':
      return [block.organization, '（盖章）', block.date];
    case 'pageBreak':
    case 'blank':
      return [];
  }
}

export const modelLines = (model: DocModel): string[] => model.blocks.flatMap(blockLines);
export const modelText = (model: DocModel): string => modelLines(model).join('\n');

/** The copies of a composed document: its blocks split at the page breaks between copies. */
export function copiesOf(model: DocModel): Block[][] {
  const copies: Block[][] = [[]];
  for (const b of model.blocks) {
    if (b.type === 'pageBreak') copies.push([]);
    else copies[copies.length - 1]?.push(b);
  }
  return copies;
}

/** Every part of a .docx package that is text (XML and relationships), by name. */
export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(name)) parts[name] = await entry.async('string');
  }
  return parts;
}

const window = new JSDOM('').window;

/** Parses XML strictly (well-formedness, legal characters); throws with the parser's complaint. */
export function parseXml(xml: string): Document {
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The text of a WordprocessingML part, one line per paragraph (`w:p`), as the XML parser reads it. */
export function wordText(xml: string): string[] {
  const doc = parseXml(xml);
  return [...doc.getElementsByTagNameNS(W, 'p')].map((p) => [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent ?? '').join(''));
}

/** The `w:r` elements of a part, each as its XML text. */
export const runsOf = (xml: string): string[] => xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];

/** The paragraphs (`w:p`) of a part, each as its XML text. */
export const paragraphsOf = (xml: string): string[] => xml.match(/<w:p>.*?<\/w:p>|<w:p\/>/gs) ?? [];

/** Attributes of the first element named `tag` in `xml`, e.g. `attrs(xml, 'w:pgSz')` → `{ 'w:w': '11906', … }`. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`).exec(xml);
  if (!m) throw new Error(`no <${tag}> in the XML`);
  return Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1] as string, a[2] as string]));
}

/** A kind of the catalog by its name; a test naming a kind that does not exist fails here. */
export function kindNamed(name: string): DocumentKind {
  const k = documentKind(name);
  if (!k) throw new Error(`no kind ${name}`);
  return k;
}

/** One kind composed for a case with the test organization (and any overrides). */
export const composeKind = (name: string, c: ExchangeCase, extra: Partial<ComposeInput> = {}, targets?: Target[]) => composeDocument(kindNamed(name), composeInputFor(c, extra), targets);

export const blocksOfType = <T extends Block['type']>(blocks: Block[], type: T) => blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
