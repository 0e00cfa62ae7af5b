import type { DraftDocument, TemplateLayout } from '@jumugwan/contracts';

/** Everything an exporter needs: the document, how its template lays it out, and who made it when. */
export interface ExportInput {
  layout: TemplateLayout;
  templateName: string;
  document: DraftDocument;
  /** The AI Basic Act disclosure: always in the file's metadata, also printed as the last line when visible. */
  disclosure: { visible: boolean; text: string };
  author: string;
  institution: string;
  createdAt: Date;
}
