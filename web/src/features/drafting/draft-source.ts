import type { DraftDocument, DraftDoneEvent, DraftVersion, ExportFormat } from '@jumugwan/contracts';
import type { DraftStreamEvent } from './draft-stream-event';
import type { ExportedFile } from './draft-export';

export type VersionSummary = Pick<DraftVersion, 'number' | 'source' | 'instruction' | 'model' | 'createdAt'>;

export interface GenerateOptions {
  model: string;
  /** A revision of `document`; null writes the draft from the form. */
  instruction: string | null;
  /** The version being revised (what is on screen, saved first in stored mode). */
  document: DraftDocument;
  signal: AbortSignal;
  onEvent: (event: DraftStreamEvent) => void;
}

/**
 * Where the editor's versions live: on the server (a stored draft) or only in this page's memory (the
 * retention policy allows no storage). The editor is the same for both.
 */
export interface DraftSource {
  mode: 'stored' | 'local';
  /** Tells drafts apart in query keys: the draft id, or a per-page id for a local draft. */
  key: string;
  templateId: string;
  templateName: string;
  latest: DraftVersion;
  /** Oldest first. */
  versions: readonly VersionSummary[];
  collectionIds: readonly string[];
  loadVersion: (number: number) => Promise<DraftVersion>;
  /** Saves the document as the newest version and gives it back. */
  save: (document: DraftDocument, source: 'edited' | 'restored') => Promise<DraftVersion>;
  generate: (options: GenerateOptions) => Promise<void>;
  /** Records a finished generation; gives the version it became. */
  generated: (result: DraftDoneEvent, model: string, instruction: string | null) => DraftVersion;
  /** The file of a saved version (stored), or of the given document (local). */
  exportFile: (format: ExportFormat, document: DraftDocument, version: number) => Promise<ExportedFile>;
}
