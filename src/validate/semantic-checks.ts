import type { Claim } from '../contract/claim';
import type { FieldError } from '../contract/verdict';
import { isWholeFen, lineFen, toFen } from '../money/fen';

// The checks a settlement clerk would make once the shape is right. Each names its field path.

export function semanticErrors(claim: Claim): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });

  if (claim.visitType === 'inpatient') {
    if (!claim.admissionDate) add('admissionDate', 'is required on an inpatient claim');
    if (!claim.dischargeDate) add('dischargeDate', 'is required on an inpatient claim');
    if (claim.admissionDate && claim.dischargeDate && claim.dischargeDate < claim.admissionDate) {
      add('dischargeDate', `${claim.dischargeDate} is before admissionDate ${claim.admissionDate}`);
    }
  } else if (!claim.visitDate) {
    add('visitDate', `is required on a ${claim.visitType} claim`);
  }

  const start = claim.visitType === 'inpatient' ? claim.admissionDate : claim.visitDate;
  const end = claim.visitType === 'inpatient' ? claim.dischargeDate : claim.visitDate;
  if (start && claim.patient.birthDate > start) {
    add('patient.birthDate', `${claim.patient.birthDate} is after the service date ${start}`);
  }

  const principals = claim.diagnoses.filter((d) => d.principal === true).length;
  if (principals !== 1) {
    add('diagnoses', `must have exactly one principal diagnosis (found ${principals})`);
  }

  const lineIds = new Set<string>();
  let sumFen = 0;
  claim.items.forEach((item, i) => {
    // The path is spelled out only for a line that has a problem (most have none).
    const p = () => `items[${i}]`;
    if (lineIds.has(item.lineId)) add(`${p()}.lineId`, `duplicate lineId "${item.lineId}"`);
    lineIds.add(item.lineId);
    if (!isWholeFen(item.amount)) add(`${p()}.amount`, `${item.amount} is not a whole fen amount`);
    const expected = lineFen(item.quantity, item.unitPrice);
    const amountFen = toFen(item.amount);
    if (Math.abs(amountFen - expected) > 1) {
      add(`${p()}.amount`, `${item.amount} ≠ quantity ${item.quantity} × unitPrice ${item.unitPrice} (${expected / 100})`);
    }
    // A line dated outside the service dates is a finding (入院前/出院后收费, src/enrich/stay-facts.ts), not invalid input.
    sumFen += amountFen;
  });

  (claim.procedures ?? []).forEach((proc, i) => {
    if (proc.date && start && end && (proc.date < start || proc.date > end)) {
      add(`procedures[${i}].date`, `${proc.date} is outside the service dates ${start}..${end}`);
    }
  });

  const { total, policy, fundClaimed } = claim.amounts;
  for (const [k, v] of Object.entries({ total, policy, fundClaimed })) {
    if (!isWholeFen(v)) add(`amounts.${k}`, `${v} is not a whole fen amount`);
  }
  if (claim.items.length > 0 && sumFen !== toFen(total)) {
    add('amounts.total', `${total} ≠ sum of item amounts ${sumFen / 100}`);
  }
  if (toFen(policy) > toFen(total)) add('amounts.policy', `${policy} exceeds total ${total}`);
  if (toFen(fundClaimed) > toFen(policy)) add('amounts.fundClaimed', `${fundClaimed} exceeds policy ${policy}`);

  return errors;
}
