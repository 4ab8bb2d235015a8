/**
 * Giving the browser its turn during long work, so that it can paint (a progress bar) and answer input between the
 * steps: the pane and the hosts await these between chunks. Nothing here touches the DOM; what a browser has
 * (MessageChannel, requestAnimationFrame) is feature detected, with timers as the fallback.
 */

/**
 * A new macrotask, behind those already queued: React's render of the latest progress is one of them, and the browser
 * paints between tasks. (scheduler.yield() is not used on purpose: its continuation runs before tasks already queued,
 * so the progress would not be rendered until the work ends.)
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * After the next frame has been painted: what a change on screen (the progress bar appearing) needs before heavy work
 * starts. A hidden page gets no frames, so a timer stands in after a short wait.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 100);
  });
}

/**
 * Runs a generator of steps to its end, giving the browser its turn whenever `budgetMs` of work has gone by since the
 * last turn; `onPause` hears the last step's report just before each turn (to show progress).
 */
export async function runInSteps<P, T>(steps: Generator<P, T>, onPause?: (progress: P) => void, budgetMs = 40): Promise<T> {
  let started = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - started >= budgetMs) {
      onPause?.(step.value);
      await yieldToBrowser();
      started = Date.now();
    }
  }
}
