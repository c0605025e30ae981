import type { MemoryState } from '../reviews/memory-review-store';
import { diagnosisCodesOf, supplyField, type PatternClaim, type PatternFinding, type PatternRun, type PatternStore } from './pattern-store';

// Provider patterns in memory, with the SQLite store's answers, for unit tests.

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

export function memoryPatternStore(state: MemoryState): PatternStore {
  const runs: PatternRun[] = [];
  let latest: { runId: number; findings: PatternFinding[] } | null = null;
  return {
    async patternClaims({ from, to }) {
      state.ensureOpen();
      const out: PatternClaim[] = [];
      for (const v of state.verdicts.values()) {
        if (v.serviceDate < from || v.serviceDate > to) continue;
        const g = state.fullVerdicts.get(v.claimId)?.grouping;
        const m = state.ledger.get(v.claimId);
        out.push({
          claimId: v.claimId,
          hospitalId: v.hospitalId,
          doctorId: v.doctorId,
          region: v.region,
          province: v.province,
          hospitalLevel: v.hospitalLevel,
          department: v.department,
          visitType: v.visitType,
          serviceDate: v.serviceDate,
          endDate: m?.endDate ?? null,
          totalFen: v.totalFen,
          ruleIds: [...v.ruleIds],
          drg: g && g.status === 'grouped' ? g.drg : null,
          insuredId: m?.insuredId ?? null,
          dischargeMode: m?.dischargeMode ?? null,
          admissionRoute: m?.admissionRoute ?? null,
          ageYears: v.ageYears ?? null,
          principalDiagnosis: v.principalDiagnosis ?? null,
          // A stay's first- and last-days drugs (courseStart, courseEnd) are not its drug list: only the lines kept for every claim count.
          codes: [...new Set([...(m?.serviceCodes ?? []), ...(m?.lines ?? []).filter((l) => !l.courseEnd && !l.courseStart).map((l) => l.code)])].sort(),
          diagnosisCodes: diagnosisCodesOf(m?.codes),
          stayDrugCodes: [...new Set((m?.lines ?? []).filter((l) => l.kind === 'drug' && (l.courseEnd || l.courseStart)).map((l) => l.code))].sort(),
          ...supplyField(m?.lines),
        });
      }
      return out.sort((a, b) => (a.claimId < b.claimId ? -1 : 1));
    },
    async savePatternRun(run, findings) {
      state.ensureOpen();
      const saved: PatternRun = { id: runs.length + 1, ...run };
      runs.push(saved);
      latest = { runId: saved.id, findings: copy([...findings]) };
      return copy(saved);
    },
    async lastPatternRun() {
      state.ensureOpen();
      return runs.length ? copy(runs[runs.length - 1]) : null;
    },
    async patternFindings(q) {
      state.ensureOpen();
      return copy(
        (latest?.findings ?? []).filter(
          (f) =>
            (q.provinces === undefined || q.provinces.includes(f.province)) &&
            (q.hospitalId === undefined || f.hospitalId === q.hospitalId) &&
            (q.doctorId === undefined || f.doctorId === q.doctorId) &&
            (q.metric === undefined || f.metric === q.metric),
        ),
      );
    },
  };
}
