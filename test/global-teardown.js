// The type check that test/global-setup.js started beside the tests (TYPECHECK=1, `npm test`): a type error fails
// the run here, after the tests, with tsc's messages.
module.exports = async () => {
  const failed = await globalThis.__typecheck;
  if (failed) throw failed;
};
