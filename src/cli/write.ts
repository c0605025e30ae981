import { once } from 'node:events';

/** Writes to a stream honouring back-pressure, so a slow reader never makes us buffer a whole file. */
export async function writeAll(out: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
