/** Data-driven DRG grouper: loadGrouper(dir) reads one scheme directory of JSON tables. */
import { groupRecord } from './group';
import { loadScheme } from './load';
import type { Grouper, GrouperOptions } from './types';

export type {
  ComplicationKind,
  ExcludedComplication,
  Grouper,
  GrouperInput,
  GrouperOptions,
  GroupingResult,
  GroupingStatus,
  PathStep,
} from './types';
export { GrouperLoadError } from './errors';

/** Synchronous: reads and compiles the JSON files of `dir` (e.g. rules/grouping/chs-drg-1.1). */
export function loadGrouper(dir: string, opts: GrouperOptions = {}): Grouper {
  const s = loadScheme(dir, opts.useCodeMaps === true);
  const drgCodes = s.mdcs.flatMap((m) => m.adrgs.flatMap((a) => a.drgs.map((d) => d.drg)));
  return {
    scheme: s.scheme,
    group: (input) => groupRecord(s, input, opts.parentCodes === true),
    diagnosisName: (code) => s.diagnosisNames.get(code),
    procedureName: (code) => s.procedureNames.get(code),
    drgName: (code) => s.drgNames.get(code),
    adrgName: (adrg) => s.adrgs.get(adrg)?.name,
    isOrProcedure: (code) => s.orProcedures.has(code),
    knowsDiagnosis: (code) => s.diagnosisNames.has(code),
    knowsProcedure: (code) => s.procedureNames.has(code),
    drgCodes: () => drgCodes.slice(),
    adrgOf: (drg) => s.drgToAdrg.get(drg)?.code,
    mdcOf: (code) => (s.drgToAdrg.get(code) ?? s.adrgs.get(code))?.mdc,
    complicationOf: (code) => {
      const mcc = s.complications.mcc.get(code);
      if (mcc !== undefined) return { kind: 'mcc', table: mcc };
      const cc = s.complications.cc.get(code);
      return cc === undefined ? undefined : { kind: 'cc', table: cc };
    },
    exclusionTableOf: (principal) => s.complications.cce.get(principal),
  };
}
