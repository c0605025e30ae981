import catalogue from './typologies.json';

// The typology catalogue (typologies.json) as typed data.

export type EvidenceKind = 'lines' | 'pair' | 'claim';

export interface Typology {
  id: string;
  name: string;
  category: string;
  description: string;
  /** lines: a rule hit must name a mutated line; pair: or name the other claim; claim: a rule hit of `families` (any non-anomaly family when absent). */
  evidence: EvidenceKind;
  families?: string[];
  /**
   * The order the case's claims arrive in: by service start (absent), or as they settle (`settlement`: a visit on its
   * day, a stay at discharge), so a visit inside a stay arrives before the stay.
   */
  order?: 'settlement';
  source: { ref: string[]; confirmed: boolean; note?: string };
}

export interface ControlKind {
  id: string;
  name: string;
  description: string;
  /** A reference row (the unchanged base), left out of the controls' overall rate. */
  reference?: boolean;
}

export const TYPOLOGIES: readonly Typology[] = catalogue.typologies as Typology[];
export const CONTROLS: readonly ControlKind[] = catalogue.controls;
export const SOURCES = catalogue.sources as Record<string, { title: string; issuer: string; year: number | null; where: string }>;

/** A provider-level typology: realised on a provider population, found by a provider pattern (src/features/patterns). */
export interface ProviderTypology {
  id: string;
  name: string;
  category: string;
  /** Whom the finding must name: the subject hospital (any finding of it) or the subject doctor. */
  subject: 'institution' | 'doctor';
  /** The pattern metrics (PatternMetric) that count as found. */
  metrics: string[];
  description: string;
  source: { ref: string[]; confirmed: boolean; note?: string };
}

export interface ProviderControlKind {
  id: string;
  name: string;
  subject: 'institution' | 'doctor';
  description: string;
}

export const PROVIDER_TYPOLOGIES: readonly ProviderTypology[] = catalogue.providerTypologies as ProviderTypology[];
export const PROVIDER_CONTROLS: readonly ProviderControlKind[] = catalogue.providerControls as ProviderControlKind[];
