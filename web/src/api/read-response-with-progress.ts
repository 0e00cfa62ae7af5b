/**
 * Reads a download's body chunk by chunk, reporting the bytes received and the total the server announced
 * (Content-Length; null when it sent none, e.g. a compressed or streamed answer). Resolves with the bytes
 * as a Blob of the answer's content type.
 */
export async function readResponseWithProgress(
  response: Response,
  onProgress: (received: number, total: number | null) => void,
): Promise<Blob> {
  const type = response.headers.get('content-type') ?? '';
  const announced = Number(response.headers.get('content-length') ?? '');
  const total = Number.isSafeInteger(announced) && announced > 0 ? announced : null;
  if (response.body === null) {
    const blob = await response.blob();
    onProgress(blob.size, total ?? blob.size);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress(0, total);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received, total);
    }
  } finally {
    reader.releaseLock();
  }
  return new Blob(chunks, { type });
}
