/**
 * Work written as steps (a generator that yields after each sheet or rule) can be run in one go, as the command does,
 * or a step at a time by a caller that must keep a page responsive in between (the task pane).
 */

/** Runs a generator of steps to its end and returns what it returns. */
export function finish<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
