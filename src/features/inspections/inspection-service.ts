import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../contract/records';
import { auditEntry } from '../cases/audit-entry';
import { yuanToFen } from '../cases/case-service';
import type { AuditAction } from '../../contract/records';
import type { CaseStore } from '../cases/case-store';
import { maskInsuredId } from '../exports/masking';
import { yuan } from '../exports/format';
import type { KeyStore } from '../keys/key-store';
import { inScope, provinceScope, type Principal } from '../keys/principal';
import { inspectionError } from './inspection-errors';
import {
  noProviderFindings,
  RESULT_LABEL,
  type Inspection,
  type InspectionPoint,
  type PointFinding,
  type PointResult,
  type ProviderFindingSource,
} from './inspection';
import type { ViolationType } from '../../contract/violation-types';
import type { InspectionStore } from './inspection-store';
import { inspectionTotals } from './inspection-totals';
import { inspectionWorkbook } from './inspection-workbook';

// The inspection rules for every caller. A supervisor (or admin) creates an inspection of one institution for
// a period; its list holds the institution's cases of that period (highest amount at stake first, at most
// MAX_CLAIM_POINTS) with their rule hits as evidence, then the provider-level findings. Team members record
// each point; the leader closes the inspection once every point is recorded. Everything stays inside the
// caller's provinces, and every step is an audit line written with the change.

export type InspectionServiceStore = InspectionStore & Pick<CaseStore, 'listCases' | 'getCase' | 'appendAudit'> & Pick<KeyStore, 'listApiKeys'>;

/** A list longer than this is not a list a team can work on site; the rest is counted (omittedClaims). */
export const MAX_CLAIM_POINTS = 500;
const PAGE = 200;
/** Roles that may create inspections; roles that may be sent on one. */
const CREATORS: readonly Role[] = ['supervisor', 'admin'];
const TEAM_ROLES: readonly Role[] = ['investigator', 'supervisor'];

export interface CreateInspectionInput {
  hospitalId: string;
  from: string;
  to: string;
  team: string[];
  leader: string;
  title?: string;
}

export interface RecordPointInput {
  result: PointResult;
  violationType?: ViolationType;
  /** Yuan, as investigators give it. */
  amountToRecover: number;
  note: string;
}

const newId = (now: Date) => `JC${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`;

