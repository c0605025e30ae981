import { policyOn, type Policies, type ProvincePolicy } from './policy';
import { ageYears, toDay, toIso } from './dates';
import type { Rng } from './random';

// Regions, hospitals, doctors and members. Members are drawn one at a time and never stored,
// so a million-claim file needs no member table in memory.

export interface Region {
  code: string;
  name: string;
  province: string;
  weight: number;
}

// The regions of rules/grouping/norms/payment-schemes.json: most settle stays by DRG, 辽源, 鸡西, 淄博 and 德阳 by DIP.
export const REGIONS: Region[] = [
  { code: '220100', name: '长春', province: '22', weight: 4 },
  { code: '220200', name: '吉林市', province: '22', weight: 2 },
  { code: '220300', name: '四平', province: '22', weight: 1 },
  { code: '220400', name: '辽源', province: '22', weight: 1 },
  { code: '230100', name: '哈尔滨', province: '23', weight: 4 },
  { code: '230200', name: '齐齐哈尔', province: '23', weight: 2 },
  { code: '230300', name: '鸡西', province: '23', weight: 1 },
  { code: '230600', name: '大庆', province: '23', weight: 1 },
  { code: '370100', name: '济南', province: '37', weight: 4 },
  { code: '370200', name: '青岛', province: '37', weight: 4 },
  { code: '370300', name: '淄博', province: '37', weight: 2 },
  { code: '370700', name: '潍坊', province: '37', weight: 2 },
  { code: '510100', name: '成都', province: '51', weight: 6 },
  { code: '510600', name: '德阳', province: '51', weight: 2 },
  { code: '510700', name: '绵阳', province: '51', weight: 2 },
  { code: '511300', name: '南充', province: '51', weight: 2 },
];

export interface Hospital {
  id: string;
  region: string;
  level: 1 | 2 | 3;
  pharmacy: boolean;
  /** First doctor number and how many doctors the hospital has. */
  doctorStart: number;
  doctorCount: number;
  /** Hospital-specific share of the catalogue price cap it charges for services (≤ 1). */
  priceFactor: number;
}

// Hospitals per region by level; pharmacies (定点药店) carry level 1.
const PER_REGION: Array<[1 | 2 | 3, number, number]> = [
  [3, 2, 60],
  [2, 3, 25],
  [1, 5, 6],
];

export function buildHospitals(): Map<string, Hospital[]> {
  const byRegion = new Map<string, Hospital[]>();
  let doctor = 1;
  for (const r of REGIONS) {
    const list: Hospital[] = [];
    let seq = 1;
    for (const [level, n, doctors] of PER_REGION) {
      for (let i = 0; i < n; i++) {
        list.push({
          id: `H${r.code}${String(seq++).padStart(2, '0')}`,
          region: r.code,
          level,
          pharmacy: false,
          doctorStart: doctor,
          doctorCount: doctors,
          priceFactor: [1, 0.95, 0.9][(seq + level) % 3],
        });
        doctor += doctors;
      }
    }
    for (let i = 1; i <= 3; i++) {
      list.push({ id: `Y${r.code}${String(i).padStart(2, '0')}`, region: r.code, level: 1, pharmacy: true, doctorStart: doctor, doctorCount: 2, priceFactor: 1 });
      doctor += 2;
    }
    byRegion.set(r.code, list);
  }
  return byRegion;
}

/**
 * The department's doctor; a visit billing a senior consultation fee (`senior`) is seen by the department's senior
 * colleague (id suffixed S): the fee follows the doctor's grade (《全国医疗服务价格项目规范》 门诊诊察费), so one doctor id
 * never bills two grades (history.doctor-grade-fees).
 */
export function doctorFor(h: Hospital, department: string, senior = false): string {
  let hash = 0;
  for (let i = 0; i < department.length; i++) hash = (hash * 31 + department.charCodeAt(i)) >>> 0;
  return `D${String(h.doctorStart + (hash % h.doctorCount)).padStart(4, '0')}${senior ? 'S' : ''}`;
}

export type Special = null | 'newborn' | 'student_transfer' | 'veteran' | 'scheme_switch';

export interface Enrollment {
  enrolledOn: string;
  inConcentratedPeriod: boolean;
  continuousYears: number;
  lapsedYears: number;
  backPaidYears: number;
  zeroClaimLastYear: boolean;
  contributionYears: number;
  special: Special;
}

export interface Member {
  insuredId: string;
  region: Region;
  scheme: 'employee' | 'resident';
  gender: 'M' | 'F';
  birthDate: string;
  retired: boolean;
  enrollment: Enrollment;
}

