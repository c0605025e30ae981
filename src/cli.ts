#!/usr/bin/env node
import { Command } from 'commander';
import { setReviewCompilerFlags } from './review/compiler-flags';

// Before any command's code is loaded and run (compiler-flags.ts says why).
setReviewCompilerFlags();

// The command table; each command is a few lines calling the modules that do the work. A command's module is
// loaded only when that command is asked for (all of them for the overall help): `keys` or `group` need not load
// the review pipeline, the model runtime and the exports, which took two thirds of a start.
type Register = (program: Command) => void;
const COMMANDS: Record<string, () => Register> = {
  review: () => require('./cli/review-command').registerReview,
  generate: () => require('./cli/generate-command').registerGenerate,
  rules: () => require('./cli/rules-command').registerRules,
  group: () => require('./cli/group-command').registerGroup,
  model: () => require('./cli/model-command').registerModel,
  keys: () => require('./cli/keys-command').registerKeys,
  export: () => require('./cli/export-command').registerExport,
  catalogue: () => require('./cli/catalogue-command').registerCatalogue,
  doctors: () => require('./cli/doctors-command').registerDoctors,
  evaluate: () => require('./cli/evaluate-command').registerEvaluate,
  patterns: () => require('./cli/patterns-command').registerPatterns,
};

const program = new Command('yibao-review').description('医保智能审核: claims review and fraud monitoring');
const asked = process.argv[2];
for (const [name, load] of Object.entries(COMMANDS)) if (!Object.hasOwn(COMMANDS, asked ?? '') || name === asked) load()(program);
program
  .command('serve')
  .description('run the service (same as npm start)')
  .action(() => require('./main'));

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
