import type { z } from 'zod';
import type { Role } from '../domain/roles';
import type { ServiceContext } from '../services/context';

/**
 * One method of the API: its name, the zod schemas of what goes in and what comes out, who may
 * call it, and the handler. The registry validates the input before the handler runs and the
 * output before it leaves; the renderer's client is typed from these same definitions.
 */
export interface MethodDefinition<
  Name extends string = string,
  In extends z.ZodType = z.ZodType,
  Out extends z.ZodType = z.ZodType,
> {
  name: Name;
  /** What the method does, in Chinese, for the audit viewer and error logs. */
  summary: string;
  input: In;
  output: Out;
  roles: readonly Role[];
  handler(ctx: ServiceContext, input: z.output<In>): Promise<z.input<Out>>;
}

export function defineMethod<Name extends string, In extends z.ZodType, Out extends z.ZodType>(
  definition: MethodDefinition<Name, In, Out>,
): MethodDefinition<Name, In, Out> {
  return definition;
}

export type AnyMethod = MethodDefinition<string, z.ZodType, z.ZodType>;

/** The error half of the envelope every transport returns. */
export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
  /** A reference to the log entry, for internal errors only. */
  ref?: string;
}
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };
