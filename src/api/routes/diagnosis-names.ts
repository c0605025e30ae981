import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Chinese diagnosis names for the case page when the rules are judged on another thread (this one holds no
// grouping tables): the CHS-DRG tables' diagnoses.json under the rules directory, read once on first use.
// No file, or one that does not parse: codes are shown without names.

export function diagnosisNamesOnDisk(rulesDir: string): (code: string) => string | undefined {
  let names: Map<string, string> | null = null;
  return (code) => {
    if (names === null) {
      try {
        const raw = JSON.parse(readFileSync(join(rulesDir, 'grouping', 'chs-drg-1.1', 'diagnoses.json'), 'utf8')) as Record<string, unknown>;
        names = new Map(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
      } catch {
        names = new Map();
      }
    }
    return names.get(code);
  };
}
