export const testMultipartBoundary = '----jumugwan-test-boundary';

/** A multipart/form-data body of files (and plain fields when `fileName` is absent), as a browser sends it. */
export function multipartBody(
  parts: readonly { fileName?: string; field?: string; bytes: Buffer }[],
): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      part.fileName === undefined
        ? `form-data; name="${part.field ?? 'note'}"`
        : `form-data; name="file"; filename="${part.fileName}"`;
    chunks.push(
      Buffer.from(
        `--${testMultipartBoundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      part.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${testMultipartBoundary}--\r\n`));
  return Buffer.concat(chunks);
}

export const multipartContentType = `multipart/form-data; boundary=${testMultipartBoundary}`;
