import { Worker } from 'node:worker_threads';
import type { PreparationReply, PreparationRequest } from './document-preparation-thread.js';
import { DocumentReadError } from './parsed-document.js';
import type { PreparedDocument } from './prepare-document.js';

export interface DocumentPreparerOptions {
  /** Files prepared at once, each on its own thread. */
  threads: number;
  maximumBytes: number;
  /** A file still being read after this long is given up on (its thread is stopped). */
  timeoutMs: number;
  /** Heap a thread may use; a file that needs more fails alone instead of taking the server down. */
  maximumHeapMb: number;
}

interface Job {
  fileName: string;
  bytes: Uint8Array;
  resolve: (document: PreparedDocument) => void;
  reject: (error: Error) => void;
}

/** One thread and the file it is working on. */
interface Slot {
  worker: Worker | null;
  job: (Job & { id: number; timer: NodeJS.Timeout }) | null;
}

const tooSlowMessage =
  '파일을 읽는 데 너무 오래 걸려 중단했습니다. 파일을 나누거나 다른 형식으로 저장해 다시 올리세요.';
const tooBigMessage =
  '파일을 읽는 데 필요한 메모리가 너무 커서 중단했습니다. 파일을 나누거나 다른 형식으로 저장해 다시 올리세요.';
const stoppedMessage = '문서를 읽던 중 처리 스레드가 멈췄습니다. 다시 시도하세요.';

/**
 * Parses, chunks and analyzes uploaded files on worker threads. On the main thread a large HWP or PDF held
 * the event loop for seconds, and every chat and API call of every user waited. A thread also contains what
 * a hostile or broken file can do: one that runs out of memory or never finishes is stopped and fails alone.
 */
export class DocumentPreparer {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: DocumentPreparerOptions) {
    this.slots = Array.from({ length: Math.max(1, options.threads) }, () => ({ worker: null, job: null }));
  }

  prepare(fileName: string, bytes: Uint8Array): Promise<PreparedDocument> {
    if (this.closed) return Promise.reject(new Error('DocumentPreparer is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ fileName, bytes, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; files waiting or being read are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('DocumentPreparer is closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        this.finish(slot, null, new Error('DocumentPreparer is closed'));
        await this.stopThread(slot);
      }),
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      const worker = (slot.worker ??= this.startThread(slot));
      const id = this.nextId++;
      const timer = setTimeout(() => {
        // Stopped first, so the next file is not handed to the thread that is being stopped.
        void this.stopThread(slot);
        this.finish(slot, null, new DocumentReadError('corrupted', tooSlowMessage));
      }, this.options.timeoutMs);
      slot.job = { ...job, id, timer };
      // A busy thread keeps the process alive like any pending I/O; an idle one does not.
      worker.ref();
      // Our own copy, moved to the thread: posting a view would copy the whole buffer under it (a Buffer may
      // be a slice of a larger one), and the caller keeps its bytes. (The constructor always copies; a
      // Buffer's slice() would not.)
      const bytes = new Uint8Array(job.bytes);
      const request: PreparationRequest = {
        id,
        fileName: job.fileName,
        bytes,
        maximumBytes: this.options.maximumBytes,
      };
      worker.postMessage(request, [bytes.buffer]);
    }
  }

  /** Settles the slot's job (with a document or an error) and frees the slot for the next file. */
  private finish(slot: Slot, document: PreparedDocument | null, error: Error | null): void {
    const job = slot.job;
    if (job === null) return;
    slot.job = null;
    clearTimeout(job.timer);
    slot.worker?.unref();
    if (document !== null) job.resolve(document);
    else job.reject(error ?? new Error(stoppedMessage));
    if (!this.closed) this.dispatch();
  }

  /** Detaches the slot's thread first (its exit is then not taken for a crash), then stops it. */
  private async stopThread(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    await worker?.terminate();
  }

  private startThread(slot: Slot): Worker {
    const worker = createPreparationThread(this.options.maximumHeapMb);
    worker.unref();
    worker.on('message', (reply: PreparationReply) => {
      if (slot.worker !== worker || slot.job?.id !== reply.id) return;
      if (reply.kind === 'prepared') this.finish(slot, reply.document, null);
      else if (reply.kind === 'unreadable')
        this.finish(slot, null, new DocumentReadError(reply.reason, reply.message));
      else this.finish(slot, null, new Error(reply.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.finish(slot, null, outOfMemory ? new DocumentReadError('too_large', tooBigMessage) : error);
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      this.finish(slot, null, new Error(stoppedMessage));
    });
    return worker;
  }
}

function createPreparationThread(maximumHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maximumHeapMb };
  // Built code (npm start) runs the compiled thread file. From TypeScript sources (tests, tsx, `npm run dev`)
  // the thread has no loader of its own for .ts files, so it registers tsx's before importing the entry.
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./document-preparation-thread.js', import.meta.url), { resourceLimits });
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./document-preparation-thread.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}
