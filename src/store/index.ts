export type {
  CaseRecord,
  CaseStatus,
  InvalidInput,
  ReviewedClaim,
  Store,
  VerdictQuery,
  VerdictRecord,
} from './store';
export { createMemoryStore } from './memory';
export { createSqliteStore } from './sqlite';
