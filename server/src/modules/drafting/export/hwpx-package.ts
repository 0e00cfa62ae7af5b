import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>';

/** Parts a package needs that kordoc does not write, as the Hangul-saved blank document has them. */
const defaultParts: ReadonlyMap<string, string> = new Map([
  [
    'version.xml',
    `${xmlDeclaration}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="0" micro="5" buildNumber="0" xmlVersion="1.4" application="jumugwan" appVersion="1"/>`,
  ],
  [
    'META-INF/manifest.xml',
    `${xmlDeclaration}<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`,
  ],
  [
    'settings.xml',
    `${xmlDeclaration}<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>`,
  ],
]);

// Hangul's own order: mimetype, version, META-INF, content.hpf, header, sections, the rest, settings.
const leadingParts = [
  'mimetype',
  'version.xml',
  'META-INF/manifest.xml',
  'META-INF/container.xml',
  'Contents/content.hpf',
  'Contents/header.xml',
];

/** The files of a zip by name, directory entries left out. */
export function zipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = unzipSync(bytes);
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

/**
 * An HWPX package from its parts: `mimetype` first and stored (readers identify the format by its bytes at a
 * fixed offset), the missing standard parts added, the rest deflated as Hangul does.
 */
export function hwpxPackage(parts: ReadonlyMap<string, Uint8Array>, modifiedAt: Date): Uint8Array {
  const complete = new Map(parts);
  complete.set('mimetype', strToU8('application/hwp+zip'));
  for (const [name, text] of defaultParts) if (!complete.has(name)) complete.set(name, strToU8(text));
  const rank = (name: string): number => {
    const leading = leadingParts.indexOf(name);
    if (leading !== -1) return leading;
    if (name.startsWith('Contents/section')) return leadingParts.length;
    return name === 'settings.xml' ? leadingParts.length + 2 : leadingParts.length + 1;
  };
  const names = [...complete.keys()].sort(
    (first, second) => rank(first) - rank(second) || first.localeCompare(second, 'en', { numeric: true }),
  );
  const files: Zippable = {};
  for (const name of names) {
    const data = complete.get(name) ?? new Uint8Array();
    files[name] = [data, { level: name === 'mimetype' ? 0 : 6, mtime: modifiedAt }];
  }
  return zipSync(files);
}
