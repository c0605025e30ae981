/**
 * Hand-checked CHS-DRG 1.1 records. Each expected DRG was derived by reading the JSON tables in
 * rules/grouping/chs-drg-1.1 (mdc.json entry lists, adrg.json conditions and split order,
 * mcc/cc/cce tables), not by running the grouper; the comment of each case gives the reasoning.
 * Table facts used (looked up with node over the raw JSON):
 *   I63.900 脑梗死: MDCB entry, BR2 only; cce 96.  J96.000: mcc 109.  J18.900: cc 101.
 *   I60.000: mcc 96 (= cce[I63.900], so excluded).  I64.x00: cc 96 (excluded for I63.900).
 *   BR2 drgs BR21 mcc, BR23 mcc_or_cc, BR25 none.  AH1 drgs AH11 mcc, AH15 none.
 *   K35.301: MDCG entry, GD1 and GZ1 lists; cce 112.  47.0901 阑尾切除术: OR; in PC1, ZJ1, GD1, GD2, VJ1 lists
 *   (no MDCA ADRG).  K37.x00: MDCG entry, GZ1 only (not GD1).
 *   P07.300: MDCP entry, anyDiagnosisIn of PS1–PS4 (not PU1); cc 163, cce 163.  P22.000: MDCP entry, PR1; mcc 165.
 *   P23.900: PU1; cc 165.  P36.900: PU1; mcc 166, cce 166.  93.9001 CPAP: not OR; PK1 only.
 *   B20.001: MDCY entry, YC1 anyDiagnosisIn, YR1; mcc 13, cce 13.
 *   S06.500x005: MDCZ entry (head region) and BB1 list, but in NO other MDC entry list; mcc 196.
 *   S06.000: MDCZ (head) and MDCB entry, BY1.  S27.000: MDCZ (chest), MDCE.  S72.000: MDCZ (lower limb),
 *   MDCI entry, IR2 (IR29 none); cce 203.  01.2300: OR; ZB1, BB1, BB2.  00.6100: OR, in no ADRG list.
 *   N40.x00: MDCM entry, MZ1 only.  N80.000: MDCN entry, NZ1 only.  C53.900: MDCN entry, NA1, NA2, NR1.
 *   C50.900: MDCJ entry, JA1, JA2, JR1.  I35.000: MDCF entry, FT3; cce 95.  M41.200: MDCI entry, IB1, IU2.
 */
import { join } from 'node:path';
import { loadGrouper, type GrouperInput, type GroupingResult } from '../../src/grouping';

const DIR = join(__dirname, '../../rules/grouping/chs-drg-1.1');
const g = loadGrouper(DIR);

function rec(diagnoses: string[], procedures: string[] = [], more: Partial<GrouperInput> = {}): GrouperInput {
  return { gender: 'M', ageYears: 50, diagnoses, procedures, ...more };
}
const F = { gender: 'F' as const };
function newborn(days: number | undefined, weight: number | undefined): Partial<GrouperInput> {
  return { ageYears: 0, ageDays: days, birthWeightGrams: weight };
}

interface Case {
  name: string;
  input: GrouperInput;
  drg: string;
  /** Optional checks on the path / complication fields. */
  check?: (r: GroupingResult) => void;
}

const steps = (r: GroupingResult, step: string) => r.path.filter((p) => p.step === step);

