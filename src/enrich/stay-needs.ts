import type { ItemFacts } from './item-fact-types';
import { prefixList, startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf, type StayNeeds } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import { rowCodeOf } from '../contract/catalogue-row';

// What a consistency row's line needs somewhere in the stay, whatever the day's other lines (item-consistency.json
// `stayNeeds`): invasive ventilation is given through an artificial airway, so the stay shows the airway's insertion,
// a tracheostomy, the tube, the anaesthesia or the sedation that goes with it, or the patient came by transfer with it.

/** Whether the stay shows one of `needs`. */
export function stayShows(needs: StayNeeds, c: KnowledgeClaimInput): boolean {
  if (startsWithAny(c.procedureCodes, needs.procedures) || startsWithAny(c.diagnosisCodes, needs.diagnoses)) return true;
  if (needs.transfer && c.transferIn === true) return true;
  return c.items.some((x) => billedNeed(x, needs));
}

function billedNeed(x: ItemFacts, needs: StayNeeds): boolean {
  const code = rowCodeOf(x);
  if (needs.codes.includes(code)) return true;
  if (x.category !== 'drug' || needs.atc.length === 0) return false;
  const atc = atcOf(code, x.catalogue);
  return atc !== null && underAny(atc, needs.atc) && x.parenteral;
}

/** The message part saying what the stay should show. */
export function stayNeedsExpected(rowName: string, needs: StayNeeds, names: (code: string) => string): string {
  const parts: string[] = [];
  if (needs.procedures.length) parts.push(`手术操作 ${prefixList(needs.procedures)}`);
  if (needs.diagnoses.length) parts.push(`诊断 ${prefixList(needs.diagnoses)}`);
  if (needs.codes.length) parts.push(`收费 ${needs.codes.map(names).join('、')}`);
  if (needs.atc.length) parts.push(`注射用药 ${prefixList(needs.atc)}`);
  if (needs.transfer) parts.push('外院转入');
  return `${rowName}：本次住院应有${needs.label}的依据（${parts.join('；或')}）`;
}
