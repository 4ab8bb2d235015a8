/**
 * Runs tasks concurrently but hands their results out in input order, as soon as each is next in line. At most
 * `ahead` tasks are started and not yet handed out, which bounds the results held in memory when a slow file sits
 * at the head of the line. `run` must not reject (a failure is a result like any other).
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  ahead: number,
  run: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => Promise<void> | void,
  /** Checked before each start: true stops starting new tasks (the reader of the output has gone away). */
  stopped: () => boolean = () => false,
): Promise<void> {
  const pending = new Map<number, Promise<R>>();
  let next = 0;
  const emitNext = async (): Promise<void> => {
    const result = await (pending.get(next) as Promise<R>);
    pending.delete(next);
    await emit(result, next);
    next++;
  };
  for (let i = 0; i < items.length; i++) {
    while (pending.size >= Math.max(1, ahead)) await emitNext();
    if (stopped()) break;
    pending.set(i, run(items[i], i));
  }
  while (pending.size) await emitNext();
}
