import { describe, expect, it } from 'vitest';
import {
  attachmentProblem,
  readyAttachments,
  restoredAttachments,
  type ComposerAttachment,
} from './composer-attachments';

describe('composer attachments', () => {
  it('refuses a sixth file and files over 10 MB before uploading', () => {
    expect(attachmentProblem({ size: 1_000 }, 4)).toBeNull();
    expect(attachmentProblem({ size: 1_000 }, 5)).toBe('tooMany');
    expect(attachmentProblem({ size: 10 * 1024 * 1024 }, 0)).toBeNull();
    expect(attachmentProblem({ size: 10 * 1024 * 1024 + 1 }, 0)).toBe('tooLarge');
  });

  it('sends only the files that are ready, and gives them back after a refusal', () => {
    const attachments: ComposerAttachment[] = [
      { id: '1', status: 'uploading', name: 'a.pdf', fraction: 0.5 },
      { id: '2', status: 'ready', name: 'b.txt', characters: 2, text: '내용', internal: true },
      { id: '3', status: 'failed', name: 'c.png', message: '안 됨' },
    ];
    const ready = readyAttachments(attachments);
    expect(ready).toEqual([{ name: 'b.txt', text: '내용', internal: true }]);
    expect(restoredAttachments(ready, () => 'new')).toEqual([
      { id: 'new', status: 'ready', name: 'b.txt', characters: 2, text: '내용', internal: true },
    ]);
  });
});
