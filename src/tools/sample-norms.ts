/**
 * Writes the SAMPLE tables of rules/grouping/norms/ (see its README): deterministic, so the same code and
 * rules give the same files. Run after a build:  node dist/src/tools/sample-norms.js [rulesDir]
 *
 * - weights: a structural prior (CHS-DRG letters: A–J surgical, K–Q non-OR procedures, R–Z medical; within
 *   each range earlier letters are the heavier groups; MCC > CC > none), ±2% jitter by ADRG code;
 * - norm cost and LOS: for groups the sample claims reach, their mean over clean generated claims (this is how
 *   real 例均费用 and 平均住院日 are set, from a region's history), so the norms are in the price scale of the
 *   sample catalogue; for the other groups weight × base rate and a LOS prior;
 * - base rate: the sample scale (median norm cost per weight point of the reached groups) × province and
 *   region factors (Shandong and Sichuan above Jilin and Heilongjiang, capitals above other cities).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateClaims } from '../generate';
import { loadGrouper, type Grouper } from '../grouping/index';
import { NORM_FILES } from '../grouping/norms';

const PROVINCE_FACTOR: Record<string, number> = { '22': 0.95, '23': 0.93, '37': 1.05, '51': 1.0 };

/** Sample assignments, not the regions' actual payment methods. */
const REGIONS: { region: string; name: string; scheme: 'DRG' | 'DIP'; factor: number }[] = [
  { region: '220100', name: '长春', scheme: 'DRG', factor: 1.04 },
  { region: '220200', name: '吉林市', scheme: 'DRG', factor: 0.98 },
  { region: '220300', name: '四平', scheme: 'DRG', factor: 0.96 },
  { region: '220400', name: '辽源', scheme: 'DIP', factor: 0.95 },
  { region: '230100', name: '哈尔滨', scheme: 'DRG', factor: 1.04 },
  { region: '230200', name: '齐齐哈尔', scheme: 'DRG', factor: 0.97 },
  { region: '230300', name: '鸡西', scheme: 'DIP', factor: 0.95 },
  { region: '230600', name: '大庆', scheme: 'DRG', factor: 1.0 },
  { region: '370100', name: '济南', scheme: 'DRG', factor: 1.04 },
  { region: '370200', name: '青岛', scheme: 'DRG', factor: 1.05 },
  { region: '370300', name: '淄博', scheme: 'DIP', factor: 0.98 },
  { region: '370700', name: '潍坊', scheme: 'DRG', factor: 0.98 },
  { region: '510100', name: '成都', scheme: 'DRG', factor: 1.05 },
  { region: '510600', name: '德阳', scheme: 'DIP', factor: 0.97 },
  { region: '510700', name: '绵阳', scheme: 'DRG', factor: 0.98 },
  { region: '511300', name: '南充', scheme: 'DRG', factor: 0.96 },
];

