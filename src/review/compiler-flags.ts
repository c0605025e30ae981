import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimising compiler without inlining, for the processes that review (the CLI and the service; set before
 * any review code runs, and process-wide, so their worker threads have it too). The review is hundreds of small
 * functions reading facts of many shapes: with inlining each hot caller was compiled with its callees inside, and
 * recompiled whole each time one of them met a new shape, so the compiler's background threads took about as much
 * CPU as the review itself on 10,000 claims, and still a quarter of it on 40,000 (node --trace-opt --trace-deopt:
 * ~1,400 optimisations, big callers compiled 4-8 times). Without inlining each function is compiled on its own,
 * small and once or twice. A worker thread's compiled code is its own: that compiling was done once per worker, on
 * the same two cores, and ate what a second worker gained. Only speed: no result depends on it.
 */
export const REVIEW_COMPILER_FLAGS = '--no-turbo-inlining';

export function setReviewCompilerFlags(): void {
  setFlagsFromString(REVIEW_COMPILER_FLAGS);
}
