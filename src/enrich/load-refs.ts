import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHistoryKnowledge, type HistoryKnowledge } from '../benefits/history-knowledge';
import { loadPolicies, type Policies } from '../benefits/policy';
import { regimenIntervals } from '../benefits/regimens';
import { loadGrouper, type Grouper } from '../grouping';
import { loadNorms, type Norms } from '../grouping/norms';
import { loadCatalogue, type Catalogue } from './catalogue';
import { checkDialysisSessions } from './dialysis-sessions';
import { loadKnowledge, type Knowledge } from './knowledge';

/** Reference data the enrich stage joins against; part of one rule-set snapshot, shared by every claim. */
export interface EnrichRefs {
  grouper: Grouper | null;
  catalogue: Catalogue;
  policies: Policies | null;
  /** DRG weights and norms, DIP scores, payment scheme per region (rules/grouping/norms/); absent = no DRG/DIP checks. */
  norms?: Norms | null;
  /** Clinical knowledge tables (rules/knowledge/): test indications, item consistency, drug indications, test norms. */
  knowledge?: Knowledge | null;
  /** Limits and billing-frequency table of the cross-claim checks (rules/history/); absent = the defaults, no frequency rows. */
  history?: HistoryKnowledge;
}

/** Where, under rules/, each table lives: data directories, so another scheme version is a config change. */
export const GROUPING_SUBDIR = join('grouping', 'chs-drg-1.1');
export const CATALOGUE_SUBDIR = 'catalogue';
export const NORMS_SUBDIR = join('grouping', 'norms');
export const KNOWLEDGE_SUBDIR = 'knowledge';

function dirHash(dir: string): string {
  const h = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    h.update(name);
    h.update(readFileSync(join(dir, name)));
  }
  return h.digest('hex');
}

/**
 * Loads the reference tables under rulesDir. The grouper (5 MB of tables) is reused from `previous`
 * when its files are unchanged, so editing a rule file reloads in milliseconds.
 */
export function loadEnrichRefs(
  rulesDir: string,
  previous?: { refs: EnrichRefs; groupingHash: string | null },
): { refs: EnrichRefs; groupingHash: string | null } {
  const groupingDir = join(rulesDir, GROUPING_SUBDIR);
  let grouper: Grouper | null = null;
  let groupingHash: string | null = null;
  if (existsSync(groupingDir)) {
    groupingHash = dirHash(groupingDir);
    grouper = previous && previous.groupingHash === groupingHash ? previous.refs.grouper : loadGrouper(groupingDir, { parentCodes: true });
  }
  const catalogue = loadCatalogue(join(rulesDir, CATALOGUE_SUBDIR));
  const normsDir = join(rulesDir, NORMS_SUBDIR);
  const norms = existsSync(normsDir) ? loadNorms(normsDir) : null;
  const knowledge = loadKnowledge(join(rulesDir, KNOWLEDGE_SUBDIR));
  // The drug schedules and the dialysis sessions are knowledge tables; the member ledger keeps and judges their doses
  // and sessions across claims too. A regimen's cycle (XELOX's oxaliplatin every 21 days) is kept with the regimen
  // (regimens.json) and joined here into its drug's schedule.
  const loaded = loadHistoryKnowledge(rulesDir);
  const intervals = regimenIntervals(loaded.regimens);
  // An interval with no schedule to lengthen would judge nothing: refused, so a missing drug-schedules.json row fails loudly.
  for (const code of intervals.keys()) {
    if (knowledge.schedules.get(code)?.minIntervalDays === undefined) throw new Error(`history/regimens.json: minIntervalDays for ${code}, which has no knowledge/drug-schedules.json row with minIntervalDays`);
  }
  const schedules = new Map([...knowledge.schedules].map(([code, row]) => [code, intervals.has(code) ? { ...row, byRegimen: intervals.get(code) } : row]));
  // A stay keeps the examinations a later claim's restriction may read as its evidence (catalogue indicationEvidence record).
  const stayLedgerCodes = new Set([...(loaded.stayLedgerCodes ?? []), ...catalogue.recordEvidenceCodes]);
  const history = { ...loaded, schedules, stayLedgerCodes, dialysisSessions: knowledge.dialysisSessions,
    operationClasses: knowledge.operationClasses ?? undefined, specimenExcisions: knowledge.procedureBilling?.specimens ?? undefined };
  checkDialysisSessions(history.limits, knowledge.schedules.values(), knowledge.dialysisSessions);
  return { refs: { grouper, catalogue, policies: loadPolicies(rulesDir), norms, knowledge, history }, groupingHash };
}
