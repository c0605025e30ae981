import { z } from 'zod';
import { toYuan } from '../money/fen';
import { underAny } from '../contract/code-prefix';
import { readJsonTable } from '../contract/json-table';
import type { ItemFacts } from './item-fact-types';
import type { FollowUpVisit } from '../benefits/cross-claim/public-health-schedule';
import { rowCodeOf } from '../contract/catalogue-row';

// 公卫 services billed to the fund (rules/knowledge/public-health-services.json): the 国家基本公共卫生服务 that 基层
// institutions give free, paid by the public-health subsidy (《社会保险法》第三十条: 应当由公共卫生负担的 not paid by the
// fund) — the 65+ annual check, a child's health check, the first prenatal visit, a hypertensive's or diabetic's
// follow-up — billed as an ordinary visit: the consultation and the service's own items and nothing else, for no
// condition beyond the service's own. A drug, a treatment or another test makes it care.

const service = z.strictObject({
  /** The 规范 service, for the message: "老年人健康管理（年度健康体检）". */
  name: z.string().min(1),
  minAge: z.number().int().min(0),
  maxAge: z.number().int().min(0),
  /** Genders served (孕产妇: F); absent, any. */
  genders: z.array(z.enum(['M', 'F'])).optional(),
  /** ICD-10 prefixes: every diagnosis of the visit is under one (the service's own, or the condition it manages). */
  diagnoses: z.array(z.string().min(1)).min(1),
  /** Catalogue row codes of the service's own items (its check-up panel, its measurement). */
  panel: z.array(z.string().min(1)).min(1),
  /** Distinct panel rows billed at least: the service recognised by its content. */
  minPanel: z.number().int().min(1),
  /** Rows of which one must be billed (the service's signature: the abdominal ultrasound of the 65+ check); empty, none. */
  required: z.array(z.string().min(1)),
  /** Visit types of this service, in place of the file's (the follow-up arm: not a 门诊慢特病 visit, whose drugs run on a 长处方). */
  visitTypes: z.array(z.enum(['outpatient', 'chronic'])).optional(),
  /**
   * One visit cannot show the service: its marker is a schedule (the follow-up's ≥ 4 a year), so a matching bill is a
   * lead (`catalogue.public-health-follow-up-billed`, info), not a suspicion.
   */
  lead: z.boolean().default(false),
  /**
   * The service's schedule (the follow-up quarterly): visits of the member at the institution `minDays`–`maxDays` apart,
   * and the days before the first that a drug supplied covers (a 长处方's longest); absent, not read across visits.
   */
  schedule: z.strictObject({ minDays: z.number().int().min(1), maxDays: z.number().int().min(1), supplyDays: z.number().int().min(0) }).optional(),
});

const file = z.strictObject({
  note: z.string(),
  /** Hospital levels judged: the 基层 institutions that give the services (the contract's level 1). */
  levels: z.array(z.number().int()).min(1),
  visitTypes: z.array(z.enum(['outpatient', 'chronic'])).min(1),
  /** Catalogue row codes of the consultation a visit bills beside the service (not an emergency consultation). */
  consultations: z.array(z.string().min(1)).min(1),
  services: z.array(service).min(1),
  sources: z.record(z.string(), z.string().min(1)),
});

export type PublicHealthServices = z.infer<typeof file>;

/** Loads public-health-services.json; a missing file is no check (null). */
export function loadPublicHealthServices(path: string): PublicHealthServices | null {
  return readJsonTable(path, file);
}

export interface PublicHealthVisitFacts {
  /** The 公卫 service the bill is: its name in the table. */
  service: string;
  /** The service's items billed: "血常规(五分类)、尿常规、…". */
  names: string;
  diagnoses: string;
  lineIds: string[];
  amount: number;
  /** The service is one a single visit cannot show (its `lead`): an info rule reads it, not the warn rule. */
  lead: boolean;
}

export interface PublicHealthVisitInput {
  visitType?: string;
  hospitalLevel?: number;
  gender?: string;
  ageYears: number;
  diagnosisCodes: readonly string[];
  items: readonly ItemFacts[];
}

/** The 公卫 service a visit's whole bill is (its consultation and the service's items only); null when none. */
export function publicHealthVisit(c: PublicHealthVisitInput, t: PublicHealthServices | null | undefined): PublicHealthVisitFacts | null {
  if (!t || !c.visitType || !t.visitTypes.includes(c.visitType as 'outpatient')) return null;
  if (c.hospitalLevel === undefined || !t.levels.includes(c.hospitalLevel) || !c.diagnosisCodes.length) return null;
  const consult = new Set(t.consultations);
  const codes = c.items.map((it) => rowCodeOf(it));
  if (!codes.some((code) => consult.has(code))) return null;
  for (const s of t.services) {
    if (s.visitTypes && !s.visitTypes.includes(c.visitType as 'outpatient')) continue;
    if (c.ageYears < s.minAge || c.ageYears > s.maxAge || (s.genders && !s.genders.includes(c.gender as 'M'))) continue;
    if (!c.diagnosisCodes.every((d) => underAny(d, s.diagnoses))) continue;
    const panel = new Set(s.panel);
    if (!codes.every((code) => consult.has(code) || panel.has(code))) continue;
    const billed = new Set(codes.filter((code) => panel.has(code)));
    if (billed.size < s.minPanel || (s.required.length && !s.required.some((r) => billed.has(r)))) continue;
    return {
      service: s.name,
      names: [...new Set(c.items.filter((it) => panel.has(rowCodeOf(it))).map((it) => it.name))].join('、'),
      diagnoses: c.diagnosisCodes.join('、'),
      lineIds: c.items.map((it) => it.lineId),
      amount: toYuan(c.items.reduce((s2, it) => s2 + it.amountFen, 0)),
      lead: s.lead,
    };
  }
  return null;
}

/** The visit's service read across the member's visits (its `schedule`), for the ledger check; null when it has none. */
export function followUpVisit(v: PublicHealthVisitFacts | null | undefined, t: PublicHealthServices | null | undefined): FollowUpVisit | null {
  const s = v && t?.services.find((x) => x.name === v.service);
  if (!v || !t || !s?.schedule) return null;
  return { service: s.name, consultations: t.consultations, panel: s.panel, diagnoses: s.diagnoses, ...s.schedule, lineIds: v.lineIds, amount: v.amount };
}
