import type { FieldError } from '../../contract/verdict';
import { toFen, toYuan } from '../../money/fen';
import { ADM_WAY, DSCG_WAY, GEND, HILIST_TYPE, INSUTYPE, MED_TYPE } from './codes';
import type { Encounter, FsiPatient, Request3101 } from './envelope';

/** An encounter as a contract claim, with what the interface could not tell us said out loud. */
export interface MappedEncounter {
  claim: Record<string, unknown>;
  /** Contract fields the 3101 message does not carry, and what was done about each. */
  assumptions: string[];
}

export type MapResult = { ok: true; value: MappedEncounter } | { ok: false; errors: FieldError[] };

/** Stable claim id of an encounter: repeated calls for one encounter update one claim. */
export function encounterClaimId(fixmedinsCode: string, mdtrtId: string): string {
  return `FSI-${fixmedinsCode}-${mdtrtId}`;
}

export function encounterToClaim(req: Request3101, patient: FsiPatient, enc: Encounter, at: string): MapResult {
  const errors: FieldError[] = [];
  const assumptions: string[] = [];
  const need = <T>(value: T | undefined, path: string, message: string): T | undefined => {
    if (value === undefined) errors.push({ path, message });
    return value;
  };
  const insuranceType = need(INSUTYPE[enc.insutype], `${at}.insutype`, `unsupported insutype "${enc.insutype}" (310 职工, 390 居民)`);
  const visitType = need(MED_TYPE[enc.med_type], `${at}.med_type`, `unsupported med_type "${enc.med_type}" (11, 14, 21, 41)`);
  const gender = need(GEND[patient.gend], `${at.replace(/\.fsi_encounter_dtos\[\d+\]$/, '')}.gend`, `unsupported gend "${patient.gend}" (1 男, 2 女)`);
  const level = Number(enc.medins_lv);
  if (![1, 2, 3].includes(level)) errors.push({ path: `${at}.medins_lv`, message: `"${enc.medins_lv}" is not a hospital level 1, 2 or 3` });
  const region = enc.medins_admdvs ?? req.mdtrtarea_admvs ?? req.insuplc_admdvs;
  if (!region || !/^\d{6}$/.test(region)) errors.push({ path: `${at}.medins_admdvs`, message: 'no 6-digit region (medins_admdvs, mdtrtarea_admvs or insuplc_admdvs)' });

  const orders = enc.fsi_order_dtos ?? [];
  const items = orders.map((o, i) => {
    const category = HILIST_TYPE[o.hilist_type];
    if (!category) errors.push({ path: `${at}.fsi_order_dtos[${i}].hilist_type`, message: `unsupported hilist_type "${o.hilist_type}" (101, 102, 201, 301)` });
    return { lineId: o.rx_id, code: o.hilist_code, name: o.hilist_name, category, date: o.drord_begn_date, quantity: o.cnt, unitPrice: o.pric, amount: o.sumamt, doctorId: o.drord_dr_codg };
  });
  if (errors.length) return { ok: false, errors };

  // Discharge diagnoses (inout_dise_type 2) when the record has them, else admission ones; main first.
  const all = enc.fsi_diagnose_dtos;
  const discharge = all.filter((d) => d.inout_dise_type === '2');
  const chosen = [...(discharge.length ? discharge : all)].sort((a, b) => (a.dias_srt_no ?? 0) - (b.dias_srt_no ?? 0));
  const mainCode = enc.dscg_main_dise_codg ?? chosen.find((d) => d.maindise_flag === '1')?.dise_codg ?? chosen[0].dise_codg;
  const codes = [mainCode, ...chosen.map((d) => d.dise_codg).filter((c) => c !== mainCode)];

  const inpatient = visitType === 'inpatient';
  const lastOrder = orders.reduce((m, o) => (o.drord_begn_date > m ? o.drord_begn_date : m), enc.adm_date);
  let dischargeDate = enc.dscg_date;
  if (inpatient && !dischargeDate) {
    dischargeDate = lastOrder;
    assumptions.push(`dischargeDate: the stay is ongoing; judged as of the latest order date ${lastOrder}`);
  }
  const totalFen = items.reduce((s, it) => s + toFen(it.amount), 0);
  if (enc.medfee_sumamt !== undefined && toFen(enc.medfee_sumamt) !== totalFen) {
    assumptions.push(`amounts.total: medfee_sumamt ${enc.medfee_sumamt} differs from the orders' sum ${toYuan(totalFen)}; the orders' sum is judged`);
  }
  const fundClaimed = enc.hifp_payamt ?? 0;
  if (enc.hifp_payamt === undefined) assumptions.push('amounts.fundClaimed: not settled yet (no hifp_payamt); 0 is judged, so no entitlement finding');
  assumptions.push('amounts.policy: 3101 carries no 政策范围内金额; the total is declared and the catalogue-supported amount is what benefit checks use');
  assumptions.push('enrollment: 3101 carries no enrolment; waiting-period checks cannot run for this encounter');
  assumptions.push('reportedGroup: 3101 carries no reported DRG/DIP; upcoding is checked at settlement lists');

  // The settlement-list fields that tell a transfer from a split stay, where the hospital sends them.
  const settlementList: Record<string, unknown> = {};
  if (inpatient) {
    const route = enc.adm_way === undefined ? undefined : ADM_WAY[enc.adm_way];
    const mode = enc.dscg_way === undefined ? undefined : DSCG_WAY[enc.dscg_way];
    if (route) settlementList.admissionRoute = route;
    else if (enc.adm_way !== undefined) assumptions.push(`admissionRoute: adm_way "${enc.adm_way}" is not a 入院途径 code (1, 2, 3, 9); left out`);
    if (mode) settlementList.dischargeMode = mode;
    else if (enc.dscg_way !== undefined) assumptions.push(`dischargeMode: dscg_way "${enc.dscg_way}" is not a 离院方式 code (1, 2, 3, 4, 5, 9); left out`);
    if (route === 'transfer') assumptions.push('transferFromHospitalId: 3101 carries no transferring institution; the earlier stay\'s 离院方式 decides');
  }
  // 参保地 when it is not the treating region (异地就医).
  if (req.insuplc_admdvs && /^\d{6}$/.test(req.insuplc_admdvs) && req.insuplc_admdvs !== region) settlementList.insuredRegion = req.insuplc_admdvs;

  const claim: Record<string, unknown> = {
    claimId: encounterClaimId(req.fixmedins_code, enc.mdtrt_id),
    region,
    insuranceType,
    visitType,
    patient: { insuredId: patient.patn_id, gender, birthDate: patient.brdy, ...(patient.patn_name ? { name: patient.patn_name } : {}) },
    provider: { hospitalId: enc.medins_id ?? req.fixmedins_code, level, department: enc.adm_dept_codg, doctorId: enc.dr_codg },
    ...(inpatient ? { admissionDate: enc.adm_date, dischargeDate } : { visitDate: enc.adm_date }),
    ...settlementList,
    diagnoses: codes.map((code, i) => (i === 0 ? { code, principal: true } : { code })),
    procedures: (enc.fsi_operation_dtos ?? []).map((p) => ({ code: p.oprn_oprt_code, ...(p.oprn_oprt_date ? { date: p.oprn_oprt_date } : {}) })),
    reportedGroup: null,
    items,
    amounts: { total: toYuan(totalFen), policy: toYuan(totalFen), fundClaimed },
    fsi: { mdtrtId: enc.mdtrt_id, fixmedinsCode: req.fixmedins_code, trigScen: req.input.data.trig_scen },
  };
  return { ok: true, value: { claim, assumptions } };
}
