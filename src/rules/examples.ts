import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../enrich/catalogue';
import { addDays } from '../contract/dates';
import { policyScopeFen } from '../enrich/item-facts';
import { policyFor, type Policies } from '../benefits/policy';
import { lineFen, toYuan } from '../money/fen';

// Rule examples: a patch on a clean base claim, small enough to write by hand in a rule file.
//   { "base": "inpatient", "set": { "patient.gender": "F" }, "addItems": [{ "code": "XG04CAT510A003010197164", "quantity": 1 }] }
// Added items take name, category and (when not given) the level's price cap from the catalogue, and fall
// on the service date plus `day`. Line amounts and claim amounts are then recomputed so the example is a
// valid claim: policy = what the catalogue covers (+ the full amount of items marked "toFund"), and the
// fund claims nothing (so no entitlement rule fires by accident). `setAfter` paths are applied last, to
// state an amount outright (e.g. "amounts.fundClaimed").

export interface ExampleItem {
  code: string;
  quantity?: number;
  unitPrice?: number;
  day?: number;
  name?: string;
  category?: 'drug' | 'service' | 'consumable';
  /** Bill the whole line to the fund as if it were covered. */
  toFund?: boolean;
  /** A drug line marked 长处方 (the claim item's longPrescription). */
  longPrescription?: boolean;
}

export interface RuleExample {
  base?: 'inpatient' | 'outpatient';
  /**
   * Earlier claims (each an example of its own, with its own claimId), for history rules: of the same member, or of
   * another where the example sets another patient.insuredId (identical bills of many members).
   */
  history?: RuleExample[];
  note?: string;
  /** Moves every date of the base claim (stay, visit, items, procedures) by this many days. */
  shiftDays?: number;
  set?: Record<string, unknown>;
  addItems?: ExampleItem[];
  setAfter?: Record<string, unknown>;
  /**
   * A `fires` example of a rule with `retrospective`: the earlier claims (claimIds of `history`) its finding must
   * also be sent to (事后发现), in order; [] when it concerns none (the hit is already on the suspect claim).
   */
  retrospective?: string[];
}

export type BaseClaims = Record<'inpatient' | 'outpatient', Record<string, unknown>>;

export function loadBaseClaims(rulesDir: string): BaseClaims {
  const json = JSON.parse(readFileSync(join(rulesDir, 'examples', 'base-claims.json'), 'utf8'));
  return { inpatient: json.inpatient, outpatient: json.outpatient };
}

/** Sets a value at a path such as `items[2].quantity` or `patient.gender`, creating objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let cur: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((k) => {
    if (cur[k] === undefined || cur[k] === null) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  });
  const last = keys[keys.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

function shiftDates(claim: Record<string, unknown>, days: number): void {
  for (const k of ['admissionDate', 'dischargeDate', 'visitDate']) {
    if (typeof claim[k] === 'string') claim[k] = addDays(claim[k] as string, days);
  }
  for (const list of [claim.items, claim.procedures] as { date?: string }[][]) {
    for (const x of list ?? []) if (x.date) x.date = addDays(x.date, days);
  }
}

type Item = { lineId: string; code: string; quantity: number; unitPrice: number; amount: number; date: string };

/** `policies` (optional) gives the province's 乙类 share for rows without their own, as the review computes it. */
export function buildExample(example: RuleExample, bases: BaseClaims, catalogue: Catalogue, policies: Policies | null = null): Record<string, unknown> {
  const claim = structuredClone(bases[example.base ?? 'inpatient']) as Record<string, unknown> & {
    items: Item[];
    visitType: string;
    admissionDate?: string;
    visitDate?: string;
    provider: { level: number };
  };
  if (example.shiftDays) shiftDates(claim, example.shiftDays);
  // Values are copied: an example's arrays (items) must not be shared with the claim built from it.
  for (const [path, value] of Object.entries(example.set ?? {})) setPath(claim, path, structuredClone(value));
  const start = (claim.visitType === 'inpatient' ? claim.admissionDate : claim.visitDate) as string;
  const toFund = new Set<string>();
  let nextLine = claim.items.reduce((m, i) => Math.max(m, Number(i.lineId) || 0), 0) + 1;
  for (const add of example.addItems ?? []) {
    const date = addDays(start, add.day ?? 0);
    const entry = catalogue.get(add.code, date);
    const lineId = String(nextLine++);
    if (add.toFund) toFund.add(lineId);
    claim.items.push({
      lineId,
      code: add.code,
      name: add.name ?? entry?.name ?? add.code,
      category: add.category ?? entry?.category ?? 'drug',
      date,
      quantity: add.quantity ?? 1,
      unitPrice: add.unitPrice ?? entry?.priceCap?.[String(claim.provider.level) as '1' | '2' | '3'] ?? 10,
      amount: 0,
      ...(add.longPrescription ? { longPrescription: true } : {}),
    } as Item);
  }
  const region = (claim.insuredRegion ?? claim.region) as string;
  const yiShares = policyFor(policies, region, start)?.yiSelfPayShare ?? null;
  let totalFen = 0;
  let policyFen = 0;
  for (const item of claim.items) {
    const fen = lineFen(item.quantity, item.unitPrice);
    item.amount = toYuan(fen);
    totalFen += fen;
    policyFen += toFund.has(item.lineId) ? fen : policyScopeFen(fen, catalogue.get(item.code, item.date), yiShares);
  }
  claim.amounts = { total: toYuan(totalFen), policy: toYuan(policyFen), fundClaimed: 0 };
  for (const [path, value] of Object.entries(example.setAfter ?? {})) setPath(claim, path, value);
  return claim;
}
