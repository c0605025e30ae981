import type { Command } from 'commander';
import { CATALOGUE_KINDS, type CatalogueKind } from '../catalogue/columns';
import { formatReport, importCatalogue } from '../catalogue/import-catalogue';
import { writeAll } from './write';

export function registerCatalogue(program: Command): void {
  const cat = program.command('catalogue').description('医保目录: import published catalogue files as dated versions');
  cat
    .command('import')
    .argument('<file>', 'the catalogue as published: .xlsx (first sheet) or .csv (UTF-8 or GB18030)')
    .requiredOption('--kind <kind>', 'drug | service | consumable')
    .requiredOption('--version <name>', 'name of the new version (never overwrites another)')
    .requiredOption('--effective-from <date>', 'YYYY-MM-DD: claims with services from this date use it')
    .option('--effective-to <date>', 'YYYY-MM-DD: last day in force (otherwise until the next version takes effect)')
    .option('--rules <dir>', 'rules directory', process.env.RULES_DIR ?? 'rules')
    .option('--accept-partial', 'create the version even when some rows are rejected (they are left out)')
    .description('import a catalogue file; prints rows imported and rejected, 备注 parsing coverage and the changes against the previous version')
    .action(async (file: string, opts: { kind: string; version: string; effectiveFrom: string; effectiveTo?: string; rules: string; acceptPartial?: boolean }) => {
      if (!CATALOGUE_KINDS.includes(opts.kind as CatalogueKind)) throw new Error(`--kind “${opts.kind}”: expected ${CATALOGUE_KINDS.join(', ')}`);
      const report = await importCatalogue({
        file,
        kind: opts.kind as CatalogueKind,
        version: opts.version,
        effectiveFrom: opts.effectiveFrom,
        effectiveTo: opts.effectiveTo,
        rulesDir: opts.rules,
        acceptPartial: opts.acceptPartial,
      });
      await writeAll(process.stdout, formatReport(report, opts.acceptPartial === true));
      if (!report.written) process.exitCode = 2;
    });
}
