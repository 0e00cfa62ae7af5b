import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { markdownToHwpx } from 'kordoc';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../../platform/spreadsheet/index.js';
import { DocumentReadError, type DocumentBlock, type ParsedDocument } from '../parsed-document.js';
import { formatOfFileName, parseDocumentFile } from './parse-document-file.js';
import {
  compoundFileOf,
  groupShape,
  pdfOf,
  pptxOf,
  sharedDocument,
  sharedDocuments,
  sharedDocumentsPresent,
  tableFrame,
  textShape,
  withHwpPasswordFlag,
  withHwpxEncryption,
  xlsOf,
} from './parser-test-fixtures.js';

async function refusal(
  fileName: string,
  bytes: Uint8Array,
  maximumBytes?: number,
): Promise<DocumentReadError> {
  try {
    await parseDocumentFile(fileName, bytes, maximumBytes === undefined ? {} : { maximumBytes });
  } catch (error) {
    if (error instanceof DocumentReadError) return error;
    throw error;
  }
  throw new Error(`expected ${fileName} to be refused`);
}

function tables(document: ParsedDocument): string[][][] {
  return document.blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
}

function texts(document: ParsedDocument): string[] {
  return document.blocks.flatMap((block) => (block.kind === 'table' ? [] : [block.text]));
}

function randomBytes(length: number): Uint8Array {
  // Deterministic noise: no signature of any format.
  return Uint8Array.from({ length }, (_, index) => (index * 131 + 17) % 251);
}

describe('formatOfFileName', () => {
  it('maps extensions case-insensitively, with .htm and .markdown', () => {
    expect(formatOfFileName('보고서.HWP')).toBe('hwp');
    expect(formatOfFileName('2025 예산안.v2.hwpx')).toBe('hwpx');
    expect(formatOfFileName('자료/안내.htm')).toBe('html');
    expect(formatOfFileName('README.markdown')).toBe('md');
    expect(formatOfFileName('목록.csv')).toBe('csv');
    expect(formatOfFileName('발표.pptx')).toBe('pptx');
    expect(formatOfFileName('옛날.doc')).toBeNull();
    expect(formatOfFileName('이름없음')).toBeNull();
    expect(formatOfFileName('끝점.')).toBeNull();
  });
});