const cases: Case[] = [
  // ---- pre-MDC (MDCA) ----
  // 37.5100 心脏移植术 is OR -> MDCA entered; AA1 principalProcedureIn ["37.5100"] is the first A ADRG -> AA19.
  { name: 'heart transplant', input: rec(['I42.000'], ['37.5100']), drg: 'AA19' },
  // AC1 anyProcedureInEach [[52.8000,...],[55.6100,55.6901]]: 55.6100 + 52.8000 cover both lists; AA1/AB1 lists do not hold 55.6100.
  { name: 'pancreas+kidney transplant (anyProcedureInEach)', input: rec(['N18.500'], ['55.6100', '52.8000']), drg: 'AC19' },
  // Only 55.6100: AC1 needs a pancreas code too; AD1 list is pancreas only; AE1 holds 55.6100.
  { name: 'kidney transplant alone', input: rec(['N18.500'], ['55.6100']), drg: 'AE19' },
  // Only 52.8000: AC1 lacks the kidney list; AD1 principalProcedureIn holds 52.8000.
  { name: 'pancreas transplant alone', input: rec(['N18.500'], ['52.8000']), drg: 'AD19' },
  // 96.7201 (ventilation >= 96h) is OR and in AH1; secondary J96.000 mcc 109 != cce[I63.900] 96 -> AH11.
  {
    name: 'ventilation with MCC',
    input: rec(['I63.900', 'J96.000'], ['96.7201']),
    drg: 'AH11',
    check: (r) => expect(r.complication).toEqual({ code: 'J96.000', kind: 'mcc' }),
  },
  // Same without secondary: AH11 needs an MCC -> AH15.
  { name: 'ventilation without MCC', input: rec(['I63.900'], ['96.7201']), drg: 'AH15' },
  // I60.000 is mcc 96 = cce[I63.900] 96 -> excluded -> AH15, and the exclusion is reported.
  {
    name: 'ventilation with excluded MCC',
    input: rec(['I63.900', 'I60.000'], ['96.7201']),
    drg: 'AH15',
    check: (r) => {
      expect(r.excludedComplications).toHaveLength(1);
      expect(r.excludedComplications[0]).toMatchObject({ code: 'I60.000', kind: 'mcc' });
      expect(r.complication).toBeNull();
    },
  },
  // 47.0901 is OR -> MDCA entered but in no A list -> fall through; K35.301 in MDCG entry; GB1..GC2 lists lack
  // 47.0901; GD1 needs pdx in [C18.100,K35.2xx,K35.3xx] (K35.301 is) and the appendectomy list -> GD1, no secondary -> GD15.
  {
    name: 'OR procedure enters MDCA and falls through to MDCG surgical',
    input: rec(['K35.301'], ['47.0901']),
    drg: 'GD15',
    check: (r) => {
      expect(r.path[0]).toMatchObject({ step: 'mdc', code: '47.0901' });
      expect(r.path[0].detail).toContain('MDCA');
      expect(steps(r, 'fallthrough')[0].detail).toContain('MDCA');
      expect(steps(r, 'adrg')[0]).toMatchObject({ code: 'K35.301' });
    },
  },
  // Same + J18.900 (cc 101 != cce[K35.301] 112): GD13 is mcc_or_cc -> GD13 with the CC as complication.
  {
    name: 'CC split (GD13)',
    input: rec(['K35.301', 'J18.900'], ['47.0901']),
    drg: 'GD13',
    check: (r) => expect(r.complication).toEqual({ code: 'J18.900', kind: 'cc' }),
  },
  // K37.x00 is in MDCG entry but not in GD1's diagnosis list; GD2 is appendectomy alone -> GD25.
  { name: 'appendectomy for other diagnosis (GD2)', input: rec(['K37.x00'], ['47.0901']), drg: 'GD25' },
  // Medical side of the same MDC: no procedure -> all procedure ADRGs fail; GZ1 holds K35.301 -> GZ15.
  { name: 'appendicitis without operation (medical ADRG)', input: rec(['K35.301']), drg: 'GZ15' },

  // ---- MCC / CC / exclusion on BR2 (I63.900, cce 96) ----
  // No secondaries -> BR21 (mcc) and BR23 (mcc_or_cc) fail -> BR25.
  { name: 'BR2 without complication', input: rec(['I63.900']), drg: 'BR25' },
  // J96.000 mcc 109 != 96 -> BR21.
  {
    name: 'BR2 MCC split',
    input: rec(['I63.900', 'J96.000']),
    drg: 'BR21',
    check: (r) => {
      expect(r.complication).toEqual({ code: 'J96.000', kind: 'mcc' });
      expect(steps(r, 'split').at(-1)).toMatchObject({ code: 'J96.000' });
    },
  },
  // J18.900 cc 101 != 96 -> BR21 fails (no MCC), BR23 holds.
  { name: 'BR2 CC split', input: rec(['I63.900', 'J18.900']), drg: 'BR23' },
  // I60.000 mcc table 96 == cce[I63.900] 96 -> does not count -> BR25.
  {
    name: 'BR2 excluded MCC',
    input: rec(['I63.900', 'I60.000']),
    drg: 'BR25',
    check: (r) => {
      expect(r.excludedComplications).toEqual([
        expect.objectContaining({ code: 'I60.000', kind: 'mcc', reason: expect.stringContaining('96') }),
      ]);
      expect(steps(r, 'complication_excluded')[0].code).toBe('I60.000');
    },
  },
  // I64.x00 cc table 96 == 96 -> excluded CC -> BR25.
  { name: 'BR2 excluded CC', input: rec(['I63.900', 'I64.x00']), drg: 'BR25', check: (r) => expect(r.excludedComplications[0]).toMatchObject({ code: 'I64.x00', kind: 'cc' }) },
  // Excluded MCC I60.000 but counting CC J18.900 -> BR23, CC is the complication.
  {
    name: 'BR2 excluded MCC plus counting CC',
    input: rec(['I63.900', 'I60.000', 'J18.900']),
    drg: 'BR23',
    check: (r) => {
      expect(r.complication).toEqual({ code: 'J18.900', kind: 'cc' });
      expect(r.excludedComplications.map((x) => x.code)).toEqual(['I60.000']);
    },
  },

  // ---- newborns (MDCP: pdx in list and ageYears 0) ----
  // P07.300, 3 days, 1200 g, no procedure: PB1/PC1/PJ1/PK1 need a procedure, PR1 needs a P22 code,
  // PS1 (anyDiagnosis P07.x, weight < 1500, days <= 28) holds; no secondary -> PS15.
  { name: 'PS1 < 1500 g', input: rec(['P07.300'], [], newborn(3, 1200)), drg: 'PS15' },
  // Same + P36.900 (mcc 166 != cce[P07.300] 163): PS11 mcc. (P36.900 is secondary so PU1 is irrelevant; PS1 comes first anyway.)
  { name: 'PS1 with MCC', input: rec(['P07.300', 'P36.900'], [], newborn(3, 1200)), drg: 'PS11' },
  // Weight 1500: PS1 needs < 1500; PS2 min 1500 inclusive -> PS2; no MCC -> PS25.
  { name: 'PS2 at 1500 g boundary', input: rec(['P07.300'], [], newborn(3, 1500)), drg: 'PS25' },
  // 1800 g + P23.900 which is only a CC (165): PS2 splits on MCC only (PS21 mcc, PS25) -> PS25, CC ignored.
  {
    name: 'PS2 ignores a CC',
    input: rec(['P07.300', 'P23.900'], [], newborn(3, 1800)),
    drg: 'PS25',
    check: (r) => expect(r.complication).toBeNull(),
  },
  // 2499 g -> PS3 (2000 <= w < 2500), only DRG PS39.
  { name: 'PS3', input: rec(['P07.300'], [], newborn(3, 2499)), drg: 'PS39' },
  // 3000 g -> PS4 (min 2500); P23.900 cc 165 != 163 -> PS43 (mcc_or_cc).
  { name: 'PS4 with CC', input: rec(['P07.300', 'P23.900'], [], newborn(3, 3000)), drg: 'PS43' },
  // P22.000 (RDS) in PR1, which comes before PS1 -> PR1 although secondary P07.300 and 1200 g would fit PS1;
  // P07.300 is cc 163 != cce[P22.000] 165 and not an MCC -> PR11 fails, PR13 (mcc_or_cc) holds.
  { name: 'PR1 before PS1', input: rec(['P22.000', 'P07.300'], [], newborn(2, 1200)), drg: 'PR13' },
  // P36.900, 10 days: PU1 (pdx in list, days <= 28); no secondary -> PU15.
  { name: 'PU1 term newborn', input: rec(['P36.900'], [], newborn(10, 3200)), drg: 'PU15' },
  // P36.900 at 60 days: PU1 needs ageDays <= 28 -> fails; PV1 always -> PV15.
  { name: 'PV1 catch-all (older infant)', input: rec(['P36.900'], [], newborn(60, 3200)), drg: 'PV15' },
  // P07.300 at 3 days with weight absent: PS1–PS4 need a weight; PU1 does not list P07.300 -> PV1 -> PV15.
  { name: 'PV1 catch-all (weight absent)', input: rec(['P07.300'], [], newborn(3, undefined)), drg: 'PV15' },
  // Weight 0 but ageDays absent: the check needs ageDays <= 28, so it passes; weight 0 fails PS*; PV1 -> PV15.
  { name: 'weight 0 without ageDays is not a check failure', input: rec(['P07.300'], [], newborn(undefined, 0)), drg: 'PV15' },
  // 93.9001 CPAP is not OR (MDCA not entered); PB1/PC1/PJ1 lists lack it; PK1 holds it; P22.000 no secondary -> PK15.
  { name: 'PK1 newborn ventilation', input: rec(['P22.000'], ['93.9001'], newborn(2, 3000)), drg: 'PK15' },
  // Age 0 but pdx I63.900 is not in the MDCP list -> MDCB BR2 -> BR25.
  { name: 'infant with non-newborn diagnosis', input: rec(['I63.900'], [], newborn(100, 3000)), drg: 'BR25' },

  // ---- HIV (MDCY) ----
  // B20.001, no procedure: YC1 needs an OR principal procedure; YR1 holds; J96.000 mcc 109 != cce 13 -> YR11.
  { name: 'HIV medical with MCC', input: rec(['B20.001', 'J96.000']), drg: 'YR11' },
  // With OR procedure 47.0901: MDCA entered and falls through; MDCY YC1 (OR principal + B20.001 in anyDiagnosisIn) -> YC15.
  { name: 'HIV with OR procedure', input: rec(['B20.001'], ['47.0901']), drg: 'YC15' },

  // ---- multiple trauma (MDCZ) ----
  // S72.000 (lower limb) + S27.000 (chest) = 2 regions; no procedure: ZB1/ZC1/ZD1/ZJ1 need a procedure,
  // ZZ1 (no OR procedure) holds; S27.000 is only a CC and ZZ1 splits on MCC -> ZZ15.
  {
    name: 'multiple trauma without operation',
    input: rec(['S72.000', 'S27.000']),
    drg: 'ZZ15',
    check: (r) => expect(steps(r, 'mdc')[0].detail).toContain('2 distinct trauma regions'),
  },
  // + S06.500x005 (head, mcc 196 != cce[S72.000] 203) -> ZZ11.
  { name: 'multiple trauma with MCC', input: rec(['S72.000', 'S27.000', 'S06.500x005']), drg: 'ZZ11' },
  // Non-OR procedure 93.9001 does not stop ZZ1 (noProcedureIn OR_PROCEDURES) -> ZZ15.
  { name: 'multiple trauma with non-OR procedure', input: rec(['S72.000', 'S27.000'], ['93.9001']), drg: 'ZZ15' },
  // Craniotomy 01.2300 (OR): MDCA falls through; MDCZ entered; ZB1 holds 01.2300 -> ZB19.
  { name: 'multiple trauma craniotomy', input: rec(['S06.500x005', 'S27.000'], ['01.2300']), drg: 'ZB19' },
  // OR procedure 00.6100 in no ADRG list: MDCA and MDCZ both entered and fall through (ZZ1 fails on the OR
  // procedure); S72.000 is in MDCI entry; no I procedure list has 00.6100; IR2 holds S72.000 -> IR29.
  {
    name: 'multiple trauma falling through to MDCI',
    input: rec(['S72.000', 'S27.000'], ['00.6100']),
    drg: 'IR29',
    check: (r) => expect(steps(r, 'fallthrough').map((s) => s.detail.slice(0, 4))).toEqual(['MDCA', 'MDCZ']),
  },
  // Single region: S06.000 alone -> MDCZ not entered (1 region); MDCB BY1 -> BY15.
  {
    name: 'single-region trauma ends in MDCB',
    input: rec(['S06.000']),
    drg: 'BY15',
    check: (r) => expect(steps(r, 'mdc_skipped')[0].detail).toContain('MDCZ'),
  },
  // S06.500x005 + S06.000: both head region -> 1 distinct region; S06.500x005 is in no other MDC entry list -> ungroupable.
  { name: 'single-region trauma is ungroupable', input: rec(['S06.500x005', 'S06.000']), drg: '0000' },

  // ---- sex-specific MDCs ----
  // N40.x00 前列腺增生, male -> MDCM MZ1 -> MZ19.
  { name: 'MDCM male', input: rec(['N40.x00']), drg: 'MZ19' },
  // Female: MDCM entry needs gender M; N40.x00 is in no other MDC list -> ungroupable.
  {
    name: 'MDCM diagnosis, wrong gender',
    input: rec(['N40.x00'], [], F),
    drg: '0000',
    check: (r) => {
      expect(r.status).toBe('ungroupable');
      expect(steps(r, 'mdc_skipped')[0].detail).toContain('gender F is not M');
    },
  },
  // N80.000 子宫内膜异位症, female -> MDCN NZ1 -> NZ19.
  { name: 'MDCN female', input: rec(['N80.000'], [], F), drg: 'NZ19' },
  // Male: MDCN entry needs F; only MDCN lists N80.000 -> ungroupable.
  { name: 'MDCN diagnosis, wrong gender', input: rec(['N80.000']), drg: '0000' },

  // ---- procedureGroups (JA1, JA2, NA1) ----
  // C50.900 + 85.5300x001 (JA1 group 1) + 85.4301 (JA1 group 2): combination [1,2] -> JA19.
  { name: 'JA1 via groups 1+2', input: rec(['C50.900'], ['85.4301', '85.5300x001'], F), drg: 'JA19' },
  // 85.5300x001 (g1) + 85.2200 (g3) + 40.2100 (g4): combination [1,3,4] -> JA19.
  { name: 'JA1 via groups 1+3+4', input: rec(['C50.900'], ['85.2200', '85.5300x001', '40.2100'], F), drg: 'JA19' },
  // 85.4301 alone: JA1 groups present {2} -> no combination; JA2 group 1 = {85.4301,...}, anyOf [1] -> JA29.
  { name: 'JA2 via group 1', input: rec(['C50.900'], ['85.4301'], F), drg: 'JA29' },
  // 85.2200 (JA1 g3, JA2 g2) + 40.2100 (JA1 g4, JA2 g3): JA1 {3,4} no; JA2 {2,3} = combination [2,3] -> JA29.
  { name: 'JA2 via groups 2+3', input: rec(['C50.900'], ['85.2200', '40.2100'], F), drg: 'JA29' },
  // 40.5000 alone: JA1 {4}, JA2 {3} -> both fail; JB1 lacks it, JB2 holds it -> JB29.
  { name: 'breast cancer, incomplete group combination', input: rec(['C50.900'], ['40.5000'], F), drg: 'JB29' },
  // C53.900 female + 68.6101 (NA1 group 1), anyOf [1] -> NA19.
  { name: 'NA1 radical hysterectomy', input: rec(['C53.900'], ['68.6101'], F), drg: 'NA19' },
  // C53.900 + 40.5000 (NA1 group 3 only, needs [2,3]) -> NA1 fails; NA2 and NB1..NF1 lists lack 40.5000; NJ1 -> NJ19.
  { name: 'NA1 incomplete, falls to NJ1', input: rec(['C53.900'], ['40.5000'], F), drg: 'NJ19' },

  // ---- anyProcedureInEach in MDCF / MDCI ----
  // I35.000 + 35.2101 (valve, FB1 list 0) + 36.1000x001 (CABG, FB1 list 1) -> FB19.
  { name: 'FB1 valve plus CABG', input: rec(['I35.000'], ['35.2101', '36.1000x001']), drg: 'FB19' },
  // Valve only: FB1 fails; FB2 holds 35.2101; J96.000 mcc 109 != cce[I35.000] 95 -> FB21.
  { name: 'FB2 valve only with MCC', input: rec(['I35.000', 'J96.000'], ['35.2101']), drg: 'FB21' },
  // M41.200 in IB1 pdx list, 81.0401 (list 0) + 81.3101 (list 1) -> IB19.
  { name: 'IB1 pdx + anyProcedureInEach', input: rec(['M41.200'], ['81.0401', '81.3101']), drg: 'IB19' },
  // 81.0401 only: IB1 lacks list 1; IB2 holds 81.0401 -> IB29.
  { name: 'IB1 incomplete, IB2', input: rec(['M41.200'], ['81.0401']), drg: 'IB29' },

  // ---- ungroupable principal diagnoses ----
  // I21.000 is in diagnoses.json (and even mcc.json) but in no MDC entry list -> ungroupable.
  // The parent-code fallback (parent-codes.ts) is an option this raw grouper does not take.
  { name: 'dictionary code in no MDC', input: rec(['I21.000']), drg: '0000', check: (r) => expect(r.status).toBe('ungroupable') },
  // Unknown code -> ungroupable, path says it is not in the dictionary.
  {
    name: 'unknown principal diagnosis',
    input: rec(['XYZ.123']),
    drg: '0000',
    check: (r) => expect(steps(r, 'ungroupable')[0].detail).toContain('not in the grouper'),
  },
  // Operation on an ungroupable diagnosis: MDCA entered and falls through, then nothing -> ungroupable.
  { name: 'wrong gender with OR procedure', input: rec(['C53.900'], ['68.6101']), drg: '0000' },

  // ---- input checks ----
  { name: 'missing gender', input: rec(['I63.900'], [], { gender: '' }), drg: '0000', check: (r) => expect(r.status).toBe('check_failed') },
  { name: 'empty diagnoses', input: rec([]), drg: '0000', check: (r) => expect(r.status).toBe('check_failed') },
  // ageYears 0, ageDays 5 <= 28, weight explicitly 0 -> check failure.
  { name: 'newborn weight 0', input: rec(['P07.300'], [], newborn(5, 0)), drg: '0000', check: (r) => expect(r.status).toBe('check_failed') },
];

