import { z } from 'zod';

/** Output shapes shared by several methods. */
export const noInput = z.strictObject({});

export const caseIdSchema = z.uuid({ error: '案件标识无效' });

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  region: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  defaultCourt: z.string().nullable(),
  caseNumberPattern: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const mediatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  mediatorNo: z.string().nullable(),
  phone: z.string().nullable(),
  specialties: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  relations: z.array(
    z.object({
      name: z.string(),
      kind: z.string(),
      idNumber: z.string().nullable(),
      uscc: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
