import type { FsiStore } from '../../features/fsi/fsi-store';
import { formatPath } from '../../validate/field-path';
import { envelope } from './handle-3101';
import { request3103Schema } from './envelope';

/** 事前事中服务反馈服务 (3103): what the doctor did about each finding, stored on the finding. */
export async function handle3103(body: unknown, ctx: { store: Pick<FsiStore, 'recordFeedback'> }) {
  const parsed = request3103Schema.safeParse(body);
  if (!parsed.success) {
    return envelope(-1, null, { err_msg: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ') });
  }
  const at = new Date().toISOString();
  const warns = parsed.data.input.data.warns;
  const missing = await ctx.store.recordFeedback(
    warns.map((w) => ({ jrId: w.warn_rslt_id, feedback: { dspoWay: w.dspo_way as '1' | '2', reason: w.dspo_way_rea ?? null, at } })),
  );
  if (missing.length) {
    return envelope(-1, { accepted: warns.length - missing.length }, { err_msg: `input.data.warns: unknown warn_rslt_id ${missing.join(', ')}` });
  }
  return envelope(0, { accepted: warns.length });
}
