import type { Command } from 'commander';
import { formatDoctorReport, importDoctors } from '../catalogue/import-doctors';
import { writeAll } from './write';

export function registerDoctors(program: Command): void {
  const doctors = program.command('doctors').description('医保医师: import the register of doctors and their titles as dated versions');
  doctors
    .command('import')
    .argument('<file>', 'the register as exported: .xlsx (first sheet) or .csv (UTF-8 or GB18030), columns 医保医师代码, 姓名, 定点医药机构编码, 职称, 职称起始日期 [, 职称终止日期]')
    .requiredOption('--version <name>', 'name of the new version (never overwrites another)')
    .requiredOption('--effective-from <date>', 'YYYY-MM-DD: claims with services from this date read it')
    .option('--effective-to <date>', 'YYYY-MM-DD: last day in force (otherwise until the next version takes effect)')
    .option('--rules <dir>', 'rules directory', process.env.RULES_DIR ?? 'rules')
    .option('--accept-partial', 'create the version even when some rows are rejected (they are left out)')
    .description('import the 医保医师 register; prints rows imported and rejected and the changes against the previous version (reload the rules to apply it)')
    .action(async (file: string, opts: { version: string; effectiveFrom: string; effectiveTo?: string; rules: string; acceptPartial?: boolean }) => {
      const report = await importDoctors({ file, version: opts.version, effectiveFrom: opts.effectiveFrom, effectiveTo: opts.effectiveTo, rulesDir: opts.rules, acceptPartial: opts.acceptPartial });
      await writeAll(process.stdout, formatDoctorReport(report, opts.acceptPartial === true));
      if (!report.written) process.exitCode = 2;
    });
}
