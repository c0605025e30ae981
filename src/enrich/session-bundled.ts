import { underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import type { CodedProcedure } from './operation-count';
import type { ProcedureBilling } from './stay-knowledge';
import { rowCodeOf } from '../contract/catalogue-row';

// A service the price item of another billed service includes (catalogue `includes`, 《全国医疗服务价格项目规范》
// 项目内涵: 经皮冠状动脉支架置入术 含 冠状动脉造影) is a duplicate on the day of the including service (item-facts.ts,
// bundledInto). Billed on another day, it is the same duplicate when the procedure record says so: every coded
// procedure the included service stands for (procedure-billing.json: 冠状动脉造影 for 88.55–88.57) is dated on the
// including service's day and none on the line's own day — the angiography was done in the PCI's session and its
// fee moved to the day before (自查自纠问题清单: PCI 已含冠脉造影仍另收造影费). An angiography coded on its own day (a
// diagnostic session, then the PCI days later) or an undated record is not judged.

/** Sets bundledInto (and bundledOn, for the message) on such lines that are not already bundled the same day. */
export function markSessionBundled(items: ItemFacts[], procs: readonly CodedProcedure[], table: ProcedureBilling | null): void {
  if (!table || procs.length === 0) return;
  const hosts = items.filter((it) => it.category === 'service' && Array.isArray(it.catalogue?.includes) && it.catalogue.includes.length > 0);
  if (hosts.length === 0) return;
  for (const it of items) {
    if (it.category !== 'service' || it.bundledInto !== null) continue;
    const code = rowCodeOf(it);
    // Anaesthesia serves whichever operation was done (sharedCodes): its day says nothing of one session.
    const standsFor = table.sharedCodes.has(code) ? undefined : table.standsFor.get(code);
    if (standsFor === undefined) continue;
    const coded = procs.filter((p) => underAny(p.code, standsFor));
    if (coded.length === 0 || coded.some((p) => p.date === null || p.date === it.date)) continue;
    const host = hosts.find((h) => h.date !== it.date && (h.catalogue!.includes as readonly string[]).includes(code) && coded.some((p) => p.date === h.date) && hostCodedOn(h, procs, table));
    if (!host) continue;
    it.bundledInto = host.lineId;
    const codes = procs.filter((p) => p.date === host.date).map((p) => p.code);
    it.bundledOn = `病案记录为同一次操作（${host.date}，手术操作${codes.join('、')}）的`;
  }
}

/** The including service's own procedure is coded on its day (the session is on the record, not inferred). */
function hostCodedOn(host: ItemFacts, procs: readonly CodedProcedure[], table: ProcedureBilling): boolean {
  const standsFor = table.standsFor.get(rowCodeOf(host));
  return standsFor !== undefined && procs.some((p) => p.date === host.date && underAny(p.code, standsFor));
}
