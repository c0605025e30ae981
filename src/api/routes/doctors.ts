import type { RequestHandler } from 'express';
import { z } from 'zod';
import { formatDoctorReport, importDoctors } from '../../catalogue/import-doctors';
import { csvRows } from '../../catalogue/read-table';
import { invalid } from '../../contract/outcome';
import type { CaseStore } from '../../features/cases/case-store';
import type { JudgeControl } from '../../review/judge-control';
import { principalOf } from '../auth/authenticate';
import { calendarDay as date } from './calendar-day';
import { reloadOrRefuse } from './rules';

// POST /api/v1/doctors/import (admin): the 医保医师 register as CSV text, written as a new dated version exactly as
// `yibao-review doctors import` writes it (src/catalogue/import-doctors.ts), then the rules reloaded so reviews read it.

export const doctorImportBody = z.strictObject({
  version: z.string().min(1).max(64),
  effectiveFrom: date,
  effectiveTo: date.optional(),
  acceptPartial: z.boolean().optional(),
  /** The register's table as CSV text (UTF-8): 医保医师代码, 姓名, 定点医药机构编码, 职称, 职称起始日期 [, 职称终止日期]. */
  csv: z.string().min(1),
});

export function importDoctorRegister(rulesDir: string, judges: JudgeControl, store: Pick<CaseStore, 'appendAudit'>): RequestHandler {
  return async (_req, res) => {
    const body = res.locals.body as z.infer<typeof doctorImportBody>;
    let report: Awaited<ReturnType<typeof importDoctors>>;
    try {
      const opts = { file: `${body.version}.csv`, version: body.version, effectiveFrom: body.effectiveFrom, effectiveTo: body.effectiveTo, rulesDir, acceptPartial: body.acceptPartial };
      report = await importDoctors(opts, csvRows(body.csv));
    } catch (err) {
      throw invalid(err instanceof Error ? err.message : String(err));
    }
    const reload = report.written ? await reloadOrRefuse(judges, store, principalOf(res), { doctorRegister: body.version }) : null;
    res.status(report.written ? 201 : 422).json({
      imported: report.imported,
      rejected: report.rejected,
      changes: report.changes,
      version: report.written ? body.version : null,
      rulesetVersion: reload?.rulesetVersion ?? null,
      report: formatDoctorReport(report, body.acceptPartial === true),
    });
  };
}
