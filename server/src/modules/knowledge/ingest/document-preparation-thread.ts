import { parentPort } from 'node:worker_threads';
import { DocumentReadError } from './parsed-document.js';
import { prepareDocument, type PreparedDocument } from './prepare-document.js';

/** What DocumentPreparer sends: one file at a time. */
export interface PreparationRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  maximumBytes: number;
}

/** What comes back. Both sides are this build's code, so the shapes are checked by the compiler alone. */
export type PreparationReply =
  | { id: number; kind: 'prepared'; document: PreparedDocument }
  | { id: number; kind: 'unreadable'; reason: DocumentReadError['reason']; message: string }
  | { id: number; kind: 'failed'; message: string };

// The worker thread's entry: parses, chunks and analyzes files off the main thread (see DocumentPreparer).
const port = parentPort;
if (port !== null) {
  port.on('message', (request: PreparationRequest) => {
    void prepareDocument(request.fileName, request.bytes, { maximumBytes: request.maximumBytes }).then(
      (document) => {
        const reply: PreparationReply = { id: request.id, kind: 'prepared', document };
        port.postMessage(reply);
      },
      (error: unknown) => {
        const reply: PreparationReply =
          error instanceof DocumentReadError
            ? { id: request.id, kind: 'unreadable', reason: error.reason, message: error.message }
            : {
                id: request.id,
                kind: 'failed',
                message: error instanceof Error ? error.message : String(error),
              };
        port.postMessage(reply);
      },
    );
  });
}
