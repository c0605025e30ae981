import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, sha256File, type Manifest } from './manifest';

// `export verify DIR`: the folder against its manifest. Every listed file must be there with its size and
// SHA-256; a file the manifest does not list is reported too (nothing may be slipped into an audit folder).

export interface VerifyProblem {
  file: string;
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problems: VerifyProblem[];
}

export async function verifyExport(dir: string): Promise<VerifyResult> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch (err) {
    return { ok: false, checked: 0, problems: [{ file: MANIFEST_FILE, problem: `cannot read: ${(err as Error).message}` }] };
  }
  if (!Array.isArray(manifest.files)) {
    return { ok: false, checked: 0, problems: [{ file: MANIFEST_FILE, problem: 'has no files list' }] };
  }
  const problems: VerifyProblem[] = [];
  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.name);
    const path = join(dir, f.name);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      problems.push({ file: f.name, problem: 'missing' });
      continue;
    }
    if (size !== f.bytes) problems.push({ file: f.name, problem: `size ${size} bytes, manifest says ${f.bytes}` });
    const sha = await sha256File(path);
    if (sha !== f.sha256) problems.push({ file: f.name, problem: `sha256 ${sha}, manifest says ${f.sha256}` });
  }
  for (const name of (await readdir(dir)).sort()) {
    if (name !== MANIFEST_FILE && !listed.has(name)) problems.push({ file: name, problem: 'not listed in the manifest' });
  }
  return { ok: problems.length === 0, checked: manifest.files.length, problems };
}
