import { join, resolve } from 'node:path';
import { loadGrouper } from '../grouping';
import { loadNorms } from '../grouping/norms';
import type { Norms } from '../grouping/norms';
import { daysExplainedByOthers, listedForOthers } from '../grouping/complication-support';
import { knowledgeExplains } from '../enrich/grouping-facts';
import { loadKnowledge } from '../enrich/knowledge';
import type { SerialTests } from '../enrich/serial-tests';
import type { Grouper } from '../grouping';
import type { Catalogue } from './catalogue';
import { loadCatalogue } from './catalogue';
import { loadGeneratorPolicies, type Policies } from './policy';
import type { ResolvedInpatient, ResolvedVisit } from './draft';
import { buildHospitals } from './population';
import type { Hospital } from './population';
import { resolveScenarios, type SupportPicker } from './stays';

// Everything the generator reads from rules/, loaded once per rules directory.

export interface GenEnv {
  cat: Catalogue;
  policies: Policies;
  grouper: Grouper;
  hospitals: Map<string, Hospital[]>;
  inpatient: ResolvedInpatient[];
  visits: ResolvedVisit[];
  group(gender: 'M' | 'F', age: number, diagnoses: string[], procedures: string[]): string;
  heavierDrgs(drg: string): string[];
  /** The items that evidence a complication (rules/grouping/norms), judged as the review judges them, so clean stays carry their work-up. */
  complicationSupport: SupportPicker;
  /** Payment norms: which regions settle by DIP, DRG weights and DIP scores (rules/grouping/norms). */
  norms: Norms;
  /** Tests a condition repeats the same day (rules/knowledge/serial-tests.json): no duplicate to inject. */
  serialTests: SerialTests;
}

const envs = new Map<string, GenEnv>();

export function loadEnv(rulesDir: string): GenEnv {
  const key = resolve(rulesDir);
  const cached = envs.get(key);
  if (cached) return cached;
  const cat = loadCatalogue(rulesDir);
  const grouper = loadGrouper(join(rulesDir, 'grouping', 'chs-drg-1.1'), { parentCodes: true });
  const { inpatient, visits } = resolveScenarios(cat);
  const groups = new Map<string, string>();
  const group = (gender: 'M' | 'F', age: number, diagnoses: string[], procedures: string[]) => {
    // Only newborn rules look at age, and generated patients are at least one year old.
    const k = `${gender}|${age === 0 ? 0 : 1}|${diagnoses.join(',')}|${procedures.join(',')}`;
    let drg = groups.get(k);
    if (drg === undefined) {
      drg = grouper.group({ gender, ageYears: age, diagnoses, procedures }).drg;
      if (groups.size < 200_000) groups.set(k, drg);
    }
    return drg;
  };
  const all = grouper.drgCodes();
  const heavier = new Map<string, string[]>();
  const heavierDrgs = (drg: string): string[] => {
    let h = heavier.get(drg);
    if (!h) {
      const adrg = drg.slice(0, 3);
      const withMcc = `${adrg}1`;
      if ((drg.endsWith('3') || drg.endsWith('5')) && all.includes(withMcc)) h = [withMcc];
      else {
        // A surgical or procedure ADRG of the same MDC (CHS-DRG letters A–Q before the medical R–Z), at its heaviest split.
        h = all.filter((c) => c[0] === drg[0] && c[1] < drg[1] && c.slice(0, 3) !== adrg && (c.endsWith('1') || c.endsWith('9')));
        if (h.length === 0) h = all.filter((c) => c[0] === drg[0] && c.slice(0, 3) !== adrg && c.endsWith('1'));
      }
      heavier.set(drg, h);
    }
    return h;
  };
  // Every curated scenario must group: a bad code in scenarios.ts fails here, not in a review.
  for (const sc of inpatient) {
    for (const p of sc.s.principal) {
      const drg = group(sc.s.gender ?? 'F', Math.max(sc.s.ages[0], 18), [p], sc.s.procedures);
      if (drg === '0000') throw new Error(`scenario ${sc.s.id}: ${p} with [${sc.s.procedures.join(',')}] does not group`);
    }
  }
  const norms = loadNorms(join(rulesDir, 'grouping', 'norms'));
  const knowledge = loadKnowledge(join(rulesDir, 'knowledge'));
  const rowOf = (code: string) => norms.complicationSupport(code);
  const complicationSupport: SupportPicker = {
    row: rowOf,
    explained: (row, others, l) => listedForOthers(row, others, rowOf, l) || knowledgeExplains(knowledge, others, l),
    explainedDays: (others, code) => daysExplainedByOthers(others, rowOf, code),
    consistency: knowledge.consistency,
  };
  const env: GenEnv = { cat, policies: loadGeneratorPolicies(rulesDir), grouper, hospitals: buildHospitals(), inpatient, visits, group, heavierDrgs, complicationSupport, norms, serialTests: knowledge.serialTests ?? new Map() };
  envs.set(key, env);
  return env;
}
