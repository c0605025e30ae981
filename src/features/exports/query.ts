import { z } from 'zod';
import type { ExportQuery } from './export-store';

// What an export is asked for, checked once for the CLI and the API alike: a bad value is named by its field.

export const exportQuerySchema = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'),
    province: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code').optional(),
    region: z.string().regex(/^\d{6}$/, 'must be a 6-digit region code').optional(),
  })
  .refine((q) => q.province === undefined || q.region === undefined || q.region.startsWith(q.province), {
    path: ['region'],
    message: 'is not in the given province',
  });

export type ExportFormat = 'xlsx' | 'csv';
export const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/** The scope part of names: `2025-03`, `2025-03-51`, `2025-03-510100`. */
export function scopeLabel(q: ExportQuery): string {
  return [q.month, q.region ?? q.province].filter(Boolean).join('-');
}

/** The query as the manifest records it (absent scope is null, so the key order and shape never vary). */
export function queryRecord(q: ExportQuery): { month: string; province: string | null; region: string | null } {
  return { month: q.month, province: q.province ?? null, region: q.region ?? null };
}
