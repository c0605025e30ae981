import type { Catalogue } from '../../enrich/catalogue';
import { COSTLY_ITEM_YUAN } from './find-patterns';

// Which items count as costly for the provider patterns: those whose catalogue price cap (at its highest
// hospital level) is COSTLY_ITEM_YUAN or more. Only codes the member ledger keeps can be counted: every
// service, and drug and consumable lines outside a stay (an inpatient stay's drugs are not in the ledger, but for
// its last days' drugs, `courseEnd`, which the pattern stores leave out).

export interface CostlyItems {
  isCostly(code: string): boolean;
  name(code: string): string | undefined;
}

export function costlyItems(catalogue: Pick<Catalogue, 'get'> | null, minYuan = COSTLY_ITEM_YUAN): CostlyItems {
  const seen = new Map<string, boolean>();
  return {
    isCostly(code) {
      let costly = seen.get(code);
      if (costly === undefined) {
        const cap = catalogue?.get(code)?.priceCap;
        costly = cap !== undefined && Math.max(...Object.values(cap).map(Number)) >= minYuan;
        seen.set(code, costly);
      }
      return costly;
    },
    name: (code) => catalogue?.get(code)?.name,
  };
}
