import type { BuildEnv } from './case';
import type { EvalClaim } from './claim-edit';
import { addDays, clone, dayOf, startOf, startOn } from './claim-edit';

// Provider-level cases: one provider population over a quarter — a subject hospital (or doctor) and its peers of
// the same pooling region and hospital level — built from clean base claims of the region. The typologies
// (provider-mutations.ts) change the subject's claims; the controls (provider-controls.ts) give it legitimate but
// uncommon care. Every claim is its own member's unless a typology makes two claims one member's.

/** The quarter every provider case covers (the base pool's service dates lie in its first weeks). */
export const PROVIDER_PERIOD = { from: '2025-01-01', to: '2025-03-31' } as const;
/** SAMPLE: peers beside the subject, and claims per provider in the quarter (small hospitals, to keep the run short). */
export const PEERS = 5;
export const VOLUME: readonly [number, number] = [25, 40];

export interface ProviderSubject {
  kind: 'institution' | 'doctor';
  hospitalId: string;
  /** The subject doctor, or null for an institution. */
  doctorId: string | null;
}

export interface ProviderCase {
  id: string;
  typology: string;
  kind: 'typology' | 'control';
  period: { from: string; to: string };
  /** All claims of the population, in service order. */
  claims: EvalClaim[];
  subject: ProviderSubject;
  /** Claims the typology changed or added at the subject ([] for controls). */
  mutated: string[];
  /** The costly item the typology puts on the bills, when it names one. */
  itemCode: string | null;
  note: string;
}

export interface Provider {
  hospitalId: string;
  /** Doctors of the population's department (doctor typologies) or one per department the claims bring. */
  doctors: string[];
  claims: EvalClaim[];
}

export interface Population {
  region: string;
  level: 1 | 2 | 3;
  /** Set when the doctors' peer group is one department (doctor typologies and controls). */
  department: string | null;
  /** providers[0] is the subject. */
  providers: Provider[];
}

export interface PopulationOptions {
  levels: Array<1 | 2 | 3>;
  visitTypes: EvalClaim['visitType'][];
  /** Which base claims of the region an ordinary provider's claims are drawn from. */
  fits?: (c: EvalClaim) => boolean;
  /** Doctor populations: one department, `doctors` doctors per hospital (its claims spread over them). */
  department?: boolean;
  doctors?: number;
  /** Regions must hold at least this many fitting bases, and pass `regionFits`. */
  minBases?: number;
  regionFits?: (region: string) => boolean;
}

/** A random first service day in the period (a stay may run past the period's end). */
export const dayInPeriod = (env: BuildEnv): string => addDays(PROVIDER_PERIOD.from, env.rng.int(0, dayOf(PROVIDER_PERIOD.to) - dayOf(PROVIDER_PERIOD.from)));

/** Places a base claim at a provider: the population's region and level, one of its doctors, a day of the period. */
export function place(env: BuildEnv, base: EvalClaim, pop: Population, p: Provider, day = dayInPeriod(env), doctor?: string): EvalClaim {
  const c = clone(base);
  const department = pop.department ?? base.provider.department ?? 'general_medicine';
  const doctorId = doctor ?? (pop.department ? env.rng.pick(p.doctors) : `${p.hospitalId}-${department}`);
  c.region = pop.region;
  c.provider = { hospitalId: p.hospitalId, level: pop.level, department, doctorId };
  return startOn(c, day);
}

/**
 * A population of the subject and PEERS peers at one level of one region, each with VOLUME claims drawn (with
 * replacement: different members, the same kind of care) from the region's fitting base claims. Hospital ids
 * are the evaluation's own (HE…), so no case shares a provider with another.
 */
export function population(env: BuildEnv, o: PopulationOptions, tag: string): Population | undefined {
  const fits = (c: EvalClaim) => o.visitTypes.includes(c.visitType) && (o.fits?.(c) ?? true);
  const byRegion = new Map<string, EvalClaim[]>();
  for (const c of env.pool.claims) if (fits(c)) (byRegion.get(c.region) ?? byRegion.set(c.region, []).get(c.region)!).push(c);
  const regions = [...byRegion.keys()].sort().filter((r) => byRegion.get(r)!.length >= (o.minBases ?? 15) && (o.regionFits?.(r) ?? true));
  if (!regions.length) return undefined;
  const region = env.rng.pick(regions);
  let bases = byRegion.get(region)!;
  let department: string | null = null;
  if (o.department) {
    // The department with the most fitting bases in the region.
    const count = new Map<string, number>();
    for (const c of bases) if (c.provider.department) count.set(c.provider.department, (count.get(c.provider.department) ?? 0) + 1);
    const top = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (!top.length || top[0][1] < 3) return undefined;
    department = env.rng.pick(top.slice(0, 2))[0];
    bases = bases.filter((c) => c.provider.department === department);
  }
  const level = env.rng.pick(o.levels);
  const pop: Population = { region, level, department, providers: [] };
  for (let k = 0; k <= PEERS; k++) {
    const hospitalId = `HE${region}${level}${tag}${k}`;
    const doctors = Array.from({ length: o.doctors ?? 2 }, (_, j) => `${hospitalId}-${department ?? 'D'}-${j + 1}`);
    const p: Provider = { hospitalId, doctors, claims: [] };
    const n = env.rng.int(VOLUME[0], VOLUME[1]);
    for (let i = 0; i < n; i++) p.claims.push(place(env, env.rng.pick(bases), pop, p));
    pop.providers.push(p);
  }
  return pop;
}

/**
 * The case: every claim a member of its own (unless it already carries the case's `EP` id of another claim's
 * member) and a claim id of its own, in service order.
 */
export function providerCase(
  pop: Population,
  o: { id: string; typology: string; kind: ProviderCase['kind']; subject: ProviderSubject; mutated: EvalClaim[]; itemCode?: string | null; note: string; tag: string },
): ProviderCase {
  const all = pop.providers.flatMap((p) => p.claims);
  let n = 0;
  for (const c of all) {
    n += 1;
    const serial = `EP${o.tag}${String(n).padStart(4, '0')}`;
    if (!c.patient.insuredId.startsWith(`EP${o.tag}`)) c.patient = { ...c.patient, insuredId: serial };
    c.claimId = `${c.region}-${c.provider.hospitalId}-${startOf(c).slice(0, 4)}-${serial}`;
  }
  const ordered = all.map((c, i) => ({ c, i })).sort((a, b) => dayOf(startOf(a.c)) - dayOf(startOf(b.c)) || a.i - b.i).map((x) => x.c);
  return {
    id: o.id,
    typology: o.typology,
    kind: o.kind,
    period: { ...PROVIDER_PERIOD },
    claims: ordered,
    subject: o.subject,
    mutated: o.mutated.map((c) => c.claimId),
    itemCode: o.itemCode ?? null,
    note: o.note,
  };
}
