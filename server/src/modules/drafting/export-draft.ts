import type { DraftDocument, DraftTemplate, DraftingSettings, ExportFormat } from '@jumugwan/contracts';
import {
  exportDocx,
  exportFileName,
  exportHtml,
  exportHwpx,
  exportText,
  type ExportInput,
} from './export/index.js';

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
}

export const exportContentTypes: Record<ExportFormat, string> = {
  hwpx: 'application/hwp+zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** One draft version as a file in the chosen format, with the AI-use disclosure the settings ask for. */
export async function exportDraft(
  format: ExportFormat,
  draft: {
    template: DraftTemplate;
    document: DraftDocument;
    settings: DraftingSettings;
    author: string;
    institution: string;
    createdAt: Date;
  },
): Promise<ExportedFile> {
  const input: ExportInput = {
    layout: draft.template.layout,
    templateName: draft.template.name,
    document: draft.document,
    disclosure: { visible: draft.settings.visibleDisclosure, text: draft.settings.disclosureText },
    author: draft.author,
    institution: draft.institution,
    createdAt: draft.createdAt,
  };
  const encoder = new TextEncoder();
  const bytes =
    format === 'hwpx'
      ? await exportHwpx(input)
      : format === 'docx'
        ? await exportDocx(input)
        : format === 'html'
          ? encoder.encode(exportHtml(input))
          : encoder.encode(exportText(input));
  const title = draft.document.title.trim() === '' ? draft.template.name : draft.document.title;
  return { bytes, fileName: exportFileName(title, format), contentType: exportContentTypes[format] };
}
