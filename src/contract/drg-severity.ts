// CHS-DRG code convention (国家医疗保障疾病诊断相关分组（CHS-DRG）分组方案; rules/grouping/chs-drg-1.1/README.md): the
// ADRG's second letter R–Z is a medical group; the DRG's last digit 5 is without MCC or CC, 9 not split by them.

/** A medical DRG without MCC or CC: a stay of no operation and no complication or comorbidity that weighs. */
export function lowSeverityDrg(drg: string): boolean {
  const kind = drg.charAt(1).toUpperCase();
  const last = drg.charAt(drg.length - 1);
  return kind >= 'R' && kind <= 'Z' && (last === '5' || last === '9');
}
