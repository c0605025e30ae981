import { z } from 'zod';
import { calendarDay } from './calendar-day';
import { FAMILIES } from '../../contract/verdict';
import { CASE_ACTIONS_BODY } from '../../features/cases/workflow';
import { DISMISSAL_REASONS } from '../../features/cases/resolutions';
import { VIOLATION_TYPES } from '../../contract/violation-types';
import { ROLES } from '../../contract/records';

// What the workbench routes accept. Every query value is one string matching a narrow pattern; money is yuan
// in the API (fen in the store); ranges must be in order.

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(/^[\w.\-:@\u4e00-\u9fff]{1,64}$/, 'must be 1-64 letters, digits or . _ - : @');
const decimal = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'must be a non-negative number')
  .transform(Number);
export const claimIdParam = z.string().min(1).max(128);
export const CASE_STATUSES = ['new', 'assigned', 'investigating', 'confirmed', 'dismissed'] as const;

export const listCasesQuery = z
  .strictObject({
    region: z.string().regex(/^\d{6}$/, 'must be a 6-digit region code').optional(),
    province: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code').optional(),
    /** Claim number (a prefix), insured ID (exact, through its keyed hash), the patient's whole name. */
    claim: id.optional(),
    insuredId: text(64).optional(),
    patientName: text(64).optional(),
    /** Codes starting with these; a department also by its Chinese name. */
    hospital: id.optional(),
    doctor: id.optional(),
    department: text(64).optional(),
    overdue: z.enum(['true']).optional(),
    family: z.enum(FAMILIES).optional(),
    rule: z.string().regex(/^[a-z]+\.[\w.\-]{1,100}$/, 'must be a rule id such as catalogue.gender').optional(),
    decision: z.enum(['review', 'reject']).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    assignee: text(64).optional(),
    scoreMin: decimal.pipe(z.number().max(1)).optional(),
    scoreMax: decimal.pipe(z.number().max(1)).optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
    amountMin: decimal.optional(),
    amountMax: decimal.optional(),
    sort: z.enum(['amount', 'score', 'serviceDate', 'updatedAt']).default('amount'),
    order: z.enum(['asc', 'desc']).default('desc'),
    limit: z.string().regex(/^\d{1,3}$/, 'must be a whole number').transform(Number).pipe(z.number().min(1).max(200)).default(50),
    cursor: z.string().max(400).regex(/^[A-Za-z0-9_-]+$/, 'is not a cursor').optional(),
  })
  .refine((q) => q.scoreMin === undefined || q.scoreMax === undefined || q.scoreMin <= q.scoreMax, { message: 'scoreMin is above scoreMax', path: ['scoreMin'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from is after to', path: ['from'] })
  .refine((q) => q.amountMin === undefined || q.amountMax === undefined || q.amountMin <= q.amountMax, { message: 'amountMin is above amountMax', path: ['amountMin'] });
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const caseDetailQuery = z.strictObject({ reveal: z.enum(['identity']).optional() });


/** The case's updatedAt as the caller's page showed it: a change made against an older page is a 409 (stale). */
const seen = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'must be the case\'s updatedAt as last read (ISO instant)');
const money = z.number().finite().nonnegative().max(1e10);
const outcome = z.strictObject({ amountToRecover: money, summary: text(2000) });

export const assignBody = z.strictObject({ assignee: text(64), reason: text(2000).optional(), expectedUpdatedAt: seen });
export const bulkAssignBody = z.strictObject({
  claimIds: z.array(claimIdParam).min(1).max(200),
  assignee: text(64),
  reason: text(2000).optional(),
});
export const transitionBody = z.strictObject({
  action: z.enum(CASE_ACTIONS_BODY),
  expectedUpdatedAt: seen,
  reason: text(2000).optional(),
  reasonCode: z.enum(DISMISSAL_REASONS).optional(),
  violationType: z.enum(VIOLATION_TYPES).optional(),
  outcome: outcome.optional(),
});
export const noteBody = z.strictObject({ text: text(4000) });
export const outcomeBody = z.strictObject({ amountToRecover: money, summary: text(2000), violationType: z.enum(VIOLATION_TYPES).optional(), expectedUpdatedAt: seen });
export const approvalBody = z.strictObject({ amountToRecover: money, reason: text(2000), expectedUpdatedAt: seen.optional() });

export const auditQuery = z.strictObject({
  claimId: claimIdParam.optional(),
  after: z.string().regex(/^\d{1,15}$/, 'must be a whole number').transform(Number).optional(),
  limit: z.string().regex(/^\d{1,4}$/, 'must be a whole number').transform(Number).pipe(z.number().min(1).max(1000)).default(200),
});

export const rankingQuery = z
  .strictObject({
    sort: z.enum(['amount', 'flagRate', 'peerRatio', 'confirmedRate', 'risk']).default('amount'),
    limit: z.string().regex(/^\d{1,3}$/, 'must be a whole number').transform(Number).pipe(z.number().min(1).max(500)).default(50),
    province: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code').optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from is after to', path: ['from'] });
export const trendQuery = z
  .strictObject({
    province: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code').optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
  });

export const createKeyBody = z.strictObject({
  name: text(64),
  role: z.enum(ROLES),
  provinces: z.array(z.string().regex(/^\d{2}$/, 'must be a 2-digit province code')).max(40).default([]),
});
