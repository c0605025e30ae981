import { createHash } from 'node:crypto';
import { EVIDENCE_LABELS, evidenceLabel, evidenceText as valueText } from '../../contract/evidence-labels';
import type { Hit, Verdict } from '../../contract/verdict';
import type { FsiFinding } from '../../features/fsi/fsi-store';
import { SEV_DEG, VOLA_BHVR_TYPE, type TriggerStage } from './codes';

/** A stable id for a finding: the same encounter, rule and lines always get the same jr_id. */
export function findingId(claimId: string, hit: Hit): string {
  const key = `${claimId}|${hit.ruleId}|${[...hit.lineIds].sort().join(',')}`;
  return `JR${createHash('sha1').update(key).digest('hex').slice(0, 24)}`;
}

/** Lines a hit points at besides its own: the earlier duplicate, the including service, the exclusive partner. */
function involvedLines(hit: Hit): string[] {
  const e = hit.evidence ?? {};
  return ['duplicateOf', 'includedIn', 'exclusiveWith'].map((k) => e[k]).filter((v): v is string => typeof v === 'string');
}

export interface EncounterContext {
  claimId: string;
  mdtrtId: string;
  patnId: string;
  fixmedinsCode: string;
  hospitalId: string;
  doctorId: string | null;
  trigScen: string;
  stage: TriggerStage;
  taskId: string | null;
  issuedAt: string;
}

/** A rule's name and its rule-library metadata (null for the model, which has none). */
export interface RuleDescription {
  name: string;
  meta: { stages: string[]; resultType: string; period: string; basis: string[] } | null;
}

/** The rule-library metadata a reader of a finding needs beside its evidence (issue 17: shown on 3101). */
function metaEvidence(meta: RuleDescription['meta']): Record<string, unknown> {
  if (!meta) return { 结果类型: '可疑' };
  return { 结果类型: meta.resultType, 监管环节: meta.stages.join('、'), 时间区间: meta.period, 政策依据: meta.basis.join('；') };
}

export function toFindings(verdict: Verdict, enc: EncounterContext, describeRule: (ruleId: string) => RuleDescription): FsiFinding[] {
  return verdict.hits.map((hit) => ({
    jrId: findingId(enc.claimId, hit),
    claimId: enc.claimId,
    mdtrtId: enc.mdtrtId,
    patnId: enc.patnId,
    fixmedinsCode: enc.fixmedinsCode,
    hospitalId: enc.hospitalId,
    doctorId: enc.doctorId,
    ruleId: hit.ruleId,
    ruleName: describeRule(hit.ruleId).name,
    family: hit.family,
    severity: hit.severity,
    // A model finding is 可疑 (a reminder to look), never 高度可疑: sev_deg 3 whatever its severity.
    sevDeg: hit.family === 'anomaly' ? SEV_DEG.info.code : SEV_DEG[hit.severity].code,
    message: hit.message,
    amount: hit.amount,
    evidence: { ...(hit.evidence ?? {}), ...metaEvidence(describeRule(hit.ruleId).meta) },
    rxIds: [...hit.lineIds],
    involvedRxIds: involvedLines(hit).filter((l) => !hit.lineIds.includes(l)),
    trigScen: enc.trigScen,
    stage: enc.stage,
    taskId: enc.taskId,
    issuedAt: enc.issuedAt,
    feedback: null,
  }));
}

// Each field's value as the console shows it (evidence-labels.ts evidenceText: nested fields named in Chinese at every
// depth, joined by full-width ；), the fields themselves by ASCII "; ", so the two levels read apart on one line.
function evidenceText(f: FsiFinding): string {
  if (!f.evidence) return f.message;
  return Object.entries(f.evidence)
    .map(([k, v]) => `${evidenceLabel(k)}: ${valueText(v, EVIDENCE_LABELS)}`)
    .join('; ');
}

/** One `output.result[]` entry of the national 3101 response. */
export function toResultEntry(f: FsiFinding) {
  const amount = f.amount ?? 0;
  const direct = f.rxIds.length;
  return {
    jr_id: f.jrId,
    rule_id: f.ruleId,
    rule_name: f.ruleName,
    vola_cont: f.message,
    patn_id: f.patnId,
    mdtrt_id: f.mdtrtId,
    vola_amt: amount,
    vola_amt_stas: f.amount !== null && f.amount > 0 ? '1' : '0',
    sev_deg: f.sevDeg,
    vola_evid: evidenceText(f),
    vola_bhvr_type: VOLA_BHVR_TYPE[f.family]?.code ?? '99',
    task_id: f.taskId,
    judge_result_detail_dtos: [...f.rxIds, ...f.involvedRxIds].map((rxId, k) => ({
      jrd_id: `${f.jrId}-${k + 1}`,
      patn_id: f.patnId,
      mdtrt_id: f.mdtrtId,
      rx_id: rxId,
      vola_item_type: k < direct ? '1' : '2',
      // The money sits on the offending lines; involved lines carry none.
      vola_amt: k < direct ? Math.round((amount * 100) / direct) / 100 : 0,
    })),
  };
}
