import type { Hit } from '../contract/verdict';
import type { ClaimFacts, EnrichedClaim } from '../enrich/facts';

export interface ModelScore {
  /** 0–1, higher is more unusual against peers. */
  score: number;
  /** Set when the score is above the model's review threshold. */
  hit: Hit | null;
}

export interface AnomalyModel {
  version: string;
  /** Scores above this send the claim to review. */
  threshold: number;
  scoreBatch(claims: EnrichedClaim[]): Promise<ModelScore[]>;
  /** The peer group a claim is compared with (reports of alert rates per group); absent without a model. */
  peerGroupOf?(facts: ClaimFacts): string;
  /**
   * Frees its network's tensors once no batch is scoring (a reload replaced it: a batch in flight keeps the model it
   * started with); a later call builds the network again and frees it when done. Absent without a network.
   */
  dispose?(): void;
}

/**
 * Used while models/ holds no trained model: it says so in every verdict (modelVersion "none") and
 * never flags, rather than inventing a score.
 */
export const NO_MODEL: AnomalyModel = {
  version: 'none',
  threshold: Number.POSITIVE_INFINITY,
  scoreBatch: async (claims) => claims.map(() => ({ score: 0, hit: null })),
};
