import type { BuildEnv } from './case';
import { ageOn, hasDiagnosis } from './case';
import type { EvalClaim } from './claim-edit';
import { addDays, addLine, clone, edit, keepLines, nightsOf, principalOf, startOf, startOn } from './claim-edit';
import { place, population, PROVIDER_PERIOD, type Population, type ProviderSubject } from './provider-case';

// Each provider typology of typologies.json (providerTypologies) realised from its description alone, as
// mutations of the subject's claims in a population of clean base claims (provider-case.ts). Written without
// reading the pattern code's thresholds: shares, sizes and windows are the descriptions'.

/** What a provider builder returns: the population (providers[0] the subject) and what it changed. */
export interface ProviderBuilt {
  pop: Population;
  subject: ProviderSubject;
  mutated: EvalClaim[];
  itemCode?: string;
  note: string;
}

export type ProviderBuilder = (env: BuildEnv, tag: string) => ProviderBuilt | undefined;

const BEDLIKE = ['bed', 'nursing', 'consult'];
const noProcedures = (c: EvalClaim) => (c.procedures ?? []).length === 0;
const medicalStay = (c: EvalClaim) => c.visitType === 'inpatient' && noProcedures(c) && nightsOf(c) >= 2;
const institution = (pop: Population): ProviderSubject => ({ kind: 'institution', hospitalId: pop.providers[0].hospitalId, doctorId: null });
/** Birth date making the member `age` on the claim's first day. */
const bornFor = (c: EvalClaim, age: number, env: BuildEnv) => addDays(startOf(c), -Math.round(age * 365.25) - env.rng.int(10, 300));

/** Cuts a stay to `nights` nights: lines and procedures after the new discharge date go (and bed/nursing on it). */
function cutStay(env: BuildEnv, c: EvalClaim, nights: number): void {
  const discharge = addDays(c.admissionDate!, nights);
  edit(c, env.rows, (x) => keepLines(x, (i) => i.date < discharge || (i.date === discharge && !['bed', 'nursing'].includes(env.subcategory(i.code) ?? ''))));
  c.dischargeDate = discharge;
  c.procedures = (c.procedures ?? []).filter((p) => !p.date || p.date <= discharge);
}

/** Picks `share` of the list (at least one), in random order. */
function someOf<T>(env: BuildEnv, xs: readonly T[], share: number): T[] {
  const shuffled = xs.map((x) => ({ x, r: env.rng.next() })).sort((a, b) => a.r - b.r).map((y) => y.x);
  return shuffled.slice(0, Math.max(1, Math.round(xs.length * share)));
}

/**
 * Of the named items, one the other doctors of the department and level do not use routinely, as the doctor
 * typologies' descriptions say: the one on the fewest of their claims (ties drawn at random). Undefined when even
 * that one is on most of their claims (there it is the department's routine: a laparoscopic trocar among general
 * surgeons who operate laparoscopically, which a subject adding it to a few more stays does not turn into abuse).
 */
export function unroutineItem<R extends { code: string }>(env: Pick<BuildEnv, 'rng'>, peers: readonly EvalClaim[], rows: readonly R[]): R | undefined {
  const on = rows.map((r) => peers.filter((c) => c.items.some((i) => i.code === r.code)).length);
  const least = Math.min(...on);
  if (!peers.length || 2 * least >= peers.length) return undefined;
  return env.rng.pick(rows.filter((_, k) => on[k] === least));
}

