import { ORGANIZATION_KINDS, organizationInputSchema, type OrganizationKind } from '../../domain/organization';
import { defaultCaseNumberPattern } from '../../domain/case-number';
import { AppError } from '../../domain/errors';
import { validationError } from '../../api/errors';
import { completeSetup, getSetupStatus } from '../../services/setup';
import { findOrganization, updateOrganization } from '../../services/organization';
import type { ServiceContext } from '../../services/context';
import type { Output } from '../io';

export interface InitOptions {
  orgName?: string | undefined;
  orgKind?: string | undefined;
  numberPattern?: string | undefined;
  region?: string | undefined;
}

/** CLI flags for the organization's fields, so a validation message can name the flag. */
const FLAG_OF: Record<string, string> = {
  name: '--org-name',
  kind: '--org-kind',
  region: '--region',
  caseNumberPattern: '--number-pattern',
};

function parseOrganization(fields: Record<string, unknown>) {
  const parsed = organizationInputSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const err = validationError(parsed.error);
  const named = Object.fromEntries(
    Object.entries(err.fields ?? {}).map(([k, m]) => [FLAG_OF[k] ?? k, k === 'kind' ? `应为 ${Object.keys(ORGANIZATION_KINDS).join('、')} 之一` : m]),
  );
  const [first] = Object.entries(named);
  throw new AppError('VALIDATION', first ? `${first[0]}：${first[1]}` : err.message, named);
}

/**
 * `init`: the database is already created or upgraded by opening the data folder; this sets up
 * the organization when `--org-name` is given, or updates the fields given for an existing one.
 * Running it again with the same options changes nothing.
 */
export async function runInit(ctx: ServiceContext, options: InitOptions, out: Output, migrated: string[]): Promise<void> {
  const existing = await findOrganization(ctx.store.db);
  let action: 'created' | 'updated' | 'unchanged' | 'pending' = 'unchanged';
  if (!existing && options.orgName !== undefined) {
    const region = options.region ?? '豫';
    const kind = (options.orgKind ?? 'people_mediation') as OrganizationKind;
    const organization = parseOrganization({
      name: options.orgName,
      kind,
      region,
      caseNumberPattern: options.numberPattern ?? defaultCaseNumberPattern(region.trim(), kind),
    });
    await completeSetup(ctx, { organization, mediators: [] });
    action = 'created';
  } else if (existing) {
    const wanted = {
      name: options.orgName ?? existing.name,
      kind: options.orgKind ?? existing.kind,
      region: options.region ?? existing.region,
      address: existing.address ?? undefined,
      phone: existing.phone ?? undefined,
      defaultCourt: existing.defaultCourt ?? undefined,
      caseNumberPattern: options.numberPattern ?? existing.caseNumberPattern,
    };
    const fields = parseOrganization(wanted);
    const changed = (['name', 'kind', 'region', 'caseNumberPattern'] as const).some((k) => fields[k] !== existing[k]);
    if (changed) {
      await updateOrganization(ctx, fields);
      action = 'updated';
    }
  } else {
    action = 'pending';
  }
  const status = await getSetupStatus(ctx);
  const schemaVersion = Number(await ctx.store.reader.pragma('user_version'));
  out.say(`数据库已就绪：${ctx.paths.database}（数据结构版本 ${schemaVersion}${migrated.length ? `，本次升级 ${migrated.length} 步` : ''}）`);
  if (action === 'pending') out.say('尚未设置组织信息：启动程序完成初始设置，或运行 init --org-name 名称 [--org-kind 类型] [--region 简称] [--number-pattern 规则]。');
  else out.say(`组织：${status.organization?.name}（${{ created: '已创建', updated: '已更新', unchanged: '无变化' }[action]}）`);
  out.result({
    dataDir: ctx.paths.dataDir,
    database: ctx.paths.database,
    schemaVersion,
    migrated,
    organization: action === 'pending' ? null : { ...(await findOrganization(ctx.store.db)), action },
  });
}
