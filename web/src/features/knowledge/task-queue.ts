export interface TaskQueue<Task> {
  /** Queues tasks behind the ones already waiting; they start as running ones finish. */
  add(tasks: readonly Task[]): void;
  /** Drops the tasks that have not started yet. */
  clear(): void;
  readonly running: number;
  readonly waiting: number;
}

/**
 * Runs at most `concurrency` tasks at a time, in the order they were added. A task that throws (or
 * rejects) only ends itself: the next waiting task starts just as it would after a success, so one
 * failed upload never holds up the others. `run` should report its own errors; they are not rethrown.
 */
export function createTaskQueue<Task>(
  concurrency: number,
  run: (task: Task) => Promise<void>,
): TaskQueue<Task> {
  const limit = Math.max(1, Math.floor(concurrency));
  // Boxed so a task that is itself undefined is still told apart from an empty queue.
  const waiting: { task: Task }[] = [];
  let running = 0;

  const startNext = () => {
    while (running < limit && waiting.length > 0) {
      const next = waiting.shift();
      if (next === undefined) {
        break;
      }
      running += 1;
      void Promise.resolve()
        .then(() => run(next.task))
        .catch(() => undefined)
        .finally(() => {
          running -= 1;
          startNext();
        });
    }
  };

  return {
    add(tasks) {
      waiting.push(...tasks.map((task) => ({ task })));
      startNext();
    },
    clear() {
      waiting.length = 0;
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
