import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GrouperLoadError } from './errors';

/** A scheme directory's JSON file, parsed; a file missing or not JSON is a GrouperLoadError naming its path. */
export function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GrouperLoadError(`cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GrouperLoadError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}
