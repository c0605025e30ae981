import { resolve } from 'node:path';

// The shipped rules and knowledge tables. Its own file so that a test needing only the path does not load what
// reviewed-file.ts imports (the claim generator: ~0.15 CPU s of module loading in every jest test file).
export const RULES_DIR = resolve(__dirname, '../../rules');
