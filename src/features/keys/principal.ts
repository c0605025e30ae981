import type { Role } from '../../contract/records';

/** Who is calling: taken from their API key. provinces empty = every province. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
  provinces: readonly string[];
}

/** The provinces a principal's reads are limited to, or undefined for every province. */
export function provinceScope(p: Principal): readonly string[] | undefined {
  return p.provinces.length ? p.provinces : undefined;
}

export function inScope(p: Principal, province: string): boolean {
  return p.provinces.length === 0 || p.provinces.includes(province);
}
