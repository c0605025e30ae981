import type { FsiFinding, FsiStore } from './fsi-store';
import type { MemoryState } from '../reviews/memory-review-store';

/** 3101 findings in memory (see ../fsi-store.ts); `state.undo`: where a review batch's rollback finds how to undo them. */
export function memoryFsiStore(state: Pick<MemoryState, 'undo'>): FsiStore {
  const byClaim = new Map<string, FsiFinding[]>();
  const byJr = new Map<string, FsiFinding>();
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const replace = (claimId: string, findings: FsiFinding[]) => {
    for (const old of byClaim.get(claimId) ?? []) byJr.delete(old.jrId);
    const next = findings.map((f) => ({ ...copy(f), feedback: f.feedback ?? null }));
    const previous = new Map((byClaim.get(claimId) ?? []).map((f) => [f.jrId, f]));
    for (const f of next) {
      f.feedback = previous.get(f.jrId)?.feedback ?? f.feedback;
      byJr.set(f.jrId, f);
    }
    byClaim.set(claimId, next);
  };
  return {
    writeFindings(saves) {
      if (state.undo) {
        // Written along a review batch: put back as they were if the batch fails (findings are replaced, not changed).
        const was = [new Map(byClaim), new Map(byJr)] as const;
        state.undo.push(() => {
          byClaim.clear();
          byJr.clear();
          for (const [k, v] of was[0]) byClaim.set(k, v);
          for (const [k, v] of was[1]) byJr.set(k, v);
        });
      }
      for (const s of saves) replace(s.claimId, s.findings);
    },
    async saveFindings(claimId, findings) {
      replace(claimId, findings);
    },
    async listFindings(claimId) {
      return copy(byClaim.get(claimId) ?? []);
    },
    async recordFeedback(items) {
      const missing: string[] = [];
      for (const { jrId, feedback } of items) {
        const f = byJr.get(jrId);
        if (f) f.feedback = copy(feedback);
        else missing.push(jrId);
      }
      return missing;
    },
    async continuedAfterBlock() {
      const counts = new Map<string, { hospitalId: string; doctorId: string | null; count: number }>();
      for (const f of byJr.values()) {
        if (f.severity !== 'block' || f.feedback?.dspoWay !== '1') continue;
        const key = `${f.hospitalId}|${f.doctorId}`;
        const c = counts.get(key) ?? { hospitalId: f.hospitalId, doctorId: f.doctorId, count: 0 };
        c.count += 1;
        counts.set(key, c);
      }
      return [...counts.values()].sort((a, b) => b.count - a.count || a.hospitalId.localeCompare(b.hospitalId));
    },
  };
}
