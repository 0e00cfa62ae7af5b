import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportHwpx } from './export-hwpx.js';
import { hwpxStructureProblems } from './hwpx-structure-problems.js';
import { sampleExportInput, sampleLayouts } from './sample-export-inputs.js';

/** The empty document Hangul saved, beside the project (../shared/fixtures), read there and never copied in. */
const blankHwpxPath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../../shared/fixtures/documents/hwpx/blank.hwpx',
);
const blankHwpxPresent = existsSync(blankHwpxPath);

/** The parts of an exported package, changed by `change`, zipped again with mimetype stored first. */
async function repackaged(
  change: (parts: Record<string, Uint8Array>) => void,
  mimetypeLevel: 0 | 6 = 0,
): Promise<Uint8Array> {
  const parts = unzipSync(await exportHwpx(sampleExportInput('gian')));
  change(parts);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = [data, { level: name === 'mimetype' ? mimetypeLevel : 6 }];
  return zipSync(files);
}

describe('hwpxStructureProblems', () => {
  it.each(sampleLayouts)('finds nothing wrong with the exported %s', async (layout) => {
    expect(hwpxStructureProblems(await exportHwpx(sampleExportInput(layout)))).toEqual([]);
  });

  it('names what is wrong with a broken package', async () => {
    expect(hwpxStructureProblems(strToU8('not a zip at all'))).toEqual(['zip 파일이 아닙니다.']);
    const deflated = await repackaged(() => undefined, 6);
    expect(hwpxStructureProblems(deflated)).toEqual([
      'mimetype이 압축되어 있습니다(방식 8); 저장(stored)이어야 합니다.',
    ]);
    const withoutVersion = await repackaged((parts) => {
      delete parts['version.xml'];
    });
    expect(hwpxStructureProblems(withoutVersion)).toEqual(['version.xml이(가) 없습니다.']);
    const brokenXml = await repackaged((parts) => {
      parts['Contents/section0.xml'] = strToU8('<hs:sec xmlns:hs="urn:x"><p></hs:sec>');
    });
    expect(hwpxStructureProblems(brokenXml).join('\n')).toContain(
      'Contents/section0.xml의 XML이 올바르지 않습니다',
    );
    const wrongType = await repackaged((parts) => {
      parts.mimetype = strToU8('application/zip');
    });
    expect(hwpxStructureProblems(wrongType)).toEqual(['mimetype 내용이 "application/zip"입니다.']);
    const danglingManifest = await repackaged((parts) => {
      delete parts['settings.xml'];
    });
    expect(hwpxStructureProblems(danglingManifest)).toEqual([
      'content.hpf의 항목 settings.xml이(가) 없습니다.',
    ]);
  });

  it('names a package whose first entry is not mimetype', async () => {
    const parts = unzipSync(await exportHwpx(sampleExportInput('gian')));
    const { mimetype, ...rest } = parts;
    const files: Zippable = { ...rest, mimetype: [mimetype ?? new Uint8Array(), { level: 0 }] };
    expect(hwpxStructureProblems(zipSync(files))).toEqual(['첫 항목이 mimetype이 아니라 version.xml입니다.']);
  });

  describe.skipIf(!blankHwpxPresent)(
    'compared with the blank document Hangul saved (../shared/fixtures)',
    () => {
      it('the reference itself has the standard parts', () => {
        // hwpxlib deflated its mimetype; only our own packages are held to "stored".
        const problems = hwpxStructureProblems(readFileSync(blankHwpxPath));
        expect(problems).toEqual(['mimetype이 압축되어 있습니다(방식 8); 저장(stored)이어야 합니다.']);
      });

      it.each(sampleLayouts)('the exported %s has every part the reference has', async (layout) => {
        const bytes = await exportHwpx(sampleExportInput(layout));
        expect(hwpxStructureProblems(bytes, readFileSync(blankHwpxPath))).toEqual([]);
      });

      it('notices a part the reference has and the package lacks', async () => {
        const withoutSettings = await repackaged((parts) => {
          delete parts['settings.xml'];
          parts['Contents/content.hpf'] = strToU8(
            new TextDecoder()
              .decode(parts['Contents/content.hpf'])
              .replace(/<opf:item id="settings"[^>]*\/>/, ''),
          );
        });
        expect(hwpxStructureProblems(withoutSettings, readFileSync(blankHwpxPath))).toEqual([
          'Hangul이 저장한 문서에 있는 settings.xml이(가) 없습니다.',
        ]);
      });
    },
  );

  it.runIf(!blankHwpxPresent)('skips the comparison with Hangul: ../shared/fixtures is missing', () => {
    console.warn('../shared/fixtures not found: comparison of exported HWPX with blank.hwpx skipped');
  });
});
