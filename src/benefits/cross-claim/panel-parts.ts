import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import { ledgerRowOf, type MemberClaim } from '../member-claim';
import { CLINIC_VISITS, list } from './common';

// 分解收费 across the visit and the stay it led to: a panel (组合项目: 肝功能全套, 肾功能, 血常规) billed at the emergency or
// clinic visit the patient was admitted from, and its components (ALT, creatinine, haemoglobin: catalogue `includes`)
// billed singly on the ward on the admission day at the same hospital. The panel reported them from that morning's
// specimen (《全国医疗服务价格项目规范》: a 组合项目 is priced with its components; 《医疗机构检查检验结果互认管理办法》
// 国卫医发〔2022〕6号: a result meeting the need is not repeated). A new draw the stay's condition calls for that day
// is the condition's (rules/knowledge/serial-tests.json: the line's repeatExplained — a DKA's renal function and
// electrolytes every 2–4 hours, a heat stroke's, an acute kidney injury's). The within-claim case is
// catalogue.bundled-charge's.

export interface PanelParts {
  /** The visits billing the panels and their date (the admission day). */
  visits: string;
  date: string;
  /** The panels (names as the stay's lines cannot give them: catalogue codes) and the stay's single assays (names). */
  panels: string;
  parts: string;
  lineIds: string[];
  /** The single assays' money, yuan. */
  amount: number;
}

/**
 * A stay billing on its admission day a laboratory line whose catalogue row a panel of a 普通门诊 or 门诊慢特病 claim at
 * the same hospital that day includes (ledger `parts`), unless the stay's condition calls for the new draw
 * (repeatExplained). Only the stay arriving after the visit is judged: the stay's ledger entry keeps no
 * admission-day laboratory lines for a visit arriving later to name.
 */
export function panelParts(me: MemberClaim, items: readonly BenefitItem[], prior: readonly MemberClaim[]): PanelParts | null {
  if (me.visitType !== 'inpatient') return null;
  const visits = prior.filter((e) => CLINIC_VISITS.has(e.visitType) && e.hospitalId === me.hospitalId && e.serviceDate === me.serviceDate);
  if (!visits.length) return null;
  // component row → the panels (codes) and visits billing it.
  const panelOf = new Map<string, { panel: string; claimId: string }>();
  for (const e of visits) {
    for (const l of e.lines ?? []) {
      for (const part of l.parts ?? []) if (!panelOf.has(part)) panelOf.set(part, { panel: ledgerRowOf(l), claimId: e.claimId });
    }
  }
  if (!panelOf.size) return null;
  const singles = items.filter(
    (i) => i.category === 'service' && i.date === me.serviceDate && i.catalogue?.subcategory === 'lab' && i.repeatExplained !== true && panelOf.has(i.catalogue.code),
  );
  if (!singles.length) return null;
  const found = singles.map((i) => panelOf.get(i.catalogue!.code)!);
  return {
    visits: list(found.map((f) => f.claimId)),
    date: me.serviceDate,
    panels: list(found.map((f) => f.panel), 8),
    parts: list(singles.map((i) => i.name), 8),
    lineIds: singles.map((i) => i.lineId),
    amount: toYuan(singles.reduce((s, i) => s + i.amountFen, 0)),
  };
}
