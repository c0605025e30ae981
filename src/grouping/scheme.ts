/** The in-memory form of one scheme directory after load: Sets and Maps only, ready for lookups. */
import type { CandidateIndex } from './candidates';
import type { Condition } from './conditions';
import type { ComplicationTables, SplitKind } from './split';

export interface CompiledDrg {
  drg: string;
  split: SplitKind;
}

export interface CompiledAdrg {
  code: string;
  /** MDC code such as "MDCB". */
  mdc: string;
  name: string;
  condition: Condition;
  drgs: readonly CompiledDrg[];
  /** Which complication kinds any split of this ADRG looks at. */
  splitsOn: { mcc: boolean; cc: boolean };
}

export interface AmbiguousGroup {
  code: string;
  position: number;
  active: boolean;
}

export interface CompiledMdc {
  code: string;
  entry: Condition;
  adrgs: readonly CompiledAdrg[];
  /** Candidate index over `adrgs` conditions. */
  adrgIndex: CandidateIndex;
  ambiguous: AmbiguousGroup;
}

export interface CodeMaps {
  diagnosis: ReadonlyMap<string, string>;
  procedure: ReadonlyMap<string, string>;
}

export interface CompiledScheme {
  scheme: string;
  /** In evaluation order. */
  mdcs: readonly CompiledMdc[];
  /** Candidate index over the MDC entry conditions. */
  mdcIndex: CandidateIndex;
  adrgs: ReadonlyMap<string, CompiledAdrg>;
  /** DRG code -> its ADRG. */
  drgToAdrg: ReadonlyMap<string, CompiledAdrg>;
  drgNames: ReadonlyMap<string, string>;
  diagnosisNames: ReadonlyMap<string, string>;
  procedureNames: ReadonlyMap<string, string>;
  orProcedures: ReadonlySet<string>;
  complications: ComplicationTables;
  /** Present only when code maps were asked for. */
  codeMaps: CodeMaps | null;
}
