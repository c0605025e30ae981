import type { RequestHandler } from 'express';
import { z } from 'zod';
import { isCalendarDate } from '../../contract/claim';
import { POINT_RESULTS } from '../../features/inspections/inspection';
import { VIOLATION_TYPES } from '../../contract/violation-types';
import type { CreateInspectionInput, InspectionService, RecordPointInput } from '../../features/inspections/inspection-service';
import { inspectionError } from '../../features/inspections/inspection-errors';
import { principalOf } from '../auth/authenticate';
import { bodyOf } from '../validate';

// Inspection campaigns under /api/v1/inspections (README "Inspection campaigns"): one line per route in app.ts;
// the rules (roles, provinces, team, leader, the audit trail) are the inspection service's.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD').refine(isCalendarDate, '不是有效日期');
const name = z.string().trim().min(1, '不能为空').max(64, '最多 64 个字符');
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `最多 ${max} 个字符`);

export const createInspectionBody = z.strictObject({
  hospitalId: z.string().regex(/^[\w.\-:@\u4e00-\u9fff]{1,64}$/, '机构编码须为 1-64 个字母、数字或 . _ - : @'),
  from: day,
  to: day,
  team: z.array(name).min(1, '检查组至少一人').max(20, '检查组最多 20 人'),
  leader: name,
  title: text(200).optional(),
});
export const recordPointBody = z.strictObject({
  result: z.enum(POINT_RESULTS, '核查结果须为 confirmed（属实）、partial（部分属实）或 unfounded（不属实）'),
  violationType: z.enum(VIOLATION_TYPES, `违规类型须为：${VIOLATION_TYPES.join('、')}`).optional(),
  amountToRecover: z.number('追回金额须为数字（元）').finite().nonnegative('追回金额不能为负').max(1e10, '追回金额过大'),
  note: text(2000),
});
export const closeInspectionBody = z.strictObject({ conclusion: text(4000) });

const pointNo = (raw: unknown): number => {
  const s = String(raw);
  if (!/^\d{1,6}$/.test(s)) throw inspectionError('not-found', 'inspection-point-not-found', `没有第 ${s.slice(0, 20)} 号疑点`);
  return Number(s);
};

export const staff = (s: InspectionService): RequestHandler => async (_req, res) => void res.json(await s.staff(principalOf(res)));
export const listInspections = (s: InspectionService): RequestHandler => async (_req, res) => void res.json(await s.list(principalOf(res)));
export const createInspection = (s: InspectionService): RequestHandler => async (_req, res) =>
  void res.status(201).json(await s.create(principalOf(res), bodyOf<CreateInspectionInput>(res)));
export const getInspection = (s: InspectionService): RequestHandler => async (req, res) => void res.json(await s.detail(principalOf(res), req.params.id));
export const recordPoint = (s: InspectionService): RequestHandler => async (req, res) =>
  void res.json(await s.record(principalOf(res), req.params.id, pointNo(req.params.no), bodyOf<RecordPointInput>(res)));
export const closeInspection = (s: InspectionService): RequestHandler => async (req, res) =>
  void res.json(await s.close(principalOf(res), req.params.id, bodyOf<{ conclusion: string }>(res).conclusion));
export const inspectionReport = (s: InspectionService): RequestHandler => async (req, res) => void res.json(await s.report(principalOf(res), req.params.id));
export const inspectionTrail = (s: InspectionService): RequestHandler => async (req, res) => void res.json(await s.audit(principalOf(res), req.params.id));

export const inspectionWorkbook = (s: InspectionService): RequestHandler => async (req, res) => {
  const { file, sha256, fileName } = await s.reportWorkbook(principalOf(res), req.params.id);
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('X-Export-Sha256', sha256);
  res.send(file);
};
