export interface CsvRow {
  /** 1-based physical line where the record starts (quoted line breaks make records span lines). */
  line: number;
  cells: string[];
}

export interface CsvLineError {
  line: number;
  /** Korean, without the line prefix. */
  message: string;
}

export interface CsvParseResult {
  rows: CsvRow[];
  errors: CsvLineError[];
}

type CsvDelimiter = ',' | '\t';

/**
 * Excel's "텍스트 (탭으로 분리)" export and some HR systems produce TSV; the header decides the delimiter
 * because a header never legitimately contains both.
 */
function detectDelimiter(text: string): CsvDelimiter {
  const headerLine = text.split(/\r\n|\r|\n/).find((line) => line.length > 0) ?? '';
  return headerLine.includes('\t') && !headerLine.includes(',') ? '\t' : ',';
}

/**
 * RFC 4180 parser that keeps physical line numbers so every problem can be reported as "N행".
 * Accepts CRLF, LF and lone CR line breaks. Completely empty lines produce no row; a line holding only
 * spaces or delimiters does, so callers decide whether such a row counts as blank.
 * Line breaks inside quoted fields are returned as "\n" whatever the file used.
 */
export function parseCsv(text: string): CsvParseResult {
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  const errors: CsvLineError[] = [];

  let position = 0;
  let line = 1;
  let recordStartLine = 1;
  let cells: string[] = [];
  let field = '';
  // Distinguishes an empty physical line (no record) from a record whose only field is empty ('""').
  let recordHasContent = false;

  const finishRecord = (): void => {
    if (recordHasContent) {
      cells.push(field);
      rows.push({ line: recordStartLine, cells });
    }
    cells = [];
    field = '';
    recordHasContent = false;
  };

  /** Consumes a line break at the current position, if any, and reports whether it did. */
  const consumeLineBreak = (): boolean => {
    const character = text.charAt(position);
    if (character === '\r') {
      position += text[position + 1] === '\n' ? 2 : 1;
    } else if (character === '\n') {
      position += 1;
    } else {
      return false;
    }
    line += 1;
    return true;
  };

  while (position < text.length) {
    if (!recordHasContent) {
      recordStartLine = line;
    }

    if (consumeLineBreak()) {
      finishRecord();
      continue;
    }

    const character = text.charAt(position);
    recordHasContent = true;

    if (character === delimiter) {
      cells.push(field);
      field = '';
      position += 1;
      continue;
    }

    if (character === '"' && field === '' && isAtFieldStart(text, position, delimiter)) {
      const quoteStartLine = line;
      position += 1;
      let closed = false;
      while (position < text.length) {
        const quotedCharacter = text.charAt(position);
        if (quotedCharacter === '"') {
          if (text[position + 1] === '"') {
            field += '"';
            position += 2;
            continue;
          }
          position += 1;
          closed = true;
          break;
        }
        if (consumeLineBreak()) {
          field += '\n';
          continue;
        }
        field += quotedCharacter;
        position += 1;
      }

      if (!closed) {
        // The rest of the file was swallowed by the open quote, so no trustworthy record remains.
        errors.push({
          line: quoteStartLine,
          message: '따옴표(")가 닫히지 않았습니다. 값 안의 따옴표는 두 번("") 써야 합니다.',
        });
        return { rows, errors };
      }

      const next = text[position];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        errors.push({
          line,
          message:
            '닫는 따옴표(") 뒤에 구분 기호 없이 글자가 이어집니다. 값 안의 따옴표는 두 번("") 써야 합니다.',
        });
        // Keep the stray text in the field so the row still has the right cell count for later checks.
      }
      continue;
    }

    // A quote inside an unquoted field is kept literally, as Excel and most readers do.
    field += character;
    position += 1;
  }

  finishRecord();
  return { rows, errors };
}

/** A quote only opens a quoted field right after a delimiter, a line break, or at the start of the text. */
function isAtFieldStart(text: string, position: number, delimiter: CsvDelimiter): boolean {
  const previous = text[position - 1];
  return previous === undefined || previous === delimiter || previous === '\n' || previous === '\r';
}
