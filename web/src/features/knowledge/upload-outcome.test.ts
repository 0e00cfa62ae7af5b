import type { KnowledgeDocument } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { mergeDocuments, uploadOutcome } from './upload-outcome';

function document(id: string, status: KnowledgeDocument['status'] = 'queued'): KnowledgeDocument {
  return {
    id,
    collectionId: '00000000-0000-4000-8000-000000000099',
    fileName: `${id}.pdf`,
    title: id,
    format: 'pdf',
    byteSize: 10,
    status,
    progress: 0,
    failureReason: null,
    failureMessage: null,
    pageCount: null,
    chunkCount: 0,
    uploadedAt: '2026-01-01T00:00:00.000Z',
    indexedAt: null,
  };
}

describe('uploadOutcome', () => {
  it('reports an accepted file', () => {
    expect(uploadOutcome({ documents: [document('a')], refused: [] })).toEqual({
      kind: 'accepted',
      documents: [document('a')],
    });
  });

  it('reports the Korean reason of a refused file', () => {
    expect(
      uploadOutcome({
        documents: [],
        refused: [{ fileName: '사진.jpg', reason: 'unsupported_format', message: 'HWP, PDF … 파일만' }],
      }),
    ).toEqual({ kind: 'refused', message: 'HWP, PDF … 파일만' });
  });

  it('notices an answer that names no file', () => {
    expect(uploadOutcome({ documents: [], refused: [] })).toEqual({ kind: 'empty' });
  });
});

describe('mergeDocuments', () => {
  it('puts new documents first and replaces re-uploaded ones in place', () => {
    const merged = mergeDocuments(
      [document('a', 'ready'), document('b', 'failed')],
      [document('b', 'queued'), document('c')],
    );
    expect(merged.map((item) => [item.id, item.status])).toEqual([
      ['c', 'queued'],
      ['a', 'ready'],
      ['b', 'queued'],
    ]);
  });
});