export function inspectionService(store: InspectionServiceStore, findings: ProviderFindingSource = noProviderFindings) {
  const line = (p: Principal, action: AuditAction, inspectionId: string, claimId: string | null, from: string | null, to: string | null, detail: Record<string, unknown> = {}) =>
    auditEntry(p, action, claimId, from, to, { inspectionId, ...detail });

  async function inspectionInScope(p: Principal, id: unknown): Promise<Inspection> {
    if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id)) throw inspectionError('not-found', 'inspection-not-found', '检查任务不存在');
    const found = await store.getInspection(id);
    if (!found) throw inspectionError('not-found', 'inspection-not-found', `检查任务 ${id} 不存在`);
    if (!inScope(p, found.province)) throw inspectionError('forbidden', 'inspection-out-of-province', `检查任务 ${id} 不在您的省份范围内`);
    return found;
  }

  /** The institution's cases of the period in the caller's provinces, highest amount at stake first. */
  async function suspectClaims(p: Principal, hospitalId: string, from: string, to: string) {
    const filter = { provinces: provinceScope(p), hospitalId, serviceFrom: from, serviceTo: to };
    const sort = { field: 'amount' as const, dir: 'desc' as const };
    const items = [];
    let total = 0;
    let cursor = null;
    do {
      const page = await store.listCases(filter, sort, cursor, PAGE);
      total += page.items.length;
      items.push(...page.items.slice(0, Math.max(0, MAX_CLAIM_POINTS - items.length)));
      cursor = page.next;
    } while (cursor);
    return { items, omitted: total - items.length };
  }

  async function claimPoint(no: number, claimId: string): Promise<InspectionPoint> {
    const kase = await store.getCase(claimId);
    if (!kase) throw new Error(`case ${claimId} listed but not found`);
    const hits = kase.verdict.hits;
    const first = hits.find((h) => h.family !== 'anomaly') ?? hits[0];
    return {
      no,
      kind: 'claim',
      claimId,
      title: first ? `${first.message}${hits.length > 1 ? ` 等 ${hits.length} 项` : ''}` : '疑点病例',
      ruleIds: [...new Set(hits.map((h) => h.ruleId))],
      serviceDate: kase.summary.serviceDate,
      insuredIdMasked: maskInsuredId(kase.claim.patient.insuredId),
      amountAtStakeFen: kase.summary.amountAtStakeFen,
      fundClaimedFen: kase.summary.fundClaimedFen,
      evidence: hits.map((h) => ({
        ruleId: h.ruleId,
        message: h.message,
        amountFen: h.amount === null ? 0 : yuanToFen(h.amount),
        lineIds: h.lineIds,
        evidence: h.evidence ?? {},
      })),
      finding: null,
    };
  }

  /** Team names must be live keys of investigators or supervisors who may work in the province. */
  async function checkTeam(input: CreateInspectionInput, province: string) {
    const team = [...new Set(input.team)];
    if (!team.includes(input.leader)) {
      throw inspectionError('invalid', 'inspection-bad-team', `组长 ${input.leader} 必须是检查组成员`, { errors: [{ path: 'leader', message: '组长必须是检查组成员' }] });
    }
    const keys = (await store.listApiKeys()).filter((k) => k.revokedAt === null && TEAM_ROLES.includes(k.role) && (k.provinces.length === 0 || k.provinces.includes(province)));
    const staff = new Set(keys.map((k) => k.name));
    const unknown = team.filter((n) => !staff.has(n));
    if (unknown.length) {
      throw inspectionError('invalid', 'inspection-bad-team', `${unknown.join('、')} 不是 ${province} 省有效的稽核员或督导员`, {
        errors: [{ path: 'team', message: `不是本省有效的稽核员或督导员：${unknown.join('、')}` }],
      });
    }
    return team;
  }

  return {
    /** Names that may be sent on an inspection in the caller's provinces (for the team picker). */
    async staff(p: Principal) {
      if (!CREATORS.includes(p.role)) throw inspectionError('forbidden', 'inspection-role', '只有督导员或管理员可以组建检查组');
      const mine = provinceScope(p);
      const keys = (await store.listApiKeys()).filter(
        (k) => k.revokedAt === null && TEAM_ROLES.includes(k.role) && (mine === undefined || k.provinces.length === 0 || k.provinces.some((x) => mine.includes(x))),
      );
      const byName = new Map(keys.map((k) => [k.name, { name: k.name, role: k.role, provinces: k.provinces }]));
      return { items: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
    },

    async create(p: Principal, input: CreateInspectionInput, now = new Date()) {
      if (!CREATORS.includes(p.role)) throw inspectionError('forbidden', 'inspection-role', '只有督导员或管理员可以创建检查任务');
      if (input.from > input.to) {
        throw inspectionError('invalid', 'inspection-bad-period', '检查期间的开始日期晚于结束日期', { errors: [{ path: 'from', message: '开始日期晚于结束日期' }] });
      }
      // Where the institution is, whoever may see it: a hospital of another province is refused as such,
      // not reported as having nothing to inspect.
      const anywhere = await store.listCases({ hospitalId: input.hospitalId, serviceFrom: input.from, serviceTo: input.to }, { field: 'amount', dir: 'desc' }, null, 1);
      const place = anywhere.items[0];
      if (place && !inScope(p, place.province)) {
        throw inspectionError('forbidden', 'inspection-out-of-province', `机构 ${input.hospitalId} 不在您的省份范围内`);
      }
      const claims = await suspectClaims(p, input.hospitalId, input.from, input.to);
      const provider = await findings.findingsFor(input.hospitalId, input.from, input.to);
      if (!place || (claims.items.length === 0 && provider.length === 0)) {
        throw inspectionError('unprocessable', 'inspection-no-suspects', `机构 ${input.hospitalId} 在 ${input.from} 至 ${input.to} 没有疑点病例，无需检查`);
      }
      const team = await checkTeam(input, place.province);
      const points: InspectionPoint[] = [];
      for (const c of claims.items) points.push(await claimPoint(points.length + 1, c.claimId));
      for (const f of provider) {
        points.push({
          no: points.length + 1, kind: 'provider', claimId: null, title: f.title, ruleIds: [f.ruleId], serviceDate: null,
          insuredIdMasked: null, amountAtStakeFen: f.amountFen, fundClaimedFen: null,
          evidence: [{ ruleId: f.ruleId, message: f.title, amountFen: f.amountFen, lineIds: [], evidence: f.evidence }], finding: null,
        });
      }
      const inspection: Inspection = {
        id: newId(now),
        title: input.title ?? `${input.hospitalId} 飞行检查（${input.from} 至 ${input.to}）`,
        hospitalId: input.hospitalId,
        region: place.region,
        province: place.province,
        from: input.from,
        to: input.to,
        team,
        leader: input.leader,
        status: 'open',
        createdBy: p.name,
        createdAt: now.toISOString(),
        closedBy: null,
        closedAt: null,
        conclusion: null,
        omittedClaims: claims.omitted,
        points,
      };
      await store.createInspection(inspection, [
        line(p, 'inspection-create', inspection.id, null, null, 'open', {
          hospitalId: inspection.hospitalId, from: inspection.from, to: inspection.to, team, leader: inspection.leader,
          points: points.length, omittedClaims: claims.omitted,
        }),
      ]);
      return this.detail(p, inspection.id);
    },

    async list(p: Principal) {
      return { items: await store.listInspections(provinceScope(p)) };
    },

    async detail(p: Principal, id: unknown) {
      const i = await inspectionInScope(p, id);
      const open = i.status === 'open';
      return {
        ...i,
        totals: inspectionTotals(i),
        canRecord: open && i.team.includes(p.name) && TEAM_ROLES.includes(p.role),
        canClose: open && i.leader === p.name,
      };
    },

    async record(p: Principal, id: unknown, no: number, input: RecordPointInput, now = new Date()) {
      const i = await inspectionInScope(p, id);
      if (!i.team.includes(p.name) || !TEAM_ROLES.includes(p.role)) {
        throw inspectionError('forbidden', 'inspection-not-member', '只有检查组成员可以记录核查结果');
      }
      if (i.status !== 'open') throw inspectionError('conflict', 'inspection-closed', `检查任务 ${i.id} 已结束，不能再记录`, { details: { status: i.status } });
      const point = i.points.find((x) => x.no === no);
      if (!point) throw inspectionError('not-found', 'inspection-point-not-found', `检查任务 ${i.id} 没有第 ${no} 号疑点`);
      const finding = checkedFinding(point, input, p.name, now);
      const result = await store.recordPoint(i.id, no, finding, [
        line(p, 'inspection-record', i.id, point.claimId, point.finding ? point.finding.result : null, finding.result, {
          no, violationType: finding.violationType, amountToRecoverFen: finding.amountFen, note: finding.note,
        }),
      ]);
      if (result === 'missing') throw inspectionError('not-found', 'inspection-point-not-found', `检查任务 ${i.id} 没有第 ${no} 号疑点`);
      if (result === 'closed') throw inspectionError('conflict', 'inspection-closed', `检查任务 ${i.id} 已结束，不能再记录`, { details: { status: 'closed' } });
      return { id: i.id, no, finding };
    },

    async close(p: Principal, id: unknown, conclusion: string, now = new Date()) {
      const i = await inspectionInScope(p, id);
      if (i.leader !== p.name) throw inspectionError('forbidden', 'inspection-not-leader', '只有检查组组长可以结束检查');
      if (i.status !== 'open') throw inspectionError('conflict', 'inspection-closed', `检查任务 ${i.id} 已结束`, { details: { status: i.status } });
      const pending = i.points.filter((x) => x.finding === null).map((x) => x.no);
      if (pending.length) {
        throw inspectionError('conflict', 'inspection-points-pending', `还有 ${pending.length} 个疑点未记录核查结果，不能结束检查`, { details: { pending } });
      }
      const totals = inspectionTotals(i);
      const result = await store.closeInspection(i.id, { by: p.name, at: now.toISOString(), conclusion }, [
        line(p, 'inspection-close', i.id, null, 'open', 'closed', { conclusion, amountToRecoverFen: totals.amountToRecoverFen }),
      ]);
      if (result === 'missing') throw inspectionError('not-found', 'inspection-not-found', `检查任务 ${i.id} 不存在`);
      if (result === 'closed') throw inspectionError('conflict', 'inspection-closed', `检查任务 ${i.id} 已结束`, { details: { status: 'closed' } });
      return this.detail(p, i.id);
    },

    async report(p: Principal, id: unknown) {
      const i = await inspectionInScope(p, id);
      return { inspection: i, totals: inspectionTotals(i) };
    },

    /** The report as a workbook; the export itself is an audit line. */
    async reportWorkbook(p: Principal, id: unknown) {
      const i = await inspectionInScope(p, id);
      const file = await inspectionWorkbook(i, inspectionTotals(i));
      const sha256 = createHash('sha256').update(file).digest('hex');
      await store.appendAudit([line(p, 'inspection-report', i.id, null, null, 'xlsx', { sha256 })]);
      return { file, sha256, fileName: `${i.id}.xlsx` };
    },

    async audit(p: Principal, id: unknown) {
      const i = await inspectionInScope(p, id);
      return { id: i.id, entries: await store.inspectionTrail(i.id) };
    },
  };
}