/** A doctor population (one department) where the subject doctor adds a costly item his peers do not use routinely to `share` of his claims. */
function doctorCostly(env: BuildEnv, tag: string, visitTypes: EvalClaim['visitType'][], fits: (c: EvalClaim) => boolean, names: string[]): ProviderBuilt | undefined {
  const pop = population(env, { levels: [2, 3], visitTypes, fits, department: true, doctors: 2 }, tag);
  if (!pop) return undefined;
  const subject = pop.providers[0];
  const doctorId = subject.doctors[0];
  const peers = pop.providers.flatMap((p) => p.claims).filter((c) => c.provider.doctorId !== doctorId);
  const row = unroutineItem(env, peers, names.map((n) => env.row(n)));
  if (!row) return undefined;
  const his = subject.claims.filter((c) => c.provider.doctorId === doctorId);
  if (his.length < 5) return undefined;
  const share = 0.6 + env.rng.next() * 0.3;
  const mutated = someOf(env, his, share).filter((c) => !c.items.some((i) => i.code === row.code));
  for (const c of mutated) edit(c, env.rows, (x) => addLine(x, row, x.visitType === 'inpatient' ? addDays(x.admissionDate!, Math.min(1, nightsOf(x))) : startOf(x), 1));
  return {
    pop,
    subject: { kind: 'doctor', hospitalId: subject.hospitalId, doctorId },
    mutated,
    itemCode: row.code,
    note: `${doctorId} (${pop.department}, level ${pop.level}, ${pop.region}) puts ${row.name} on ${mutated.length} of his ${his.length} claims (${Math.round(share * 100)}% drawn)`,
  };
}

