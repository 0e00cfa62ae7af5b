import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';

/** A finished download's suggested name and bytes. */
export async function readDownload(download: Download): Promise<{ name: string; bytes: Buffer }> {
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}
