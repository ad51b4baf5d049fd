import { CASE_CATEGORIES } from '../domain/categories';
import { chineseDate } from '../domain/chinese-format';
import { targetLabel, targetsOf } from './catalog';
import type { DocContext, DocumentKind, Target } from './kind';
import type { Block, DocModel, Run } from './model';
import { BLANK, BLANK_DATE, namesOf } from './parts';
import { fillVariables } from './wording';

/**
 * One document of a kind for a case: its copies (one, or one per party or agent) one after
 * another with page breaks, the organization's wording with the case's values filled in.
 */
export type ComposeInput = Omit<DocContext, 'wording'> & {
  /** The organization's own wording of this kind, by paragraph key; absent keys use the default. */
  overrides: Readonly<Record<string, string>>;
};

/** Values every kind's wording can use. */
export function commonVariables(input: Omit<ComposeInput, 'overrides'>): Record<string, string> {
  const c = input.c;
  return {
    组织名称: input.organization.name,
    组织地址: input.organization.address ?? BLANK,
    组织电话: input.organization.phone ?? BLANK,
    默认法院: input.organization.defaultCourt ?? '',
    案号: input.caseNumber,
    登记日期: chineseDate(c.receivedOn),
    受理日期: c.acceptedOn ? chineseDate(c.acceptedOn) : BLANK_DATE,
    纠纷类别: CASE_CATEGORIES[c.category],
    申请人: namesOf(c, 'applicant'),
    被申请人: namesOf(c, 'respondent'),
    调解员: c.mediators.map((m) => m.name).join('、') || '（待指派）',
    移送机关: c.referral?.body ?? '',
    今天: chineseDate(input.today),
    // people's mediation is free by law (人民调解法 art. 4); other organizations state their own fees
    收费说明: input.organization.kind === 'people_mediation' ? '人民调解委员会调解民间纠纷，不收取任何费用。' : '',
  };
}

/**
 * A paragraph whose text has line breaks (wording an organization typed on several lines, a
 * subject with line breaks) becomes one paragraph per line, each indented like the first.
 */
function oneParagraphPerLine(block: Block): Block[] {
  if (block.type !== 'paragraph' || !block.runs.some((r) => r.text.includes('\n'))) return [block];
  const lines: Run[][] = [[]];
  for (const run of block.runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece.trim()) lines[lines.length - 1]?.push({ ...run, text: piece });
    });
  }
  return lines.filter((runs) => runs.length > 0).map((runs) => ({ ...block, runs }));
}

const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|]|\p{Cc}/gu;

/** A name every file system takes: characters Windows or the shell forbid become `_`. */
export const safeFileName = (name: string) => name.replace(UNSAFE_IN_FILE_NAMES, '_');

/** What a kind's builder is given: the input, with the organization's wording filled in for the case. */
export function docContext(kind: DocumentKind, input: ComposeInput): DocContext {
  const common = commonVariables(input);
  return {
    ...input,
    wording: (key, extra = {}) => {
      const template = input.overrides[key] ?? kind.wording[key]?.text;
      if (template === undefined) throw new Error(`${kind.kind} has no wording '${key}'`);
      return fillVariables(template, { ...common, ...extra });
    },
  };
}

export function composeDocument(kind: DocumentKind, input: ComposeInput, targets: Target[] = targetsOf(kind, input.c)): DocModel {
  const ctx = docContext(kind, input);
  const blocks: Block[] = targets.flatMap((t, i) => [...(i > 0 ? [{ type: 'pageBreak' } as const] : []), ...kind.build(ctx, t).flatMap(oneParagraphPerLine)]);
  const label = targets.length === 1 ? targetLabel(kind, input.c, targets[0] ?? {}) : '';
  const base = input.c.caseNumber ?? `${input.c.receivedOn}登记`;
  return {
    kind: kind.kind,
    title: kind.title,
    fileName: safeFileName([base, kind.title, label].filter(Boolean).join('-')),
    blocks,
    pageNumbers: kind.pageNumbers ?? 'dash',
  };
}