/** A finding as recorded, or a refusal naming what is wrong with it. */
function checkedFinding(point: InspectionPoint, input: RecordPointInput, by: string, now: Date): PointFinding {
  const amountFen = yuanToFen(input.amountToRecover);
  const bad = (path: string, message: string) => inspectionError('invalid', 'inspection-bad-finding', message, { errors: [{ path, message }] });
  if (input.result === 'unfounded') {
    if (amountFen !== 0) throw bad('amountToRecover', `核查结果为“${RESULT_LABEL.unfounded}”时追回金额须为 0`);
    if (input.violationType) throw bad('violationType', `核查结果为“${RESULT_LABEL.unfounded}”时不填违规类型`);
  } else {
    if (!input.violationType) throw bad('violationType', `核查结果为“${RESULT_LABEL[input.result]}”时须选择违规类型`);
    if (amountFen <= 0) throw bad('amountToRecover', `核查结果为“${RESULT_LABEL[input.result]}”时追回金额须大于 0`);
    if (point.fundClaimedFen !== null && amountFen > point.fundClaimedFen) {
      throw bad('amountToRecover', `追回金额 ¥${yuan(amountFen)} 超过该病例申报的基金支付金额 ¥${yuan(point.fundClaimedFen)}`);
    }
  }
  return { result: input.result, violationType: input.violationType ?? null, amountFen, note: input.note, by, at: now.toISOString() };
}

export type InspectionService = ReturnType<typeof inspectionService>;
