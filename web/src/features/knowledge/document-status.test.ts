import { describe, expect, it } from 'vitest';
import { clampPercent, documentStatusDisplay, formatBytes, hasPendingDocuments } from './document-status';

describe('documentStatusDisplay', () => {
  it('labels each status and shows a percentage only while the server works on the document', () => {
    expect(documentStatusDisplay({ status: 'queued', progress: 0 })).toEqual({
      labelKey: 'knowledge.documentStatus.queued',
      percent: 0,
      tone: 'slate',
    });
    expect(documentStatusDisplay({ status: 'processing', progress: 42 })).toEqual({
      labelKey: 'knowledge.documentStatus.processing',
      percent: 42,
      tone: 'blue',
    });
    expect(documentStatusDisplay({ status: 'ready', progress: 100 }).percent).toBeNull();
    expect(documentStatusDisplay({ status: 'failed', progress: 30 })).toEqual({
      labelKey: 'knowledge.documentStatus.failed',
      percent: null,
      tone: 'red',
    });
  });

  it('keeps a processing percentage within 0–100', () => {
    expect(documentStatusDisplay({ status: 'processing', progress: 140 }).percent).toBe(100);
    expect(documentStatusDisplay({ status: 'processing', progress: -3 }).percent).toBe(0);
  });
});

describe('clampPercent', () => {
  it('rounds and clamps, treating nonsense as 0', () => {
    expect(clampPercent(33.6)).toBe(34);
    expect(clampPercent(Number.NaN)).toBe(0);
    expect(clampPercent(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('hasPendingDocuments', () => {
  it('is true while any document is queued or processing', () => {
    expect(hasPendingDocuments([{ status: 'ready' }, { status: 'queued' }])).toBe(true);
    expect(hasPendingDocuments([{ status: 'processing' }])).toBe(true);
    expect(hasPendingDocuments([{ status: 'ready' }, { status: 'failed' }])).toBe(false);
    expect(hasPendingDocuments([])).toBe(false);
  });
});

describe('formatBytes', () => {
  it('picks a unit and keeps one decimal only for small values', () => {
    expect(formatBytes(0, 'ko')).toBe('0 B');
    expect(formatBytes(512, 'ko')).toBe('512 B');
    expect(formatBytes(1536, 'ko')).toBe('1.5 KB');
    expect(formatBytes(12 * 1024 * 1024, 'ko')).toBe('12 MB');
    expect(formatBytes(3 * 1024 * 1024 * 1024, 'en')).toBe('3 GB');
  });
});
