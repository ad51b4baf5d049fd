import crypto from 'node:crypto';
import type { z } from 'zod';
import { errorDetail } from '../app/logger';
import { AppError, isAppError } from '../domain/errors';
import { configureValidationMessages } from '../domain/validation-messages';
import type { ServiceContext } from '../services/context';
import type { AnyMethod, Envelope } from './contract';
import { errorBody, fromStoreError, internalErrorBody, validationError } from './errors';
import { agreementMethods } from './methods/agreements';
import { arbitrationMethods } from './methods/arbitration';
import { enforcementMethods } from './methods/enforcement';
import { assignmentMethods } from './methods/assignment';
import { attachmentMethods } from './methods/attachments';
import { caseMethods } from './methods/cases';
import { closureMethods } from './methods/closure';
import { courtMethods } from './methods/courts';
import { deadlineMethods } from './methods/deadlines';
import { documentMethods } from './methods/documents';
import { statisticsMethods } from './methods/statistics';
import { typicalCaseMethods } from './methods/typical-cases';
import { backupMethods } from './methods/backups';
import { auditMethods } from './methods/audit';
import { bundleMethods } from './methods/bundles';
import { followUpMethods } from './methods/follow-ups';
import { intakeMethods } from './methods/intake';
import { mediatorMethods } from './methods/mediators';
import { organizationMethods } from './methods/organization';
import { preferencesMethods } from './methods/preferences';
import { recusalMethods } from './methods/recusal';
import { rightsNoticeMethods } from './methods/rights-notices';
import { sessionMethods } from './methods/sessions';
import { setupMethods } from './methods/setup';
import { systemMethods } from './methods/system';
import { terminationMethods } from './methods/termination';

configureValidationMessages();

/** The summary of a method by name: how the audit viewer names an action (looked up when called, so the list can include the viewer). */
const summaryOf = (name: string): string | undefined => appMethods.find((m) => m.name === name)?.summary;

/** Every method the app offers, from every area. */
export const appMethods = [
  ...setupMethods,
  ...organizationMethods,
  ...mediatorMethods,
  ...preferencesMethods,
  ...systemMethods,
  ...caseMethods,
  ...intakeMethods,
  ...documentMethods,
  ...deadlineMethods,
  ...assignmentMethods,
  ...rightsNoticeMethods,
  ...sessionMethods,
  ...terminationMethods,
  ...followUpMethods,
  ...closureMethods,
  ...recusalMethods,
  ...attachmentMethods,
  ...agreementMethods,
  ...enforcementMethods,
  ...arbitrationMethods,
  ...statisticsMethods,
  ...typicalCaseMethods,
  ...backupMethods,
  ...auditMethods(summaryOf),
  ...bundleMethods,
  ...courtMethods,
] as const;

type MethodMap<T extends readonly AnyMethod[]> = { [M in T[number] as M['name']]: M };
export type ApiMethods = MethodMap<typeof appMethods>;
export type ApiMethodName = keyof ApiMethods & string;
export type ApiInput<N extends ApiMethodName> = z.input<ApiMethods[N]['input']>;
export type ApiOutput<N extends ApiMethodName> = z.output<ApiMethods[N]['output']>;

/**
 * The one registry both transports call. It finds the method, checks the caller's roles,
 * validates input and output, and turns every failure into the error envelope — a Chinese
 * message and a stable code, never a stack trace.
 */
export class Registry {
  private readonly byName: Map<string, AnyMethod>;

  constructor(methods: readonly AnyMethod[]) {
    this.byName = new Map();
    for (const m of methods) {
      if (this.byName.has(m.name)) throw new Error(`method ${m.name} is defined twice`);
      this.byName.set(m.name, m);
    }
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }

  method(name: string): AnyMethod | undefined {
    return this.byName.get(name);
  }

  async invoke(ctx: ServiceContext, name: string, rawInput: unknown): Promise<Envelope<unknown>> {
    try {
      const method = this.byName.get(name);
      if (!method) throw new AppError('UNKNOWN_METHOD');
      if (!method.roles.some((role) => ctx.user.roles.includes(role))) throw new AppError('FORBIDDEN');
      const input = method.input.safeParse(rawInput ?? {});
      if (!input.success) throw validationError(input.error);
      const result = await method.handler(ctx, input.data);
      const output = method.output.safeParse(result);
      if (!output.success) {
        throw Object.assign(new Error(`output of ${name} does not match its contract`), { cause: output.error });
      }
      return { ok: true, data: output.data };
    } catch (err) {
      const known = isAppError(err) ? err : fromStoreError(err);
      if (known) return { ok: false, error: errorBody(known) };
      const ref = crypto.randomBytes(4).toString('hex');
      ctx.log.error('api.internal-error', { ref, method: name, ...errorDetail(err) });
      return { ok: false, error: internalErrorBody(ref) };
    }
  }
}

export const createRegistry = (): Registry => new Registry(appMethods);
