import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx';

/** A plain A4 DOCX of translated paragraphs, in fonts every government PC has. */
export async function paragraphsDocument(title: string | undefined, paragraphs: string[]): Promise<Buffer> {
  const children: Paragraph[] = [];
  if (title !== undefined && title.trim() !== '') {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun({ text: title.trim(), font: '맑은 고딕' })],
      }),
    );
  }
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n');
    children.push(
      new Paragraph({
        spacing: { after: 160, line: 360 },
        children: lines.map(
          (line, index) =>
            new TextRun({ text: line, font: '맑은 고딕', size: 22, break: index === 0 ? 0 : 1 }),
        ),
      }),
    );
  }
  const document = new Document({
    creator: 'AI 주무관',
    description: '생성형 AI로 번역한 문서입니다.',
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1701, bottom: 1417, left: 1701, right: 1417 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
