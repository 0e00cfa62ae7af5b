import type { ExportInput } from './export-input.js';

/** What every format records about the document in its properties, the AI-use disclosure among them. */
export interface DocumentMetadata {
  title: string;
  author: string;
  institution: string;
  subject: string;
  /** The disclosure text: in the properties of every file, whether or not it is also printed. */
  description: string;
  keywords: string;
  createdAt: Date;
}

export const aiDisclosureKeyword = '생성형 AI 활용';

export function documentMetadataOf(input: ExportInput): DocumentMetadata {
  const title = input.document.title.trim() === '' ? input.templateName : input.document.title.trim();
  return {
    title,
    author: input.author,
    institution: input.institution,
    subject: input.templateName,
    description: input.disclosure.text.trim(),
    keywords: [aiDisclosureKeyword, input.templateName, input.institution]
      .filter((part) => part !== '')
      .join(', '),
    createdAt: input.createdAt,
  };
}
