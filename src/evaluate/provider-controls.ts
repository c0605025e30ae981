import type { BuildEnv } from './case';
import { ageOn, hasDiagnosis } from './case';
import type { EvalClaim } from './claim-edit';
import { addDays, addLine, copyLine, edit, nightsOf, principalOf, startOf } from './claim-edit';
import { place, population, type Population } from './provider-case';
import type { ProviderBuilder } from './provider-mutations';
import { underAny } from '../contract/code-prefix';

// Legitimate providers that look unusual (typologies.json providerControls), each realised from its description
// on a population of clean base claims: a finding naming the subject is a false finding.

const inpatients = (env: BuildEnv, fits: (c: EvalClaim) => boolean) => env.pool.claims.filter((c) => c.visitType === 'inpatient' && fits(c));
const subjectOf = (pop: Population) => ({ kind: 'institution' as const, hospitalId: pop.providers[0].hospitalId, doctorId: null });

/** Replaces `share` of the subject's claims (all when 1) with stays drawn from `bases`, on the same days. */
function recast(env: BuildEnv, pop: Population, bases: readonly EvalClaim[], share: number, change: (c: EvalClaim) => void = () => {}): EvalClaim[] {
  const subject = pop.providers[0];
  const out: EvalClaim[] = [];
  subject.claims = subject.claims.map((old) => {
    if (share < 1 && !env.rng.chance(share)) return old;
    const c = place(env, env.rng.pick(bases), pop, subject, startOf(old));
    change(c);
    out.push(c);
    return c;
  });
  return out;
}

export const PROVIDER_CONTROL_BUILDERS: Record<string, ProviderBuilder> = {
  'cardiology-centre-pci': (env, tag) => {
    const pci = inpatients(env, (c) => (c.procedures ?? []).some((p) => underAny(p.code, ['36.06', '00.66'])));
    const cardiac = inpatients(env, (c) => c.provider.department === 'cardiology');
    const pop = population(env, { levels: [3], visitTypes: ['inpatient'] }, tag);
    if (!pop || !pci.length || !cardiac.length) return undefined;
    const share = 0.6 + env.rng.next() * 0.2;
    const subject = pop.providers[0];
    // Every stay a cardiac one; most of them coronary interventions.
    recast(env, pop, cardiac, 1);
    const changed = recast(env, pop, pci, share);
    return { pop, subject: subjectOf(pop), mutated: [], note: `${subject.hospitalId} (level 3, ${pop.region}): a cardiology centre, ${changed.length} of ${subject.claims.length} stays coronary interventions` };
  },

  'geriatric-hospital': (env, tag) => {
    const old = inpatients(env, (c) => ageOn(c) >= 70 && !hasDiagnosis(c, ['O', 'P']));
    const pop = population(env, { levels: [2], visitTypes: ['inpatient'] }, tag);
    if (!pop || !old.length) return undefined;
    recast(env, pop, old, 1);
    return { pop, subject: subjectOf(pop), mutated: [], note: `${pop.providers[0].hospitalId} (level 2, ${pop.region}): a geriatric hospital, every inpatient 70 or older` };
  },

  'tertiary-mcc-referral': (env, tag) => {
    const severe = inpatients(env, (c) => /[13]$/.test(c.reportedGroup?.drg ?? ''));
    const pop = population(env, { levels: [3], visitTypes: ['inpatient'] }, tag);
    if (!pop || !severe.length) return undefined;
    const share = 0.5 + env.rng.next() * 0.2;
    const changed = recast(env, pop, severe, share);
    return { pop, subject: subjectOf(pop), mutated: [], note: `${pop.providers[0].hospitalId} (level 3, ${pop.region}): ${changed.length} of ${pop.providers[0].claims.length} stays grouped with MCC or CC` };
  },

  'small-doctor': (env, tag) => {
    const pop = population(env, { levels: [2, 3], visitTypes: ['outpatient'], department: true, doctors: 2 }, tag);
    if (!pop) return undefined;
    const subject = pop.providers[0];
    const bases = env.pool.claims.filter((c) => c.visitType === 'outpatient' && c.region === pop.region && c.provider.department === pop.department);
    const row = env.row(env.rng.pick(['胸部CT平扫', '腹部CT平扫', '头颅MRI平扫', '腰椎MRI平扫', '心脏彩色多普勒超声', '胃镜检查']));
    const doctorId = `${subject.hospitalId}-${pop.department}-S`;
    const n = env.rng.int(1, 6);
    for (let i = 0; i < n; i++) {
      const c = place(env, env.rng.pick(bases), pop, subject, undefined, doctorId);
      if (!c.items.some((x) => x.code === row.code)) edit(c, env.rows, (x) => addLine(x, row, startOf(x), 1));
      subject.claims.push(c);
    }
    return { pop, subject: { kind: 'doctor', hospitalId: subject.hospitalId, doctorId }, mutated: [], note: `${doctorId}: ${n} visits in the quarter, ${row.name} on each` };
  },

  'rehabilitation-long-stays': (env, tag) => {
    const rehab = inpatients(env, (c) => (c.procedures ?? []).length === 0 && /^(I63|I69|M51|M54|M47|S32|S72|S82|G45)/.test(principalOf(c)) && nightsOf(c) >= 2);
    const pop = population(env, { levels: [2], visitTypes: ['inpatient'] }, tag);
    if (!pop || !rehab.length) return undefined;
    const exercise = env.row('运动疗法');
    const acupuncture = env.row('针灸');
    recast(env, pop, rehab, 1, (c) => {
      c.provider.department = 'rehabilitation';
      c.provider.doctorId = `${c.provider.hospitalId}-rehabilitation`;
      const nights = env.rng.int(21, 42);
      const lastNight = addDays(c.dischargeDate!, -1);
      const daily = c.items.filter((i) => i.date === lastNight && ['bed', 'nursing'].includes(env.subcategory(i.code) ?? ''));
      edit(c, env.rows, (x) => {
        const from = nightsOf(x);
        for (let d = from; d < nights; d++) for (const i of daily) copyLine(x, i, addDays(x.admissionDate!, d));
        for (let d = 1; d < nights; d++) {
          addLine(x, exercise, addDays(x.admissionDate!, d), 1);
          addLine(x, acupuncture, addDays(x.admissionDate!, d), 1);
        }
        x.dischargeDate = addDays(x.admissionDate!, nights);
      });
    });
    return { pop, subject: subjectOf(pop), mutated: [], note: `${pop.providers[0].hospitalId} (level 2, ${pop.region}): a rehabilitation hospital, stays of 21–42 nights with daily exercise therapy and acupuncture` };
  },
};
