import { finished } from 'node:stream/promises';
import mongoose, { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import { sortPending, WRITE_GRACE_MS, type PendingRef } from '../long-texts';
import { strictOptions } from './schema-options';

// A long text (long-texts.ts) on MongoDB: a GridFS file (the driver's GridFSBucket, which mongoose ships), its
// document holding the file's id in `parts`. A 60,000-line claim's verdict (~31 MB) is past MongoDB's 16 MB
// document limit: inline, its documents could not be written at all.
//
// Nothing lost, nothing left behind (as sqlite/stored-parts.ts): a file no document holds has an entry in
// stored_parts_pending, made before its upload starts (a crash mid-upload leaves chunks and no file document:
// the entry still names them) and removed in the session that writes the documents holding it; a file a
// re-review replaced gets an entry (since '') in that session, removed when drop() has deleted it. sweep()
// deletes what a crash left: released files at once, a write's once it began longer than WRITE_GRACE_MS ago
// and no document of its claim holds it.

const BUCKET = 'stored_parts';

interface PendingDoc {
  /** The file's id (hex ObjectId). */
  _id: string;
  claimId: string;
  /** When the write began (ISO); '' for a released file, before any time. */
  since: string;
}

const pendingSchema = new Schema<PendingDoc>(
  { _id: { type: String, required: true }, claimId: { type: String, required: true }, since: { type: String, default: '' } },
  { ...strictOptions, collection: 'stored_parts_pending' },
);
pendingSchema.index({ since: 1 });

/** The references to files each of these claims' documents hold now. */
export type HeldBy = (claimIds: readonly string[], session?: ClientSession) => Promise<Map<string, string[]>>;

export interface MongoStoredParts {
  /** Stores `text` as a file for `claimId`; the reference to put in its documents. */
  write(claimId: string, text: string): Promise<string>;
  /** The text a reference stands for. */
  read(ref: string): Promise<string>;
  /** Of these claims, those with any file (one indexed query: most batches have none). */
  claimsWithParts(claimIds: readonly string[], session?: ClientSession): Promise<Set<string>>;
  /** In the session writing the documents: these references (written by write()) are held now. Throws if a sweep took one. */
  held(refs: readonly string[], session?: ClientSession): Promise<void>;
  /** In the session that replaced them: no document holds these any more (drop() them after it). */
  released(refs: readonly string[], claimId: string, session?: ClientSession): Promise<void>;
  /** Deletes the files of references no document holds any more, and their entries. */
  drop(refs: Iterable<string>): Promise<void>;
  /** The files a crash left (see above) that no document of their claim holds: deleted. Never throws. */
  sweep(heldBy: HeldBy): Promise<void>;
}

export function mongoStoredParts(conn: Connection): MongoStoredParts {
  const Pending: Model<PendingDoc> = conn.models.StoredPartPending ?? conn.model<PendingDoc>('StoredPartPending', pendingSchema);
  let ready: Promise<mongoose.mongo.GridFSBucket> | null = null;
  const bucket = () =>
    (ready ??= (async () => {
      const db = (await conn.asPromise()).db!;
      // Which claims have files: asked on every batch, so indexed.
      await db.collection(`${BUCKET}.files`).createIndex({ 'metadata.claimId': 1 });
      return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET });
    })().catch((e: unknown) => {
      ready = null; // server not up yet: ask again next time
      throw e;
    }));
  const fileId = (ref: string) => new mongoose.mongo.ObjectId(ref);
  const remove = async (ref: string) => {
    try {
      await (await bucket()).delete(fileId(ref));
    } catch (e) {
      // Gone already (dropped by a sweep, or never finished: its chunks are deleted before this is thrown).
      if (!(e instanceof mongoose.mongo.MongoRuntimeError && /File not found/.test(e.message))) throw e;
    }
    await Pending.deleteOne({ _id: ref });
  };
  const drop = async (refs: Iterable<string>) => {
    for (const ref of refs) await remove(ref);
  };
  return {
    async write(claimId, text) {
      const b = await bucket();
      const ref = new mongoose.mongo.ObjectId().toHexString();
      await Pending.create({ _id: ref, claimId, since: new Date().toISOString() });
      const upload = b.openUploadStreamWithId(fileId(ref), claimId, { metadata: { claimId } });
      upload.end(Buffer.from(text, 'utf8'));
      await finished(upload);
      return ref;
    },
    async read(ref) {
      const chunks: Buffer[] = [];
      for await (const chunk of (await bucket()).openDownloadStream(fileId(ref))) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    async claimsWithParts(claimIds, session) {
      if (!claimIds.length) return new Set();
      const files = (await bucket()).find({ 'metadata.claimId': { $in: [...claimIds] } }, { projection: { 'metadata.claimId': 1 }, session });
      const out = new Set<string>();
      for await (const f of files) out.add(String((f.metadata as { claimId: string }).claimId));
      return out;
    },
    async held(refs, session) {
      if (!refs.length) return;
      const r = await Pending.deleteMany({ _id: { $in: [...refs] } }, { session });
      // An entry gone: a sweep took the file (the batch outlasted WRITE_GRACE_MS). Documents must not refer
      // to it: the transaction fails (on a standalone server the error surfaces and the redelivered batch
      // writes the texts again) rather than keep a reference to a text that is not there.
      if (r.deletedCount !== new Set(refs).size) throw new Error(`stored parts of ${refs.join(', ')} were swept before the documents that hold them were written`);
    },
    async released(refs, claimId, session) {
      if (!refs.length) return;
      await Pending.bulkWrite(
        refs.map((ref) => ({ replaceOne: { filter: { _id: ref }, replacement: { _id: ref, claimId, since: '' }, upsert: true } })),
        { session },
      );
    },
    drop,
    async sweep(heldBy) {
      // Housekeeping: a failed sweep fails nothing else; its entries stay for the next one.
      try {
        const cutoff = new Date(Date.now() - WRITE_GRACE_MS).toISOString();
        const pending = (await Pending.find({ since: { $lt: cutoff } }).lean<PendingDoc[]>()).map((d): PendingRef => ({ ref: d._id, claimId: d.claimId }));
        if (!pending.length) return;
        const holding = await heldBy([...new Set(pending.map((p) => p.claimId))]);
        const { held, orphans } = sortPending(pending, (claimId) => holding.get(claimId) ?? []);
        if (held.length) await Pending.deleteMany({ _id: { $in: held } });
        await drop(orphans);
      } catch {
        // as above
      }
    },
  };
}