describe('parseDocumentFile', () => {
  it('reads DOCX headings, paragraphs, lists and a table with merged cells', async () => {
    const document = new Document({
      title: '보조금 운영 지침',
      numbering: {
        config: [
          {
            reference: 'steps',
            levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '제1장 총칙', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '제1조(목적)', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '이 지침은 보조금 운영에 필요한 사항을 정한다.' }),
            new Paragraph({ text: '신청서 접수', numbering: { reference: 'steps', level: 0 } }),
            new Paragraph({ text: '서류 심사', numbering: { reference: 'steps', level: 0 } }),
            new Paragraph({ text: '붙임 서류', bullet: { level: 0 } }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('구분')], rowSpan: 2 }),
                    new TableCell({ children: [new Paragraph('금액')], columnSpan: 2 }),
                  ],
                }),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('상반기')] }),
                    new TableCell({ children: [new Paragraph('하반기')] }),
                  ],
                }),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('인건비')] }),
                    new TableCell({ children: [new Paragraph('100')] }),
                    new TableCell({ children: [new Paragraph('200')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const parsed = await parseDocumentFile('지침.docx', await Packer.toBuffer(document));
    expect(parsed).toMatchObject({ format: 'docx', title: '보조금 운영 지침', pageCount: null });
    expect(parsed.blocks).toEqual<DocumentBlock[]>([
      { kind: 'heading', level: 1, text: '제1장 총칙', page: null },
      { kind: 'heading', level: 2, text: '제1조(목적)', page: null },
      { kind: 'paragraph', text: '이 지침은 보조금 운영에 필요한 사항을 정한다.', page: null },
      { kind: 'paragraph', text: '1. 신청서 접수', page: null },
      { kind: 'paragraph', text: '2. 서류 심사', page: null },
      { kind: 'paragraph', text: '- 붙임 서류', page: null },
      {
        kind: 'table',
        rows: [
          ['구분', '금액', '금액'],
          ['구분', '상반기', '하반기'],
          ['인건비', '100', '200'],
        ],
        page: null,
      },
    ]);
  });

  it('reads HWPX made by kordoc: headings, list paragraphs, a table, pages from sections', async () => {
    const hwpx = await markdownToHwpx(
      '# 2025년 업무계획\n\n추진 배경 문단입니다.\n\n## 추진 과제\n\n- 민원 처리 단축\n- 전자문서 확대\n\n| 과제 | 담당 |\n| --- | --- |\n| 민원 | 민원과 |\n',
    );
    const parsed = await parseDocumentFile('업무계획.hwpx', new Uint8Array(hwpx));
    expect(parsed).toMatchObject({ format: 'hwpx', title: '2025년 업무계획', pageCount: 1 });
    expect(parsed.blocks).toEqual<DocumentBlock[]>([
      { kind: 'heading', level: 1, text: '2025년 업무계획', page: 1 },
      { kind: 'paragraph', text: '추진 배경 문단입니다.', page: 1 },
      { kind: 'heading', level: 2, text: '추진 과제', page: 1 },
      { kind: 'paragraph', text: '- 민원 처리 단축', page: 1 },
      { kind: 'paragraph', text: '- 전자문서 확대', page: 1 },
      {
        kind: 'table',
        rows: [
          ['과제', '담당'],
          ['민원', '민원과'],
        ],
        page: 1,
      },
    ]);
  });

  it('reads the Korean text layer of a PDF, page by page, with its metadata title', async () => {
    const pdf = pdfOf(
      [
        [
          { text: '예산 집행 지침', size: 24 },
          { text: '제1조 이 지침은 예산 집행에 관한 사항을 정한다.', size: 11 },
          { text: '두 번째 문단입니다.', size: 11 },
        ],
        [
          { text: '제2장 부칙', size: 24 },
          { text: '이 지침은 2025년 1월 1일부터 시행한다.', size: 11 },
        ],
      ],
      { title: '집행 지침' },
    );
    const parsed = await parseDocumentFile('지침.pdf', pdf);
    expect(parsed).toMatchObject({ format: 'pdf', title: '집행 지침', pageCount: 2 });
    expect(parsed.blocks).toEqual<DocumentBlock[]>([
      { kind: 'heading', level: 1, text: '예산 집행 지침', page: 1 },
      { kind: 'paragraph', text: '제1조 이 지침은 예산 집행에 관한 사항을 정한다.', page: 1 },
      { kind: 'paragraph', text: '두 번째 문단입니다.', page: 1 },
      { kind: 'heading', level: 1, text: '제2장 부칙', page: 2 },
      { kind: 'paragraph', text: '이 지침은 2025년 1월 1일부터 시행한다.', page: 2 },
    ]);
    // Without metadata the first heading is the title.
    const untitled = await parseDocumentFile(
      '지침.pdf',
      pdfOf([
        [
          { text: '공고문', size: 24 },
          { text: '본문', size: 11 },
        ],
      ]),
    );
    expect(untitled.title).toBe('공고문');
  });

  it('reads XLSX written by the project: each sheet a page headed by its name, empty sheets skipped', async () => {
    const xlsx = writeXlsx([
      {
        name: '예산',
        columns: [
          { header: '항목', kind: 'text' },
          { header: '금액', kind: 'won' },
        ],
        rows: [
          ['인건비', 1_000_000],
          ['운영비', 250_000],
        ],
      },
      { name: '빈 시트', columns: [], rows: [] },
      { name: '인원', columns: [{ header: '부서', kind: 'text' }], rows: [['총무과']] },
    ]);
    const parsed = await parseDocumentFile('예산.xlsx', xlsx);
    expect(parsed).toMatchObject({ format: 'xlsx', title: '예산', pageCount: 3 });
    expect(parsed.blocks).toEqual<DocumentBlock[]>([
      { kind: 'heading', level: 2, text: '예산', page: 1 },
      {
        kind: 'table',
        rows: [
          ['항목', '금액'],
          ['인건비', '1000000'],
          ['운영비', '250000'],
        ],
        page: 1,
      },
      { kind: 'heading', level: 2, text: '인원', page: 3 },
      { kind: 'table', rows: [['부서'], ['총무과']], page: 3 },
    ]);
    const blank = writeXlsx([{ name: '시트1', columns: [], rows: [] }]);
    expect(await refusal('빈.xlsx', blank)).toMatchObject({ reason: 'no_text' });
  });

  it('reads XLS (BIFF8) sheets as pages', async () => {
    const xls = xlsOf([
      {
        name: '예산',
        rows: [
          ['항목', '금액'],
          ['인건비', 1000],
        ],
      },
      {
        name: '인원',
        rows: [
          ['부서', '인원'],
          ['총무과', 12],
        ],
      },
    ]);
    const parsed = await parseDocumentFile('예산.xls', xls);
    expect(parsed).toMatchObject({ format: 'xls', pageCount: 2, title: '예산' });
    expect(parsed.blocks).toEqual<DocumentBlock[]>([
      { kind: 'heading', level: 2, text: '예산', page: 1 },
      {
        kind: 'table',
        rows: [
          ['항목', '금액'],
          ['인건비', '1000'],
        ],
        page: 1,
      },
      { kind: 'heading', level: 2, text: '인원', page: 2 },
      {
        kind: 'table',
        rows: [
          ['부서', '인원'],
          ['총무과', '12'],
        ],
        page: 2,
      },
    ]);
  });

  it('reads PPTX slides in numeric order as pages: titles, paragraphs, groups, tables with merges', async () => {
    const slides = [
      textShape(['2025년 정보화 사업'], 'ctrTitle') + textShape(['정보화담당관실'], 'subTitle'),
      textShape(['추진 일정'], 'title') +
        textShape(['1분기: 착수 & 설계', '2분기: 구축 <1차>']) +
        groupShape([textShape(['그룹 안의 글상자'])]) +
        textShape(['3'], 'sldNum'),
      textShape(['예산 현황'], 'title') +
        tableFrame([
          [{ text: '구분' }, { text: '2025년', gridSpan: 2 }, { hMerge: true }],
          [{ text: '', vMerge: false }, { text: '상반기' }, { text: '하반기' }],
          [{ text: '인건비', rowSpan: 2 }, { text: '10' }, { text: '20' }],
          [{ vMerge: true }, { text: '30' }, { text: '40' }],
        ]),
    ];
    // File names 1, 2, 10: slide10 comes last although '10' sorts before '2' as text.
    const pptx = pptxOf(slides, { numbers: [1, 2, 10] });
    const parsed = await parseDocumentFile('사업계획.pptx', pptx);
    expect(parsed).toMatchObject({ format: 'pptx', title: '2025년 정보화 사업', pageCount: 3 });
    expect(parsed.blocks).toEqual<DocumentBlock[]>([
      { kind: 'heading', level: 1, text: '2025년 정보화 사업', page: 1 },
      { kind: 'paragraph', text: '정보화담당관실', page: 1 },
      { kind: 'heading', level: 2, text: '추진 일정', page: 2 },
      { kind: 'paragraph', text: '1분기: 착수 & 설계', page: 2 },
      { kind: 'paragraph', text: '2분기: 구축 <1차>', page: 2 },
      { kind: 'paragraph', text: '그룹 안의 글상자', page: 2 },
      { kind: 'heading', level: 2, text: '예산 현황', page: 3 },
      {
        kind: 'table',
        rows: [
          ['구분', '2025년', '2025년'],
          ['', '상반기', '하반기'],
          ['인건비', '10', '20'],
          ['인건비', '30', '40'],
        ],
        page: 3,
      },
    ]);
    const titled = await parseDocumentFile(
      '발표.pptx',
      pptxOf([textShape(['본문'])], { title: '정보화 계획' }),
    );
    expect(titled.title).toBe('정보화 계획');
    // PowerPoint's default title names nothing: the first heading wins over it.
    const defaultTitle = pptxOf([textShape(['실제 제목'], 'title')], { title: 'PowerPoint 프레젠테이션' });
    expect((await parseDocumentFile('발표.pptx', defaultTitle)).title).toBe('실제 제목');
  });

  it('reads CSV in UTF-8 (with and without BOM) and CP949, quoted fields included', async () => {
    const csv = '부서,요청 내용,금액\r\n총무과,"복사기 토너, 용지",120000\r\n"정보화""팀""","줄\n바꿈",\r\n';
    const expected = [
      ['부서', '요청 내용', '금액'],
      ['총무과', '복사기 토너, 용지', '120000'],
      ['정보화"팀"', '줄 바꿈', ''],
    ];
    for (const bytes of [Buffer.from(csv), Buffer.from(`\uFEFF${csv}`), iconv.encode(csv, 'cp949')]) {
      const parsed = await parseDocumentFile('요청.csv', bytes);
      expect(parsed).toEqual<ParsedDocument>({
        format: 'csv',
        title: null,
        pageCount: null,
        blocks: [{ kind: 'table', rows: expected, page: null }],
      });
    }
    // Characters only CP949's extension (Unified Hangul Code) has, beyond EUC-KR.
    const extended = await parseDocumentFile('이름.csv', iconv.encode('이름\r\n똠방각하\r\n햏\r\n', 'cp949'));
    expect(tables(extended)).toEqual([[['이름'], ['똠방각하'], ['햏']]]);
  });

  it('reads TXT paragraphs split on blank lines, in UTF-8 or CP949', async () => {
    const text = '출장 보고\r\n\r\n일시: 3월 2일\r\n장소: 세종청사\r\n   \r\n끝.';
    for (const bytes of [Buffer.from(text), iconv.encode(text, 'cp949')]) {
      const parsed = await parseDocumentFile('보고.txt', bytes);
      expect(parsed).toEqual<ParsedDocument>({
        format: 'txt',
        title: null,
        pageCount: null,
        blocks: [
          { kind: 'paragraph', text: '출장 보고', page: null },
          { kind: 'paragraph', text: '일시: 3월 2일\n장소: 세종청사', page: null },
          { kind: 'paragraph', text: '끝.', page: null },
        ],
      });
    }
  });

  it('reads Markdown headings, tables and paragraphs', async () => {
    const markdown =
      '# 안내\n\n**중요** 공지입니다.\n\n## 일정\n\n| 날짜 | 내용 |\n| --- | --- |\n| 3/2 | 접수 |\n';
    const parsed = await parseDocumentFile('안내.md', Buffer.from(markdown));
    expect(parsed).toEqual<ParsedDocument>({
      format: 'md',
      title: '안내',
      pageCount: null,
      blocks: [
        { kind: 'heading', level: 1, text: '안내', page: null },
        { kind: 'paragraph', text: '중요 공지입니다.', page: null },
        { kind: 'heading', level: 2, text: '일정', page: null },
        {
          kind: 'table',
          rows: [
            ['날짜', '내용'],
            ['3/2', '접수'],
          ],
          page: null,
        },
      ],
    });
  });

  it('reads HTML, in UTF-8 or CP949, with <title> as the title', async () => {
    const html =
      '<html><head><title>민원 안내</title><style>p{color:red}</style></head><body><h2>접수 방법</h2><p>방문&nbsp;또는 &lt;온라인&gt;</p><table><tr><th>구분</th><th>기한</th></tr><tr><td>일반</td><td>7일</td></tr></table><script>var x = 1;</script></body></html>';
    for (const bytes of [Buffer.from(html), iconv.encode(html, 'cp949')]) {
      const parsed = await parseDocumentFile('안내.html', bytes);
      expect(parsed).toEqual<ParsedDocument>({
        format: 'html',
        title: '민원 안내',
        pageCount: null,
        blocks: [
          { kind: 'heading', level: 2, text: '접수 방법', page: null },
          { kind: 'paragraph', text: '방문 또는 <온라인>', page: null },
          {
            kind: 'table',
            rows: [
              ['구분', '기한'],
              ['일반', '7일'],
            ],
            page: null,
          },
        ],
      });
    }
  });

  it('reads only the bytes it is given when they are a view into a larger buffer', async () => {
    // Node Buffers are often views into a shared pool: the parsers must not see the neighbours, here
    // another document of the same format right after the view.
    const pdfs: [Buffer, Buffer] = [
      pdfOf([[{ text: '앞 문서', size: 11 }]]),
      pdfOf([[{ text: '뒤 문서', size: 11 }]]),
    ];
    const docxOf = (text: string): Promise<Buffer> =>
      Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
    const docxs: [Buffer, Buffer] = [await docxOf('앞 문서'), await docxOf('뒤 문서')];
    for (const [name, [first, second]] of [
      ['보기.pdf', pdfs],
      ['보기.docx', docxs],
    ] as const) {
      const view = Buffer.concat([first, second]).subarray(0, first.length);
      expect(texts(await parseDocumentFile(name, view)), name).toEqual(['앞 문서']);
    }
  });

  it('refuses empty, too large and unsupported files with Korean messages', async () => {
    const empty = await refusal('빈.hwp', new Uint8Array(0));
    expect(empty).toMatchObject({ reason: 'empty' });
    expect(empty.message).toContain('한글(HWP)');

    const large = await refusal('큰.pdf', new Uint8Array(50 * 1024 * 1024 + 1));
    expect(large).toMatchObject({ reason: 'too_large' });
    expect(large.message).toContain('50MB까지');
    const overLimit = await refusal('작은.txt', Buffer.from('0123456789'), 5);
    expect(overLimit.reason).toBe('too_large');
    expect(
      (await parseDocumentFile('딱.txt', Buffer.from('01234'), { maximumBytes: 5 })).blocks,
    ).toHaveLength(1);

    const png = await refusal('사진.png', Buffer.from('png'));
    expect(png).toMatchObject({ reason: 'unsupported_format' });
    expect(png.message).toContain('.png 파일은 읽을 수 없습니다');
    expect(png.message).toContain('.hwpx');
    expect((await refusal('이름없음', Buffer.from('text'))).reason).toBe('unsupported_format');
    expect((await refusal('옛날.doc', Buffer.from('text'))).message).toContain('DOCX 형식으로 다시 저장');
  });

  it('refuses damaged DOCX, HWPX, HWP, XLSX, XLS and PDF files as corrupted', async () => {
    for (const name of ['깨진.docx', '깨진.hwpx', '깨진.xlsx', '깨진.pptx']) {
      // A zip signature followed by noise: the parser runs and fails.
      const broken = await refusal(name, Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(300)]));
      expect(broken.reason, name).toBe('corrupted');
    }
    for (const name of ['잡음.docx', '잡음.hwpx', '잡음.hwp', '잡음.xls', '잡음.pdf', '잡음.pptx']) {
      const noise = await refusal(name, randomBytes(2000));
      expect(noise.reason, name).toBe('corrupted');
      expect(noise.message, name).toContain('문서 보안(DRM)');
    }
    const hwp = await refusal('깨진.hwp', compoundFileOf('FileHeader', randomBytes(600)));
    expect(hwp).toMatchObject({ reason: 'corrupted' });
    expect(hwp.message).toContain('한글(HWP) 파일을 읽을 수 없습니다');
    const pdf = await refusal('깨진.pdf', Buffer.from('%PDF-1.4 nothing else'));
    expect(pdf).toMatchObject({ reason: 'corrupted' });
    expect(pdf.message).toContain('PDF 파일을 읽을 수 없습니다');
    const docx = await refusal('부족.docx', zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }));
    expect(docx.message).toContain('Word(DOCX) 파일을 읽을 수 없습니다');
  });

  it('names what a file really is when its extension says otherwise', async () => {
    const zip = zipSync({ 'hello.txt': strToU8('hello') });
    const zipAsPdf = await refusal('보고서.pdf', zip);
    expect(zipAsPdf).toMatchObject({ reason: 'corrupted' });
    expect(zipAsPdf.message).toBe(
      '파일 이름은 .pdf이지만 실제 내용은 ZIP 압축 파일입니다. 원래 프로그램에서 PDF 형식으로 다시 저장한 뒤 올리세요.',
    );
    const hwpx = new Uint8Array(await markdownToHwpx('# 제목\n\n본문'));
    const hwpxAsDocx = await refusal('보고서.docx', hwpx);
    expect(hwpxAsDocx.message).toContain('실제 내용은 한글(HWPX) 문서입니다');
    expect(hwpxAsDocx.message).toContain('확장자를 .hwpx로 바꾸거나');
    const pdfAsHwp = await refusal('공문.hwp', pdfOf([[{ text: '본문', size: 11 }]]));
    expect(pdfAsHwp.message).toContain('실제 내용은 PDF 문서입니다');
    const xlsAsHwp = await refusal('공문.hwp', xlsOf([{ name: '시트', rows: [['값']] }]));
    expect(xlsAsHwp.message).toContain('실제 내용은 Excel 97-2003(XLS) 통합 문서입니다');
    expect((await refusal('메모.txt', zip)).message).toContain('실제 내용은 ZIP 압축 파일입니다');
    expect((await refusal('메모.txt', Buffer.from([0x61, 0x00, 0x62, 0x00]))).reason).toBe('corrupted');
    // A text file that merely mentions the PDF signature is still text.
    expect(texts(await parseDocumentFile('메모.md', Buffer.from('PDF 파일은 %PDF-1.7로 시작한다.')))).toEqual(
      ['PDF 파일은 %PDF-1.7로 시작한다.'],
    );
  });

  it('refuses encrypted HWPX, PDF and Office files as encrypted', async () => {
    const hwpx = withHwpxEncryption(new Uint8Array(await markdownToHwpx('# 비밀\n\n본문')));
    const lockedHwpx = await refusal('비밀.hwpx', hwpx);
    expect(lockedHwpx).toMatchObject({ reason: 'encrypted' });
    expect(lockedHwpx.message).toContain('암호나 문서 보안(DRM)이 걸린 한글(HWPX) 파일');
    const pdf = pdfOf([[{ text: '비밀 문서', size: 12 }]], { encrypted: true });
    expect(await refusal('비밀.pdf', pdf)).toMatchObject({ reason: 'encrypted' });
    // Office wraps a password-protected DOCX/XLSX/PPTX in OLE2 with an EncryptedPackage stream.
    const office = compoundFileOf('EncryptedPackage', randomBytes(800));
    for (const name of ['비밀.docx', '비밀.xlsx', '비밀.pptx']) {
      expect((await refusal(name, office)).reason, name).toBe('encrypted');
    }
  });

  it('refuses documents without text', async () => {
    const scanned = await refusal('스캔.pdf', pdfOf([[]]));
    expect(scanned).toMatchObject({ reason: 'no_text' });
    expect(scanned.message).toContain('글자 정보가 없는 PDF');
    expect(await refusal('공백.txt', Buffer.from(' \r\n\r\n\u3000 '))).toMatchObject({ reason: 'no_text' });
    expect(await refusal('빈.md', Buffer.from('---\n\n***\n'))).toMatchObject({ reason: 'no_text' });
    expect(await refusal('빈.html', Buffer.from('<script>alert(1)</script><img src="a.png">'))).toMatchObject(
      {
        reason: 'no_text',
      },
    );
    expect(await refusal('쉼표.csv', Buffer.from(',,\r\n,,\r\n'))).toMatchObject({ reason: 'no_text' });
    const pictures = await refusal('그림.pptx', pptxOf(['', textShape(['7'], 'sldNum')]));
    expect(pictures).toMatchObject({ reason: 'no_text' });
    expect(pictures.message).toContain('슬라이드');
    const blankHwpx = await refusal('빈.hwpx', new Uint8Array(await markdownToHwpx('')));
    expect(blankHwpx).toMatchObject({ reason: 'no_text' });
  });

  describe.skipIf(!sharedDocumentsPresent)('real Hangul documents (../shared/fixtures/documents)', () => {
    // blank.* are empty documents as Hangul saves them; PageSize_Margin.hwpx only sets up the page.
    const withoutText = new Set(['hwp/blank.hwp', 'hwpx/blank.hwpx', 'hwpx/PageSize_Margin.hwpx']);

    it('reads every HWP and HWPX file: text, pages, or no_text for the empty ones', async () => {
      const documents = [...sharedDocuments('hwp'), ...sharedDocuments('hwpx')];
      expect(documents.length).toBeGreaterThanOrEqual(10);
      for (const [name, bytes] of documents) {
        if (withoutText.has(name)) {
          expect((await refusal(name, bytes)).reason, name).toBe('no_text');
          continue;
        }
        const parsed = await parseDocumentFile(name, bytes);
        expect(parsed.blocks.length, name).toBeGreaterThan(0);
        expect(parsed.pageCount, name).toBeGreaterThanOrEqual(1);
        for (const block of parsed.blocks) {
          expect(block.page, name).not.toBeNull();
          expect(block.page ?? 0, name).toBeLessThanOrEqual(parsed.pageCount ?? 0);
        }
      }
    });

    it('keeps their structure: tables with merged cells, numbered headings, the distribution notice', async () => {
      const table = await parseDocumentFile('표.hwp', sharedDocument('hwp/표.hwp'));
      expect(table.blocks).toEqual<DocumentBlock[]>([
        { kind: 'paragraph', text: '표 1', page: 1 },
        {
          kind: 'table',
          rows: [
            ['ABC 123', 'DEF', 'GHI'],
            ['LMN', 'OPQ', 'STR'],
            ['UVM', '123', '456'],
          ],
          page: 1,
        },
      ]);
      const merged = await parseDocumentFile('SimpleTable.hwpx', sharedDocument('hwpx/SimpleTable.hwpx'));
      expect(tables(merged)).toEqual([
        [
          ['1', '1', '2'],
          ['1', '1', '3'],
          ['5', '4', '4'],
        ],
      ]);
      const headings = await parseDocumentFile('ParaHead.hwpx', sharedDocument('hwpx/ParaHead.hwpx'));
      expect(headings.title).toBe('1. 개요1');
      expect(headings.blocks).toContainEqual({ kind: 'heading', level: 2, text: '가. 개요1-1', page: 1 });
      // Wingdings bullets come out as their Unicode look-alikes.
      expect(headings.blocks[0]).toEqual({ kind: 'paragraph', text: '● 글머리1-1', page: 1 });
      const notice = await parseDocumentFile('공고.hwp', sharedDocument('hwp/distribution.hwp'));
      expect(notice).toMatchObject({
        title: '2025년 강남세움센터 시설관리원 용역업체 선정 입찰공고',
        pageCount: 2,
      });
      expect(texts(notice).join('\n')).toContain('시설관리원 용역업체 선정');
      expect(notice.blocks.some((block) => block.page === 2)).toBe(true);
    });

    it('refuses a password-protected HWP as encrypted', async () => {
      const locked = await refusal('잠김.hwp', withHwpPasswordFlag(sharedDocument('hwp/표.hwp')));
      expect(locked).toMatchObject({ reason: 'encrypted' });
      expect(locked.message).toContain('한글(HWP)');
    });
  });

  it.runIf(!sharedDocumentsPresent)(
    'skips the real HWP/HWPX tier: ../shared/fixtures/documents is missing',
    () => {
      console.warn('../shared/fixtures/documents not found: the real HWP/HWPX document tests are skipped');
    },
  );
});
