import { Schema } from 'mongoose';
import { nullableString, strictOptions } from './schema-options';
import type { FsiFeedback } from '../../contract/records';

// 3101 findings per encounter (claim id), with the hospitals' 3103 feedback: one document per jr_id.

export interface FsiFindingDoc {
  /** jr_id: unique across encounters, as SQLite's primary key. */
  _id: string;
  claimId: string;
  /** Order within the encounter's current set. */
  position: number;
  hospitalId: string;
  doctorId: string | null;
  severity: string;
  /** The FsiFinding as issued (feedback null: it lives in `feedback`). */
  finding: Record<string, unknown>;
  feedback: FsiFeedback | null;
}

const feedbackSchema = new Schema<FsiFeedback>(
  { dspoWay: { type: String, required: true, enum: ['1', '2'] }, reason: nullableString, at: { type: String, required: true } },
  { _id: false, strict: 'throw', versionKey: false },
);

export const fsiFindingSchema = new Schema<FsiFindingDoc>(
  {
    _id: { type: String, required: true },
    claimId: { type: String, required: true },
    position: { type: Number, required: true, min: 0 },
    hospitalId: { type: String, required: true },
    doctorId: nullableString,
    severity: { type: String, required: true },
    finding: { type: Schema.Types.Mixed, required: true },
    feedback: { type: feedbackSchema, default: null },
  },
  { ...strictOptions, collection: 'fsi_findings' },
);
fsiFindingSchema.index({ claimId: 1, position: 1 });
// The "continued after a block" ranking reads only block findings with feedback 1.
fsiFindingSchema.index({ severity: 1, 'feedback.dspoWay': 1, hospitalId: 1, doctorId: 1 });