/** Common operations for DIP 病种 rows: (diagnosis category, principal procedure). */
const DIP_OPERATIONS: [string, string, string][] = [
  ['I21', '36.0601', 'I21.001'], ['I20', '36.0601', 'I20.000'], ['I25', '88.5600', 'I25.103'], ['I44', '37.8001', 'I44.200'],
  ['K35', '47.0901', 'K35.301'], ['K35', '47.0100', 'K35.300'], ['K80', '51.2200', 'K80.101'], ['K80', '51.2300', 'K80.101'], ['K40', '53.0001', 'K40.001'], ['K40', '53.0501', 'K40.900x003'], ['K64', '49.4600', 'K64.200'],
  ['C18', '45.7300x003', 'C18.000'], ['C16', '43.6x00x006', 'C16.000'], ['E04', '06.2x00', 'E04.100'], ['C50', '85.4100x001', 'C50.100'],
  ['M16', '81.5100', 'M16.101'], ['S72', '81.5201', 'S72.000'], ['M17', '81.5400', 'M17.101'], ['S52', '79.3200x001', 'S52.500x001'],
  ['S82', '79.3600x009', 'S82.000'], ['H25', '13.4100x001', 'H25.000'], ['J35', '28.2x00x002', 'J35.000'], ['N40', '60.2900x004', 'N40.x00'],
  ['N20', '56.0x00x003', 'N20.000'], ['D25', '68.4100', 'D25.100x001'], ['N83', '65.2400', 'N83.201'], ['N83', '65.2501', 'N83.201'], ['O82', '74.1x01', 'O82.000'],
  ['O80', '73.6x01', 'O80.000'], ['I83', '38.5000', 'I83.101'], ['K81', '51.2200', 'K81.000'], ['K81', '51.2300', 'K81.000'], ['M51', '80.5100x013', 'M51.100x002+G55.1*'],
  ['H26', '13.4100x001', 'H26.900'], ['O34', '74.1x01', 'O34.201'], ['N20', '98.5101', 'N20.000'],
];

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const SPLIT_FACTOR: Record<string, number> = { '1': 1.45, '3': 1.15, '5': 1.0, '9': 1.08 };
const SPLIT_LOS: Record<string, number> = { '1': 1.3, '3': 1.1, '5': 1.0, '9': 1.0 };
const MDC_FACTOR: Record<string, number> = { B: 1.1, F: 1.1, W: 1.25, Z: 1.3, O: 0.8, C: 0.9, D: 0.9, X: 0.9 };
/**
 * Psychiatric medical stays (MDCT) last weeks, not days: 《中国卫生健康统计年鉴》 gives psychiatric hospitals' mean
 * stay at about 50 days. SAMPLE: 40 days for its medical groups (letters R–Z), weighted 5.5 × the letter rule to price
 * those days at a ward's daily cost; a 7-day letter-rule norm made every ordinary admission "far off the norm" and a
 * high-rate case.
 */
