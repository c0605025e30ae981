import type { Claim } from '../../contract/claim';

// Personal identifiers (参保人编号, 姓名, 身份证号) are masked wherever many cases are shown; only a case's detail,
// asked for explicitly by a role allowed to, shows them whole (and that view goes to the audit trail).

/** Keeps the first 3 and last 2 characters: P0000001 → P00****01. Short values are masked whole. */
export function maskId(value: string): string {
  if (value.length <= 5) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(Math.min(value.length - 5, 10))}${value.slice(-2)}`;
}

/** 张三丰 → 张**: the family name stays. */
export function maskName(value: string): string {
  const chars = [...value];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** The claim with its patient's identifiers masked (a copy; the input is not changed). */
export function maskClaim(claim: Claim): Claim {
  const p = claim.patient;
  return {
    ...claim,
    patient: {
      ...p,
      insuredId: maskId(p.insuredId),
      ...(p.name !== undefined ? { name: maskName(p.name) } : {}),
      ...(p.idNumber !== undefined ? { idNumber: maskId(p.idNumber) } : {}),
    },
  };
}
