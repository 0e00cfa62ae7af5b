import { afterEach, describe, expect, it } from 'vitest';
import { DocumentPreparer, type DocumentPreparerOptions } from './document-preparer.js';
import { DocumentReadError } from './parsed-document.js';
import { sharedDocument, sharedDocumentsPresent } from './parsers/parser-test-fixtures.js';
import { prepareDocument } from './prepare-document.js';

const encoder = new TextEncoder();
const statute = encoder.encode(
  '# 한빛시 보조금 관리 조례\n\n제1조(목적) 이 조례는 보조금의 교부와 관리에 필요한 사항을 정한다.\n\n' +
    '제2조(정의) 이 조례에서 "보조금"이란 시가 지원하는 경비를 말한다.\n',
);
const notice = encoder.encode('# 민원 안내\n\n여권 발급은 민원실 2번 창구에서 접수합니다.\n');

const preparers: DocumentPreparer[] = [];
function preparerWith(options: Partial<DocumentPreparerOptions> = {}): DocumentPreparer {
  const preparer = new DocumentPreparer({
    threads: 1,
    maximumBytes: 10 * 1_048_576,
    timeoutMs: 60_000,
    maximumHeapMb: 512,
    ...options,
  });
  preparers.push(preparer);
  return preparer;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
}

afterEach(async () => {
  await Promise.all(preparers.splice(0).map((preparer) => preparer.close()));
});

describe('DocumentPreparer', () => {
  it('prepares a file on its thread exactly as prepareDocument does in-process', async () => {
    const preparer = preparerWith();
    const onThread = await preparer.prepare('조례.md', statute);
    const inProcess = await prepareDocument('조례.md', statute, { maximumBytes: 10 * 1_048_576 });
    expect(onThread).toEqual(inProcess);
    expect(onThread.title).toBe('한빛시 보조금 관리 조례');
    expect(onThread.chunks.map((chunk) => chunk.sectionPath.at(-1))).toContain('제2조(정의)');
    expect(onThread.chunks[0]?.tokens).toContain('보조금');
  });

  it('leaves the caller its bytes, also when they are a slice of a larger buffer', async () => {
    const larger = Buffer.concat([Buffer.from('앞부분'), Buffer.from(notice), Buffer.from('뒷부분')]);
    const slice = larger.subarray(Buffer.byteLength('앞부분'), Buffer.byteLength('앞부분') + notice.length);
    expect((await preparerWith().prepare('안내.md', slice)).title).toBe('민원 안내');
    expect(slice.byteLength).toBe(notice.length);
    expect(larger.toString()).toBe(`앞부분${new TextDecoder().decode(notice)}뒷부분`);
  });

  it.skipIf(!sharedDocumentsPresent)('reads a real HWPX file saved by Hangul', async () => {
    const bytes = sharedDocument('hwpx/multipara.hwpx');
    const onThread = await preparerWith().prepare('multipara.hwpx', bytes);
    expect(onThread).toEqual(await prepareDocument('multipara.hwpx', bytes, { maximumBytes: 1e7 }));
    expect(onThread.chunks.length).toBeGreaterThan(0);
  });

  it('passes a file that cannot be read back as a DocumentReadError with its reason and Korean message', async () => {
    const preparer = preparerWith({ maximumBytes: 100 });
    const unsupported = await rejection(preparer.prepare('사진.bmp', new Uint8Array([1, 2, 3])));
    expect(unsupported).toBeInstanceOf(DocumentReadError);
    expect(unsupported).toMatchObject({ reason: 'unsupported_format' });
    expect((unsupported as Error).message).toMatch(/읽을 수 없습니다/);
    const empty = await rejection(preparer.prepare('빈 파일.txt', new Uint8Array(0)));
    expect(empty).toMatchObject({ reason: 'empty' });
    const tooLarge = await rejection(preparer.prepare('큰 파일.txt', new Uint8Array(101).fill(0x41)));
    expect(tooLarge).toMatchObject({ reason: 'too_large' });
    const blank = await rejection(preparer.prepare('공백.md', encoder.encode('\n\n   \n')));
    expect(blank).toMatchObject({ reason: 'no_text' });
    // The thread is still there for the next file.
    expect((await preparer.prepare('안내.md', notice)).title).toBe('민원 안내');
  });

  it('answers every file of a batch with its own document, on two threads', async () => {
    const preparer = preparerWith({ threads: 2 });
    const files = Array.from({ length: 6 }, (_, index) => ({
      name: `안내 ${String(index)}.md`,
      bytes: encoder.encode(`# 안내 ${String(index)}\n\n${String(index)}번 창구에서 접수합니다.\n`),
    }));
    const documents = await Promise.all(files.map((file) => preparer.prepare(file.name, file.bytes)));
    expect(documents.map((document) => document.title)).toEqual(
      files.map((_, index) => `안내 ${String(index)}`),
    );
  });

  it('gives up on a file that takes longer than the limit, with a Korean reason', async () => {
    // No thread starts, loads its modules and reads a file in a millisecond.
    const preparer = preparerWith({ timeoutMs: 1 });
    const error = await rejection(preparer.prepare('조례.md', statute));
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error).toMatchObject({ reason: 'corrupted' });
    expect((error as Error).message).toMatch(/너무 오래 걸려/);
  });

  it('fails a file that exhausts its thread’s memory alone; the next file gets a fresh thread', async () => {
    const preparer = preparerWith({ maximumHeapMb: 64, maximumBytes: 200 * 1_048_576 });
    expect((await preparer.prepare('안내.md', notice)).title).toBe('민원 안내');
    // 48 MB of Korean text: its decoded string alone (two bytes a character) is past a 64 MB heap.
    const huge = encoder.encode(`# 큰 문서\n\n${'가나다라마바사 아자차카타파하. '.repeat(1_000_000)}`);
    const error = await rejection(preparer.prepare('큰 문서.md', huge));
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error).toMatchObject({ reason: 'too_large' });
    expect((await preparer.prepare('조례.md', statute)).title).toBe('한빛시 보조금 관리 조례');
  });

  it('refuses work once closed, and rejects what was still waiting', async () => {
    const preparer = preparerWith();
    const waiting = rejection(preparer.prepare('조례.md', statute));
    await preparer.close();
    expect(await waiting).toBeInstanceOf(Error);
    expect(await rejection(preparer.prepare('안내.md', notice))).toBeInstanceOf(Error);
  });
});