/** Waiting period in days per the policy table (Jilin rule of seeds/004, a documented reading). */
export function waitingDays(e: Pick<Enrollment, 'inConcentratedPeriod' | 'lapsedYears' | 'backPaidYears' | 'special'>, p: ProvincePolicy['waitingPeriod']): number {
  // No provision in force on the date: no waiting period.
  if (!p || e.special) return 0;
  if (e.inConcentratedPeriod && e.lapsedYears === 0) return 0;
  const counted = p.countFirstLapsedYear ? e.lapsedYears : Math.max(0, e.lapsedYears - 1);
  const variable = Math.max(0, counted - e.backPaidYears) * p.perExtraLapsedYearDays;
  let total = p.fixedDays + variable;
  // 连续断缴4年以上: 以上 includes the number itself.
  if (e.lapsedYears >= p.longLapseYears) total = Math.max(total, p.minTotalDaysAfterLongLapse);
  return total;
}

export function drawMember(rng: Rng, seq: number, startIso: string, policies: Policies): Member {
  const region = rng.weighted(REGIONS, (r) => r.weight);
  const policy = policyOn(policies, region.code, startIso);
  const retirement = policy.retirement;
  if (!retirement) throw new Error(`no retirement ages in force for ${region.code} on ${startIso}`);
  const gender: 'M' | 'F' = rng.chance(0.49) ? 'M' : 'F';
  // Age mix of people who claim: skewed old, some children.
  const band = rng.weighted(
    [[1, 14, 10], [15, 34, 14], [35, 54, 24], [55, 69, 28], [70, 92, 24]] as const,
    (b) => b[2],
  );
  const age = rng.int(band[0], band[1]);
  const startDay = toDay(startIso);
  const birthDay = startDay - age * 365 - rng.int(30, 330);
  const birthDate = toIso(birthDay);
  const realAge = ageYears(birthDate, startIso);
  const retireAge = gender === 'M' ? retirement.ageMale : retirement.ageFemale;
  const minYears = gender === 'M' ? retirement.minContributionYearsMale : retirement.minContributionYearsFemale;
  const scheme = realAge >= 20 && realAge < 80 && rng.chance(realAge < retireAge ? 0.62 : 0.5) ? 'employee' : 'resident';
  const retired = scheme === 'employee' && realAge >= retireAge;
  const workYears = Math.max(0, Math.min(realAge, retireAge) - 20);
  const contributionYears =
    scheme === 'employee'
      ? retired
        ? rng.int(minYears, Math.max(minYears, workYears + 2))
        : rng.int(Math.min(1, workYears), Math.max(1, workYears))
      : rng.int(0, Math.min(realAge, 18));

  const yearStart = `${startIso.slice(0, 4)}-01-01`;
  const kind = rng.next();
  let e: Enrollment;
  const base = { zeroClaimLastYear: rng.chance(0.3), contributionYears, special: null as Special, backPaidYears: 0, lapsedYears: 0 };
  if (kind < 0.86) {
    e = { ...base, enrolledOn: yearStart, inConcentratedPeriod: true, continuousYears: rng.int(1, Math.max(1, Math.min(realAge, 20))) };
  } else if (kind < 0.96) {
    // Lapsed or newly enrolled outside the concentrated period; enrolled long enough before the period that
    // the waiting period is over (waiting_period injection breaks that on purpose).
    const lapsedYears = rng.chance(0.3) ? 0 : rng.int(1, 6);
    const backPaidYears = lapsedYears > 0 && rng.chance(0.4) ? rng.int(1, lapsedYears) : 0;
    const partial = { ...base, inConcentratedPeriod: false, continuousYears: 0, lapsedYears, backPaidYears };
    const wait = waitingDays(partial, policy.waitingPeriod);
    e = { ...partial, enrolledOn: toIso(Math.max(birthDay + 1, startDay - wait - rng.int(5, 200))) };
  } else {
    const special: Special = realAge <= 2 ? 'newborn' : rng.pick(['student_transfer', 'veteran', 'scheme_switch'] as const);
    e = {
      ...base,
      special,
      inConcentratedPeriod: false,
      continuousYears: special === 'scheme_switch' ? rng.int(2, 8) : 0,
      enrolledOn: special === 'newborn' ? toIso(birthDay + rng.int(3, 80)) : toIso(startDay - rng.int(10, 120)),
    };
  }
  return {
    insuredId: `P${String(seq).padStart(7, '0')}`,
    region,
    scheme,
    gender,
    birthDate,
    retired,
    enrollment: e,
  };
}
