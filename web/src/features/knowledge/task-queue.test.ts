import { describe, expect, it } from 'vitest';
import { createTaskQueue } from './task-queue';

interface Deferred {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Lets every pending promise callback of the queue run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function controlledQueue(concurrency: number) {
  const started: string[] = [];
  const pending = new Map<string, Deferred>();
  const queue = createTaskQueue<string>(
    concurrency,
    (task) =>
      new Promise<void>((resolve, reject) => {
        started.push(task);
        pending.set(task, { resolve, reject });
      }),
  );
  return { queue, started, pending };
}

describe('createTaskQueue', () => {
  it('runs at most the given number of tasks at once, in order', async () => {
    const { queue, started, pending } = controlledQueue(3);
    queue.add(['a', 'b', 'c', 'd', 'e']);
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    expect(queue.running).toBe(3);
    expect(queue.waiting).toBe(2);

    pending.get('b')?.resolve();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.running).toBe(3);
  });

  it('starts the next task when one fails', async () => {
    const { queue, started, pending } = controlledQueue(1);
    queue.add(['first', 'second']);
    await settle();
    pending.get('first')?.reject(new Error('refused'));
    await settle();
    expect(started).toEqual(['first', 'second']);
    pending.get('second')?.resolve();
    await settle();
    expect(queue.running).toBe(0);
    expect(queue.waiting).toBe(0);
  });

  it('also survives a task that throws synchronously', async () => {
    const done: number[] = [];
    const queue = createTaskQueue<number>(2, (task) => {
      if (task === 1) {
        throw new Error('bad');
      }
      done.push(task);
      return Promise.resolve();
    });
    queue.add([1, 2, 3]);
    await settle();
    expect(done).toEqual([2, 3]);
    expect(queue.running).toBe(0);
  });

  it('takes tasks added later into the same limit', async () => {
    const { queue, started, pending } = controlledQueue(2);
    queue.add(['a', 'b']);
    queue.add(['c']);
    await settle();
    expect(started).toEqual(['a', 'b']);
    pending.get('a')?.resolve();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('drops waiting tasks on clear, leaving running ones alone', async () => {
    const { queue, started, pending } = controlledQueue(1);
    queue.add(['a', 'b', 'c']);
    await settle();
    queue.clear();
    pending.get('a')?.resolve();
    await settle();
    expect(started).toEqual(['a']);
    expect(queue.waiting).toBe(0);
  });
});
