import type { CaseStore } from './cases/case-store';
import type { ExportStore } from './exports/export-store';
import type { FsiStore } from './fsi/fsi-store';
import type { InspectionStore } from './inspections/inspection-store';
import type { KeyStore } from './keys/key-store';
import type { PatternStore } from './patterns/pattern-store';
import type { RankingStore } from './rankings/ranking-store';
import type { ReviewStore } from './reviews/review-store';

// The type alone, apart from the factories in stores.ts: mongo-stores.ts (which stores.ts loads on first use)
// returns it without importing stores.ts back.

/** Every feature's store on one backend. */
export type Store = ReviewStore & CaseStore & RankingStore & KeyStore & ExportStore & FsiStore & PatternStore & InspectionStore;
