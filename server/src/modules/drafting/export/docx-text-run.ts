import { TextRun, type IRunOptions } from 'docx';

/**
 * A run of text. The options are typed apart from the call because TextRun also takes a plain string, and the
 * linter then reads `bold` as the deprecated String#bold.
 */
export function docxTextRun(
  text: string,
  style: { bold?: boolean; points?: number; color?: string } = {},
): TextRun {
  const options: IRunOptions = {
    text,
    bold: style.bold,
    size: style.points === undefined ? undefined : style.points * 2,
    color: style.color,
  };
  return new TextRun(options);
}
