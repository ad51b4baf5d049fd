/**
 * The fixed paragraphs of each document kind, editable by the organization. A paragraph may use
 * variables in braces — `{申请人}`, `{案号}` … — which take the case's values when the document
 * is made. The defaults live with each kind; what an organization changed is stored and wins.
 */
export interface WordingDefault {
  /** What the paragraph is, for the template editor. */
  label: string;
  text: string;
  /** Variables this paragraph may use besides the common ones (`COMMON_VARIABLES`). */
  variables?: readonly string[];
}
export type WordingDefaults = Record<string, WordingDefault>;

export const VARIABLE = /\{([^{}\s]{1,20})\}/g;

/** The variables a text uses. */
export const variablesIn = (text: string): string[] => [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1] as string))];

/** Fills in the variables; an unknown one stays as written, so a typo shows in the preview. */
export function fillVariables(text: string, values: Record<string, string>): string {
  return text.replace(VARIABLE, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] as string) : whole));
}

/** The variables every kind's wording can use (filled by `compose.commonVariables`). */
export const COMMON_VARIABLES = ['组织名称', '组织地址', '组织电话', '默认法院', '案号', '登记日期', '受理日期', '纠纷类别', '申请人', '被申请人', '调解员', '移送机关', '今天', '收费说明'] as const;