describe('CHS-DRG 1.1 hand-checked records', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = g.group(c.input);
    expect(r.drg).toBe(c.drg);
    expect(r.scheme).toBe('CHS-DRG 1.1');
    if (c.drg === '0000') {
      expect(r).toMatchObject({ mdc: '0000', adrg: '00', drgName: null });
      expect(['check_failed', 'ungroupable']).toContain(r.status);
    } else {
      expect(r.status).toBe('grouped');
      expect(r.mdc).toBe(`MDC${c.drg[0]}`);
      expect(r.adrg).toBe(c.drg.slice(0, 3));
      expect(r.drgName).toBe(g.drgName(c.drg));
      expect(steps(r, 'adrg')).toHaveLength(1);
    }
    c.check?.(r);
  });
});

describe('grouper helpers', () => {
  test('dictionaries and lookups come from the tables', () => {
    expect(g.diagnosisName('I63.900')).toBe('脑梗死');
    expect(g.procedureName('37.5100')).toBe('心脏移植术');
    expect(g.drgName('AA19')).toBe('心脏移植');
    expect(g.isOrProcedure('47.0901')).toBe(true);
    expect(g.isOrProcedure('93.9001')).toBe(false);
    expect(g.knowsDiagnosis('K35.800')).toBe(true);
    expect(g.knowsDiagnosis('K35.900')).toBe(false);
    expect(g.knowsProcedure('00.6100')).toBe(true);
    expect(g.adrgOf('BR21')).toBe('BR2');
    expect(g.mdcOf('BR21')).toBe('MDCB');
    expect(g.adrgOf('XX99')).toBeUndefined();
    expect(g.complicationOf('J96.000')).toEqual({ kind: 'mcc', table: '109' });
    expect(g.complicationOf('J18.900')).toEqual({ kind: 'cc', table: '101' });
    // README counts: 628 DRGs.
    const drgs = g.drgCodes();
    expect(drgs).toHaveLength(628);
    expect(new Set(drgs).size).toBe(628);
    expect(drgs[0]).toBe('AA19');
  });

  test('the input record is not modified', () => {
    const input = rec(['I63.900', 'J96.000'], ['96.7201']);
    const copy = structuredClone(input);
    g.group(input);
    expect(input).toEqual(copy);
  });
});
