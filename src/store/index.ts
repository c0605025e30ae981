export type {
  CaseRecord,
  CaseStatus,
  InvalidInput,
  ReviewedClaim,
  Store,
  VerdictQuery,
  VerdictRecord,
} from '../features/reviews/review-store';
export { createMemoryStore } from './memory';
export { createSqliteStore } from './sqlite';
