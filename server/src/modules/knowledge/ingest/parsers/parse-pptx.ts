import { strFromU8, unzipSync } from 'fflate';
import type { DocumentBlock } from '../parsed-document.js';
import { corrupted, unpacksTooLarge } from './document-read-errors.js';
import { rowsFromGrid, type SpannedCell } from './table-rows.js';
import { cleanLine, cleanText } from './text-cleanup.js';
import {
  childElements,
  findDescendant,
  firstChild,
  localName,
  parseXml,
  textContent,
  type XmlElement,
} from './xml-tree.js';

export interface PptxDocument {
  blocks: DocumentBlock[];
  slideCount: number;
  metadataTitle: string | null;
}

const slidePart = /^ppt\/slides\/slide(\d+)\.xml$/;
const corePropertiesPart = 'docProps/core.xml';
// The parts read are slide XML: far below this unless the file is a zip bomb.
const maximumUnpackedBytes = 256 * 1024 * 1024;

// Placeholders that hold the slide's title, and those that repeat on every slide (date, footer, number).
const titlePlaceholders: ReadonlySet<string> = new Set(['title', 'ctrTitle']);
const boilerplatePlaceholders: ReadonlySet<string> = new Set(['dt', 'ftr', 'sldNum']);

/**
 * A PowerPoint 2007+ deck: each slide (ppt/slides/slideN.xml, in the numeric order of N) a page; the title
 * placeholder a heading (level 1 on a title slide's centred title, 2 otherwise); every other text paragraph
 * (a:p, its a:t runs joined, a:br a line break) a paragraph; a:tbl tables as tables, merged cells repeated.
 * Shapes are read in the order the slide lists them; pictures, charts, SmartArt, date/footer/slide-number
 * placeholders and speaker notes are left out. Throws DocumentReadError 'corrupted' for a zip that is no
 * deck and 'too_large' for slides that unpack past 256 MB.
 */
export function parsePptx(bytes: Uint8Array): PptxDocument {
  // Decided from the sizes the zip declares, before inflating anything.
  const unpacked = { bytes: 0, tooLarge: false };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!slidePart.test(file.name) && file.name !== corePropertiesPart) return false;
        unpacked.bytes += file.originalSize;
        if (unpacked.bytes > maximumUnpackedBytes) unpacked.tooLarge = true;
        return !unpacked.tooLarge;
      },
    });
  } catch {
    throw corrupted('pptx');
  }
  if (unpacked.tooLarge) throw unpacksTooLarge('pptx');
  const slides = Object.keys(files)
    .map((name) => ({ name, number: Number(slidePart.exec(name)?.[1]) }))
    .filter((slide) => Number.isInteger(slide.number))
    .sort((a, b) => a.number - b.number);
  const blocks: DocumentBlock[] = [];
  slides.forEach((slide, index) => {
    const part = files[slide.name];
    if (part !== undefined) blocks.push(...slideBlocks(parseXml(strFromU8(part)), index + 1));
  });
  const core = files[corePropertiesPart];
  return {
    blocks,
    slideCount: slides.length,
    metadataTitle: core === undefined ? null : coreTitle(parseXml(strFromU8(core))),
  };
}

function coreTitle(core: XmlElement): string | null {
  const title = findDescendant(core, 'title');
  return title === undefined ? null : cleanLine(textContent(title)) || null;
}

function slideBlocks(slide: XmlElement, page: number): DocumentBlock[] {
  const shapeTree = findDescendant(slide, 'spTree');
  return shapeTree === undefined ? [] : shapeBlocks(shapeTree, page);
}

function shapeBlocks(container: XmlElement, page: number): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const element of childElements(container)) {
    switch (localName(element.name)) {
      case 'sp':
        blocks.push(...textShapeBlocks(element, page));
        break;
      case 'grpSp':
        blocks.push(...shapeBlocks(element, page));
        break;
      case 'graphicFrame': {
        const table = findDescendant(element, 'tbl');
        if (table !== undefined) blocks.push(...tableBlocks(table, page));
        break;
      }
      case 'AlternateContent': {
        // The first choice is what PowerPoint shows; the fallback repeats it for older readers.
        const choice = firstChild(element, 'Choice') ?? firstChild(element, 'Fallback');
        if (choice !== undefined) blocks.push(...shapeBlocks(choice, page));
        break;
      }
    }
  }
  return blocks;
}

function textShapeBlocks(shape: XmlElement, page: number): DocumentBlock[] {
  const properties = firstChild(shape, 'nvSpPr');
  const placeholder = properties === undefined ? undefined : findDescendant(properties, 'ph');
  const placeholderType = placeholder?.attributes.type ?? '';
  if (boilerplatePlaceholders.has(placeholderType)) return [];
  const body = firstChild(shape, 'txBody');
  if (body === undefined) return [];
  const paragraphs = childElements(body, 'p')
    .map(paragraphText)
    .filter((text) => text !== '');
  if (titlePlaceholders.has(placeholderType)) {
    const text = cleanLine(paragraphs.join(' '));
    return text === ''
      ? []
      : [{ kind: 'heading', level: placeholderType === 'ctrTitle' ? 1 : 2, text, page }];
  }
  return paragraphs.map((text) => ({ kind: 'paragraph', text, page }));
}

/** An a:p's text: its runs and fields in order, a:br as a line break. */
function paragraphText(paragraph: XmlElement): string {
  let text = '';
  for (const child of childElements(paragraph)) {
    const name = localName(child.name);
    if (name === 'r' || name === 'fld') {
      const run = firstChild(child, 't');
      if (run !== undefined) text += textContent(run);
    } else if (name === 'br') {
      text += '\n';
    }
  }
  return cleanText(text);
}

function tableBlocks(table: XmlElement, page: number): DocumentBlock[] {
  const grid: SpannedCell[][] = childElements(table, 'tr').map((row) =>
    childElements(row, 'tc').map((cell): SpannedCell => {
      // A covered cell (hMerge/vMerge) is a placeholder: rowsFromGrid fills it from its anchor.
      const body = firstChild(cell, 'txBody');
      const text = body === undefined ? '' : childElements(body, 'p').map(paragraphText).join(' ');
      return {
        text,
        colSpan: Number(cell.attributes.gridSpan ?? 1),
        rowSpan: Number(cell.attributes.rowSpan ?? 1),
      };
    }),
  );
  const rows = rowsFromGrid(grid);
  return rows.length === 0 ? [] : [{ kind: 'table', rows, page }];
}
