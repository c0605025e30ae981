// The run's end: its parent temp dir goes, and the type check that test/global-setup.js started beside the tests
// (TYPECHECK=1, `npm test`) fails the run on a type error, with tsc's messages.
const { removeAll } = require('./helpers/temp-run');

module.exports = async () => {
  // The run's parent temp dir (test/helpers/temp-run.js), with whatever a killed worker left in it.
  if (process.env.YIBAO_TEST_TMP) removeAll([process.env.YIBAO_TEST_TMP]);
  const failed = await globalThis.__typecheck;
  if (failed) throw failed;
};
