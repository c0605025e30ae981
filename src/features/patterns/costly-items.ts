import { COSTLY_ITEM_YUAN, isCostlyRow } from '../../benefits/costly-item';
import type { Catalogue } from '../../enrich/catalogue';

// Which items count as costly for the provider patterns: those whose catalogue price cap (at its highest
// hospital level) is COSTLY_ITEM_YUAN or more (benefits/costly-item.ts). Only codes the member ledger keeps can be
// counted: every service, drug and consumable lines outside a stay, and a stay's costly consumables (`costly`,
// ledger-entry.ts); an inpatient stay's drugs are not in the ledger, but for its first and last days' drugs
// (`courseStart`, `courseEnd`), which the pattern stores leave out.

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
        costly = isCostlyRow(catalogue?.get(code), minYuan);
        seen.set(code, costly);
      }
      return costly;
    },
    name: (code) => catalogue?.get(code)?.name,
  };
}