const LONG_STAY_MDC: Record<string, { los: number; weightFactor: number }> = { T: { los: 40, weightFactor: 5.5 } };
const longStay = (drg: string) => ('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(drg[1]) > 16 ? LONG_STAY_MDC[drg[0]] : undefined);
/** MDCA (transplants, long ventilation) by ADRG: no letter rule fits them. */
const MDCA_WEIGHT: Record<string, number> = { AA1: 40, AB1: 28, AC1: 30, AD1: 22, AE1: 16, AF1: 30, AG1: 25, AG2: 12, AH1: 12 };

/**
 * Cycles of systemic cancer therapy (chemotherapy, targeted/immune therapy, maintenance, follow-up) are short
 * planned stays of one to a few days (often 日间化疗); the letter rule below would give them a surgical 9 days
 * and make every ordinary cycle "far off the norm". SAMPLE value.
 */
const SHORT_COURSE_LOS: Record<string, number> = { RE1: 4, RG1: 4, RW1: 4, RW2: 4 };
/**
 * Radiotherapy (RC1) is the opposite: a radical course is 25–35 fractions at five a week (5–7 weeks, often given as
 * an inpatient), a palliative one 5–10 fractions; the surgical letter rule's 9 days made every full course "far off
 * the norm". SAMPLE value between the two.
 */
const LONG_COURSE_LOS: Record<string, number> = { RC1: 25 };

/**
 * Groups whose stay follows the patient's course, not the letter rule's 5–9 days, by ADRG: SAMPLE priors (days at the
 * ADRG's lightest split; the split factors apply) from published figures. `dailyCost` is a day's cost against an
 * ordinary day of the same MDC; the weight prices the days at it (letter-rule weight × days ÷ letter-rule days ×
 * dailyCost), as LONG_STAY_MDC does. Without them every ordinary stay was "far off the norm" and a high-rate case.
 *
 * Newborns (MDCP) stay until they are mature enough to go home (feeding, breathing, keeping warm):
 * - PS1 出生体重<1500g, 45 days: Chinese Neonatal Network 2019, 57 tertiary NICUs: surviving infants born before
 *   32 weeks (mean birth weight 1,321 g) stayed a median 46 days (IQR 35–60), going home at a median corrected
 *   36 weeks (Zhang M et al., World J Pediatr 2022;18:126–134, doi:10.1007/s12519-021-00494-1).
 * - PS2 1500–1999g, 20 days: the same cohort's infants born at 29–31 weeks went home at a corrected 36 weeks; an
 *   infant of this weight, born at 31–34 weeks, reaches it in two to five weeks (between PS1's 46 days and PS3's 10).
 * - PS3 2000–2499g, 10 days: Chinese late preterm infants born at 34 weeks (median birth weight 2,250 g) stayed a
 *   median 10 days (IQR 8–13), those born at 36 weeks 7 (6–9) (Biomed Environ Sci 2018, doi:10.3967/bes2018.066);
 *   PS4 (>2499g) keeps the letter rule's 7.
 * - PR1 新生儿呼吸窘迫综合征 and PK1 新生儿伴呼吸机支持 (ventilation is given mostly for RDS), 14 days: 61 provincial
 *   newborn units 2008–2010, RDS median stay 10–17 days by region (Advanced neonatal medicine in China: a national
 *   baseline database, PLoS One 2017;12:e0169970, table 2); the non-OR-procedure letter gave the ventilated 5.
 * - dailyCost: in that table an RDS day costs about 1.6 × a neonatal pneumonia day (an ordinary newborn medical
 *   stay), a very-low-birth-weight infant's day about 1.4 ×; late preterm infants of PS3 are in ordinary newborn care.
 *
 * Burns heal over weeks: a burn centre's working estimate is one day in hospital per 1% of body surface burned
 * (Dolp R et al., Burns 2018;44:2011–2017):
 * - WB1 (>30% or multiple full-thickness burns, grafted), 36 days: 498 adults with 特重度烧伤 in Kunming 2016–2020
 *   stayed a median 36 days (IQR 15–62) (昆明医科大学学报 2022, doi:10.12259/j.issn.2095-610X.S20221025);
 * - WR1 (the same burns without an operation), 30 days: one day per 1% of a 30% burn;
 * - WC1 (other burns, grafted), 20 days: Changhai burn centre 2005–2014, mean stay 20–25 days for a mean 10–14% of
 *   body surface burned (Fan X et al., Burns 2017;43:1586–1595).
 * - dailyCost 1: a burn-ward day at the letter rule's (MDC_FACTOR already weighs burns up).
 */
const COURSE_STAY: Record<string, { los: number; dailyCost: number }> = {
  PS1: { los: 45, dailyCost: 1.4 },
  PS2: { los: 20, dailyCost: 1.4 },
  PS3: { los: 10, dailyCost: 1 },
  PR1: { los: 14, dailyCost: 1.6 },
  PK1: { los: 14, dailyCost: 1.6 },
  WB1: { los: 36, dailyCost: 1 },
  WR1: { los: 30, dailyCost: 1 },
  WC1: { los: 20, dailyCost: 1 },
};

/** The letter rule's LOS for the ADRG's lightest split (surgical 9, non-OR procedure 5, medical 7; MDCA 20). */
function letterLos(drg: string): number {
  const i = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(drg[1]);
  return drg[0] === 'A' ? 20 : i <= 9 ? 9 : i <= 16 ? 5 : (longStay(drg)?.los ?? 7);
}

/** Relative weight before any reference data: plausible CHS-DRG magnitudes (see file comment). */
export function priorWeight(drg: string): number {
  const adrg = drg.slice(0, 3);
  const split = SPLIT_FACTOR[drg[3]] ?? 1;
  if (drg[0] === 'A') return round((MDCA_WEIGHT[adrg] ?? 10) * split, 4);
  const i = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(drg[1]);
  // A–J surgical 3.40 → 1.42; K–Q procedures 1.25 → 0.95; R–Z medical 0.90 → 0.42.
  // Cancer-therapy cycles (SHORT_COURSE_LOS) are medical stays whose letter (RE, RG, RW) reads as surgical:
  // weighted like the non-OR procedure groups.
  const base =
    adrg in SHORT_COURSE_LOS ? 1.1 : i <= 9 ? 3.4 - 0.22 * i : i <= 16 ? 1.25 - 0.05 * (i - 10) : 0.9 - 0.06 * (i - 17);
  const jitter = 1 + ((hash(adrg) % 41) - 20) / 1000;
  const course = COURSE_STAY[adrg];
  const days = course ? (course.los / letterLos(drg)) * course.dailyCost : 1;
  return round(base * jitter * (longStay(drg)?.weightFactor ?? MDC_FACTOR[drg[0]] ?? 1) * days * split, 4);
}

function priorLos(drg: string): number {
  const course = SHORT_COURSE_LOS[drg.slice(0, 3)] ?? LONG_COURSE_LOS[drg.slice(0, 3)] ?? COURSE_STAY[drg.slice(0, 3)]?.los;
  return round((course ?? letterLos(drg)) * (SPLIT_LOS[drg[3]] ?? 1), 1);
}

interface Reference {
  cost: number;
  los: number;
  n: number;
}

/** Mean cost and LOS per ADRG over clean generated inpatient claims (pooled over splits: the sample's complications add no cost). */
function referenceByAdrg(rulesDir: string, count: number): Map<string, Reference> {
  const sums = new Map<string, Reference>();
  for (const c of generateClaims({ count, seed: 'sample-norms', fraudRate: 0, rulesDir })) {
    const drg = c.reportedGroup?.drg;
    if (c.visitType !== 'inpatient' || !drg || drg === '0000' || c.injected) continue;
    const los = Math.max(1, Math.round((Date.parse(c.dischargeDate!) - Date.parse(c.admissionDate!)) / 86_400_000));
    const s = sums.get(drg.slice(0, 3)) ?? { cost: 0, los: 0, n: 0 };
    s.cost += c.amounts.total;
    s.los += los;
    s.n += 1;
    sums.set(drg.slice(0, 3), s);
  }
  const out = new Map<string, Reference>();
  for (const [adrg, s] of sums) if (s.n >= 10) out.set(adrg, { cost: s.cost / s.n, los: s.los / s.n, n: s.n });
  return out;
}

/** The split a reference mean stands for: the ADRG's lightest variant (5, or 9 when unsplit). */
const baseSplit = (g: Grouper, adrg: string) => (g.drgCodes().includes(`${adrg}5`) ? '5' : '9');

export function buildSampleNorms(rulesDir: string, referenceClaims = 60_000) {
  const grouper = loadGrouper(join(rulesDir, 'grouping', 'chs-drg-1.1'), { parentCodes: true });
  const ref = referenceByAdrg(rulesDir, referenceClaims);
  const drgs = grouper.drgCodes();

  // Norm cost and LOS at national (unadjusted) level.
  const national = new Map<string, { weight: number; cost: number | null; los: number }>();
  for (const drg of drgs) {
    const r = ref.get(drg.slice(0, 3));
    const rel = (SPLIT_FACTOR[drg[3]] ?? 1) / (SPLIT_FACTOR[baseSplit(grouper, drg.slice(0, 3))] ?? 1);
    const relLos = (SPLIT_LOS[drg[3]] ?? 1) / (SPLIT_LOS[baseSplit(grouper, drg.slice(0, 3))] ?? 1);
    national.set(drg, { weight: priorWeight(drg), cost: r ? r.cost * rel : null, los: r ? r.los * relLos : priorLos(drg) });
  }
  const perWeight = [...national.values()].filter((x) => x.cost !== null).map((x) => x.cost! / x.weight).sort((a, b) => a - b);
  const scale = perWeight[Math.floor(perWeight.length / 2)];

  const schemes = REGIONS.map((r) => {
    const baseRate = round(scale * PROVINCE_FACTOR[r.region.slice(0, 2)] * r.factor, 0);
    return r.scheme === 'DRG'
      ? { region: r.region, name: r.name, scheme: r.scheme, baseRate }
      : { region: r.region, name: r.name, scheme: r.scheme, pointValue: round(baseRate / 1000, 4), scorePerWeight: 1000 };
  });

  const drgRows = REGIONS.filter((r) => r.scheme === 'DRG').flatMap((r) => {
    const factor = PROVINCE_FACTOR[r.region.slice(0, 2)] * r.factor;
    return drgs.map((drg) => {
      const n = national.get(drg)!;
      return {
        region: r.region,
        drg,
        name: grouper.drgName(drg),
        weight: n.weight,
        normLos: round(n.los, 1),
        normCost: round((n.cost ?? n.weight * scale) * factor, 2),
      };
    });
  });

  // DIP: 保守治疗 and 综合病种 rows for every ICD-10 category, from the DRG the category's first code groups to.
  const dipRows: Record<string, unknown>[] = [];
  const categories = new Map<string, string[]>();
  const diagnoses = Object.keys(JSON.parse(readFileSync(join(rulesDir, 'grouping', 'chs-drg-1.1', 'diagnoses.json'), 'utf8')));
  for (const code of diagnoses) categories.set(code.slice(0, 3), [...(categories.get(code.slice(0, 3)) ?? []), code]);
  const dipRow = (category: string, procedure: string | null, drg: string, name: string, factor: number) => {
    const n = national.get(drg)!;
    const cost = (n.cost ?? n.weight * scale) * factor;
    return {
      code: `${category}:${procedure ?? '保守治疗'}`,
      diagnosisCategory: category,
      procedure,
      name,
      score: round((cost / scale) * 1000, 0),
      normLos: round(n.los, 1),
      drg,
    };
  };
  // A category's row comes from the first of its codes that groups on its own (some codes need a sex or a newborn).
  for (const [category, codes] of categories) {
    for (const [code, gender] of codes.flatMap((c) => [[c, 'F'], [c, 'M']] as const)) {
      const medical = grouper.group({ gender, ageYears: category.startsWith('P') ? 0 : 50, ageDays: 10, diagnoses: [code], procedures: [] });
      if (medical.status !== 'grouped') continue;
      const dxName = grouper.diagnosisName(code) ?? category;
      dipRows.push(dipRow(category, null, medical.drg, `${dxName}（保守治疗）`, 1));
      dipRows.push(dipRow(category, '*', medical.drg, `${dxName}（其他手术操作，综合病种）`, 1.8));
      break;
    }
  }
  for (const [category, procedure, dx] of DIP_OPERATIONS) {
    const g = grouper.group({ gender: dx.startsWith('O') || dx.startsWith('D25') || dx.startsWith('N83') || dx.startsWith('C50') ? 'F' : 'M', ageYears: 50, diagnoses: [dx], procedures: [procedure] });
    if (g.status !== 'grouped') throw new Error(`DIP operation ${category}/${procedure} does not group`);
    dipRows.push(dipRow(category, procedure, g.drg, `${grouper.diagnosisName(dx) ?? category}：${grouper.procedureName(procedure) ?? procedure}`, 1));
  }
  return { schemes, drgRows, dipRows, scale, referenced: ref.size };
}

const NOTE =
  'SAMPLE VALUES for testing and demonstration, not any region\'s published table: generated by src/tools/sample-norms.ts (see README.md). ';

function write(dir: string, file: string, note: string, rows: unknown[]): void {
  // One row per line: diffs stay readable and a real table pasted in keeps the same layout.
  const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  writeFileSync(join(dir, file), `{\n  "note": ${JSON.stringify(NOTE + note)},\n  "rows": [\n${body}\n  ]\n}\n`);
}

if (require.main === module) {
  const rulesDir = process.argv[2] ?? 'rules';
  const dir = join(rulesDir, 'grouping', 'norms');
  const built = buildSampleNorms(rulesDir);
  write(dir, NORM_FILES.schemes, 'Which regions pay inpatient stays by DRG or DIP, and the base rate (yuan per weight point) or point value (yuan per DIP point).', built.schemes);
  write(dir, NORM_FILES.drg, 'Relative weight, norm length of stay (days) and norm cost (yuan) of every CHS-DRG 1.1 group in every DRG region.', built.drgRows);
  write(dir, NORM_FILES.dip, 'DIP 病种: principal-diagnosis category + principal procedure (null = 保守治疗, "*" = any other procedure) → score (分值, relative cost × 1000).', built.dipRows);
  process.stdout.write(`wrote ${built.schemes.length} regions, ${built.drgRows.length} DRG rows, ${built.dipRows.length} DIP rows; scale ${built.scale.toFixed(0)} yuan per weight point from ${built.referenced} reached ADRGs\n`);
}
