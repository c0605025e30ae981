// CHS-DRG code convention (国家医疗保障疾病诊断相关分组（CHS-DRG）分组方案; rules/grouping/chs-drg-1.1/README.md): the
// ADRG's second letter R–Z is a medical group; the DRG's last digit 3 is with CC, 5 without MCC or CC, 9 not split by them.

const medical = (drg: string) => {
  const kind = drg.charAt(1).toUpperCase();
  return kind >= 'R' && kind <= 'Z';
};

/** A medical DRG without MCC or CC: a stay of no operation and no complication or comorbidity that weighs. */
export function lowSeverityDrg(drg: string): boolean {
  const last = drg.charAt(drg.length - 1);
  return medical(drg) && (last === '5' || last === '9');
}

/** A medical DRG with CC (last digit 3): a comorbidity that weighs in grouping, no major one. */
export function ccDrg(drg: string): boolean {
  return medical(drg) && drg.endsWith('3');
}