export const PROVIDER_TYPOLOGY_BUILDERS: Record<string, ProviderBuilder> = {
  'induced-admission-cluster': (env, tag) => {
    const pop = population(env, { levels: [1, 2], visitTypes: ['inpatient'] }, tag);
    if (!pop) return undefined;
    const vague = ['R42.x00x001', 'I10.x00x002', 'M54.500'];
    const bases = env.pool.claims.filter((c) => c.region === pop.region && medicalStay(c) && ageOn(c) >= 18 && !hasDiagnosis(c, ['O', 'P', 'C']));
    if (bases.length < 3) return undefined;
    const k = env.rng.int(8, 15);
    const window = env.rng.int(3, 7);
    const first = addDays(PROVIDER_PERIOD.from, env.rng.int(5, 80));
    const subject = pop.providers[0];
    const mutated: EvalClaim[] = [];
    for (let i = 0; i < k; i++) {
      const c = place(env, env.rng.pick(bases), pop, subject, addDays(first, env.rng.int(0, window - 1)));
      c.patient = { ...c.patient, birthDate: bornFor(c, env.rng.int(60, 85), env) };
      c.diagnoses = [{ code: env.rng.pick(vague), principal: true }];
      // The base's reported group was for its own diagnosis; the hospital's grouper would report the new one's.
      c.reportedGroup = null;
      if (nightsOf(c) > 10) cutStay(env, c, env.rng.int(5, 10));
      // Check-up style: bed, nursing, rounds, tests and examinations, oral drugs; nothing an acute illness needs.
      edit(c, env.rows, (x) => keepLines(x, (i) => BEDLIKE.includes(env.subcategory(i.code) ?? '') || ['lab', 'exam'].includes(env.subcategory(i.code) ?? '') || (i.category === 'drug' && !i.name.includes('注射'))));
      subject.claims.push(c);
      mutated.push(c);
    }
    return { pop, subject: institution(pop), mutated, note: `${subject.hospitalId} (level ${pop.level}, ${pop.region}) admits ${k} members aged 60–85 with vague diagnoses within ${window} days from ${first}` };
  },

  'doctor-costly-exam': (env, tag) =>
    doctorCostly(env, tag, ['outpatient'], () => true, ['胸部CT平扫', '腹部CT平扫', '头颅MRI平扫', '腰椎MRI平扫', '心脏彩色多普勒超声', '胃镜检查']),

  'doctor-costly-consumable': (env, tag) =>
    doctorCostly(env, tag, ['inpatient'], (c) => (c.procedures ?? []).length > 0, ['一次性使用吻合器', '一次性腹腔镜穿刺器', '疝修补补片']),

  'hospital-upcoding': (env, tag) => {
    const upcodable = (c: EvalClaim) => {
      const drg = c.reportedGroup?.drg;
      return !!drg && /[35]$/.test(drg) && env.drgs.has(`${c.region}:${drg.slice(0, 3)}1`);
    };
    const pop = population(env, { levels: [2, 3], visitTypes: ['inpatient'] }, tag);
    if (!pop) return undefined;
    const subject = pop.providers[0];
    const share = 0.3 + env.rng.next() * 0.3;
    const candidates = subject.claims.filter(upcodable);
    const mutated = someOf(env, candidates, (share * subject.claims.length) / Math.max(1, candidates.length)).slice(0, candidates.length);
    if (!mutated.length) return undefined;
    for (const c of mutated) c.reportedGroup = { drg: `${c.reportedGroup!.drg!.slice(0, 3)}1`, dip: null };
    return { pop, subject: institution(pop), mutated, note: `${subject.hospitalId} (level ${pop.level}, ${pop.region}) reports the MCC group on ${mutated.length} of its ${subject.claims.length} stays` };
  },

  'hospital-low-standard-admissions': (env, tag) => {
    const minor = /^(J06|J20|A09|K52|H81|R42|I10)/;
    const fitsMinor = (c: EvalClaim) => medicalStay(c) && minor.test(principalOf(c));
    const pop = population(env, { levels: [1, 2], visitTypes: ['inpatient'], regionFits: (r) => env.pool.claims.some((c) => c.region === r && fitsMinor(c)) }, tag);
    if (!pop) return undefined;
    const bases = env.pool.claims.filter((c) => c.region === pop.region && fitsMinor(c));
    const subject = pop.providers[0];
    const share = 0.3 + env.rng.next() * 0.2;
    const replaced = someOf(env, subject.claims, share);
    const mutated: EvalClaim[] = [];
    for (const old of replaced) {
      const c = place(env, env.rng.pick(bases), pop, subject, startOf(old));
      cutStay(env, c, Math.min(nightsOf(c), env.rng.int(2, 4)));
      edit(c, env.rows, (x) => keepLines(x, (i) => BEDLIKE.includes(env.subcategory(i.code) ?? '') || (i.category === 'drug' && !i.name.includes('注射')) || i.name.startsWith('血常规')));
      subject.claims[subject.claims.indexOf(old)] = c;
      mutated.push(c);
    }
    return { pop, subject: institution(pop), mutated, note: `${subject.hospitalId} (level ${pop.level}, ${pop.region}): ${mutated.length} of ${subject.claims.length} stays are minor conditions kept 2–4 nights on bed and oral drugs` };
  },

  'hospital-split-readmissions': (env, tag) => {
    const pop = population(env, { levels: [2, 3], visitTypes: ['inpatient'] }, tag);
    if (!pop) return undefined;
    const subject = pop.providers[0];
    const share = 0.2 + env.rng.next() * 0.2;
    const splittable = subject.claims.filter((c) => medicalStay(c) && nightsOf(c) >= 3);
    const firsts = someOf(env, splittable, (share * subject.claims.length) / Math.max(1, splittable.length)).slice(0, splittable.length);
    if (!firsts.length) return undefined;
    const mutated: EvalClaim[] = [];
    firsts.forEach((first, k) => {
      // One member: the pair shares an id of the case's own (provider-case.ts keeps it).
      first.patient = { ...first.patient, insuredId: `EP${tag}R${k}` };
      const second = clone(first);
      startOn(second, addDays(first.dischargeDate!, env.rng.int(1, 10)));
      cutStay(env, second, Math.max(2, Math.min(nightsOf(first), env.rng.int(2, 5))));
      subject.claims.push(second);
      mutated.push(first, second);
    });
    return { pop, subject: institution(pop), mutated, note: `${subject.hospitalId} (level ${pop.level}, ${pop.region}) readmits ${firsts.length} of its stays 1–10 days after discharge for the same diagnosis` };
  },
};
