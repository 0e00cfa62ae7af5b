import type { BookInput } from './book-input.js';
import type { DocumentMetadata } from './document-metadata.js';

/** What the book's properties record: a draft's fields, without a disclosure (people wrote the book). */
export function bookMetadataOf(book: BookInput): DocumentMetadata {
  return {
    title: book.title,
    author: book.author,
    institution: book.institution,
    subject: book.subject,
    description: '',
    keywords: [book.subject, book.institution].filter((part) => part !== '').join(', '),
    createdAt: book.createdAt,
  };
}
