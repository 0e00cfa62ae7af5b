import { strFromU8, unzipSync } from 'fflate';

/** A test helper: the text of each part of an exported package. */
export function hwpxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** A test helper: the paragraph shape a paragraph starting with `text` uses, as left margin and indent. */
export function paragraphShapeOf(
  parts: Readonly<Record<string, string>>,
  text: string,
): { left: number; intent: number } | null {
  const section = parts['Contents/section0.xml'] ?? '';
  const position = section.indexOf(`<hp:t>${text}`);
  if (position === -1) return null;
  const start = section.lastIndexOf('<hp:p ', position);
  const id = /paraPrIDRef="(\d+)"/.exec(section.slice(start, position))?.[1];
  const shape =
    new RegExp(`<hh:paraPr id="${id ?? ''}"[\\s\\S]*?</hh:paraPr>`).exec(
      parts['Contents/header.xml'] ?? '',
    )?.[0] ?? '';
  const value = (name: string): number =>
    Number(new RegExp(`<hc:${name} value="(-?\\d+)"`).exec(shape)?.[1] ?? NaN);
  return { left: value('left'), intent: value('intent') };
}
