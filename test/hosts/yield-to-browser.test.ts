/** Long work in steps that gives the page its turn: the result is the generator's, progress is told at each turn. */
import { afterNextPaint, runInSteps, yieldToBrowser } from '../../src/hosts/yield-to-browser';

function* counting(n: number): Generator<number, string, void> {
  for (let i = 1; i <= n; i++) yield i;
  return `counted ${n}`;
}

describe('giving the browser its turn', () => {
  it('runs the steps to their value, pausing when the time budget is spent', async () => {
    const paused: number[] = [];
    await expect(runInSteps(counting(5), (step) => paused.push(step), 0)).resolves.toBe('counted 5');
    expect(paused).toEqual([1, 2, 3, 4, 5]);
  });

  it('does not pause while the budget lasts', async () => {
    const paused: number[] = [];
    await expect(runInSteps(counting(50), (step) => paused.push(step), 60_000)).resolves.toBe('counted 50');
    expect(paused).toEqual([]);
  });

  it('lets a message queued before it be handled first (React schedules its renders by messages)', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('render');
    channel.port2.postMessage(null);
    await yieldToBrowser();
    order.push('work goes on');
    channel.port1.close();
    expect(order).toEqual(['render', 'work goes on']);
  });

  it('waits for a frame, or a short while when there are no frames', async () => {
    const started = Date.now();
    await afterNextPaint();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
