import type { ItemFacts } from './item-fact-types';
import { prefixList, startsWithAny, underAny } from '../contract/code-prefix';
import { atcOf, drugRowOf, type ChronicCare, type DrugCompanion, type DrugIndication } from './knowledge';
import type { KnowledgeClaimInput } from './knowledge-claim-input';
import { clauseServesApproved } from './indication-clauses';
import { rowCodeOf } from '../contract/catalogue-row';

// Drugs against their indications (rules/knowledge/drug-indications.json): a pharmacy purchase by the claim's
// diagnoses, a 门诊慢特病 visit by the member's approved diseases, and a companion drug by the drug it protects.

/** The drug table's row for a line (longest ATC prefix); none for an injection its row leaves to the hospital (`excludesInjections`). */
function drugRowFor(drugs: ReadonlyMap<string, DrugIndication>, it: ItemFacts, atc: string | null): DrugIndication | undefined {
  const row = atc === null ? undefined : drugRowOf(drugs, atc);
  return row?.excludesInjections === true && it.parenteral ? undefined : row;
}

/**
 * A clinic visit's drugs against its diagnoses, for the rows marked `clinicVisits` only: the other rows list what a
 * purchase is for, not every condition a doctor treats with the class at a visit (an NSAID for renal colic).
 */
export function applyClinicDrugIndications(c: KnowledgeClaimInput, drugs: ReadonlyMap<string, DrugIndication>): void {
  let clinic = clinicRows.get(drugs);
  if (clinic === undefined) clinicRows.set(drugs, (clinic = new Map([...drugs].filter(([, row]) => row.clinicVisits === true))));
  if (clinic.size > 0) applyDrugIndications(c, clinic);
}

/** The `clinicVisits` rows of each loaded table, picked once. */
const clinicRows = new WeakMap<ReadonlyMap<string, DrugIndication>, ReadonlyMap<string, DrugIndication>>();

/**
 * Pharmacy drugs against the diagnoses on the claim. The member ledger keeps no diagnoses, so the claim's own
 * are what a purchase is judged by. Drugs with a catalogue indication restriction are the catalogue rule's.
 */
export function applyDrugIndications(c: KnowledgeClaimInput, drugs: ReadonlyMap<string, DrugIndication>): void {
  let judged: Map<DrugIndication, boolean> | null = null;
  for (const it of c.items) {
    if (it.category !== 'drug' || it.catalogue?.indications || it.catalogue?.indicationClauses) continue;
    const row = drugRowFor(drugs, it, atcOf(it.code, it.catalogue));
    if (row === undefined) continue;
    judged ??= new Map();
    let ok = judged.get(row);
    if (ok === undefined) judged.set(row, (ok = startsWithAny(c.diagnosisCodes, row.indications)));
    it.indicationGroup = row.name;
    it.indicationSupported = ok;
    it.indicationExpected = ok ? null : `${row.name}：诊断 ${prefixList(row.indications)}`;
  }
}

/**
 * 门诊慢特病 drugs against the member's approved diseases, not the claim's diagnoses (a code added to the claim
 * does not widen the benefit): the catalogue's own indication restriction when the drug has one, else the drug
 * table's class. An approved category broader than a drug's codes (E1 for E11) covers them.
 */
export function applyChronicScope(c: KnowledgeClaimInput, drugs: ReadonlyMap<string, DrugIndication>, approved: readonly string[], care: readonly ChronicCare[] = []): void {
  // The approved diseases' care widened by a complication coded on the claim (chronicCare), read once a claim.
  const careAtc = care.filter((r) => startsWithAny(approved, r.approved) && startsWithAny(c.diagnosisCodes, r.coded)).flatMap((r) => r.atc);
  for (const it of c.items) {
    if (it.category !== 'drug') continue;
    const clauses = it.catalogue?.indicationClauses ?? [];
    const restricted = (it.catalogue?.indications as readonly string[] | undefined) ?? (clauses.length > 0 ? [] : undefined);
    const atc = atcOf(it.code, it.catalogue);
    const row = restricted ? undefined : drugRowFor(drugs, it, atc);
    const indications = restricted ?? row?.indications;
    if (indications === undefined) continue;
    const name = row?.name ?? `${(it.catalogue?.name as string | undefined) ?? it.name}限定适应证`;
    // A clause serves its condition (促红素: the approved non-myeloid cancer whose chemotherapy causes the anaemia).
    const ok =
      startsWithAny(approved, indications) ||
      startsWithAny(indications, approved) ||
      clauses.some((cl) => clauseServesApproved(cl, approved)) ||
      (atc !== null && underAny(atc, careAtc));
    it.indicationGroup = name;
    it.indicationSupported = ok;
    it.indicationExpected = ok ? null : `${name}：诊断 ${prefixList([...indications, ...clauses.flatMap((cl) => cl.diagnoses)])}`;
  }
}

/**
 * A drug unsupported by its own class that protects against another drug on the claim (a PPI beside aspirin) is
 * part of that drug's treatment: supported when one of those drugs is itself indicated here (this table or its
 * catalogue restriction: a companion follows the drug it protects, in scope or out) and the risk calls for it.
 */
export function applyCompanions(c: KnowledgeClaimInput, companions: readonly DrugCompanion[]): void {
  for (const it of c.items) {
    if (it.category !== 'drug' || it.indicationSupported !== false) continue;
    const atc = atcOf(rowCodeOf(it), it.catalogue);
    const row = atc === null ? undefined : companions.find((r) => underAny(atc, r.atc));
    if (row === undefined) continue;
    const protectedDrugs = new Set<string>(); // catalogue rows: aspirin and clopidogrel share their ATC level 4
    for (const x of c.items) {
      if (x === it || x.category !== 'drug') continue;
      const xAtc = atcOf(rowCodeOf(x), x.catalogue);
      if (xAtc !== null && underAny(xAtc, row.with) && drugIndicated(x)) protectedDrugs.add(rowCodeOf(x));
    }
    const atRisk = row.riskFromAge === undefined || c.ageYears >= row.riskFromAge || protectedDrugs.size >= 2;
    if (protectedDrugs.size === 0 || !atRisk) continue;
    it.indicationSupported = true;
    it.indicationExpected = null;
  }
}

/** A drug line's own judgement; a pharmacy line the table leaves to its catalogue restriction, by the claim's diagnoses. */
function drugIndicated(x: ItemFacts): boolean {
  return x.indicationSupported ?? x.catalogueIndicationMet ?? true;
}
