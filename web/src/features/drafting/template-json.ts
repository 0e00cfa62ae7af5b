import { draftTemplateSchema, type DraftTemplate, type DraftTemplateInput } from '@jumugwan/contracts';

/** One problem of the edited template, at a path such as `fields[2].label`. */
export interface TemplateIssue {
  path: string;
  message: string;
}

export type TemplateJsonResult =
  { ok: true; template: DraftTemplate } | { ok: false; issues: TemplateIssue[] };

type SchemaIssue = NonNullable<ReturnType<typeof draftTemplateSchema.safeParse>['error']>['issues'][number];

const typeNames: Partial<Record<string, string>> = {
  string: '문자열',
  number: '숫자',
  int: '정수',
  boolean: 'true 또는 false',
  array: '배열',
  object: '객체',
};

/** `fields[2].label`; the template itself is the empty path. */
export function issuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

function hasHangul(text: string): boolean {
  return /[가-힣]/u.test(text);
}

/** A Korean message for zod's English defaults; the schema's own Korean messages are kept as they are. */
export function issueMessage(issue: SchemaIssue): string {
  if (hasHangul(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '필수 항목입니다.'
        : `${typeNames[issue.expected] ?? issue.expected} 값이어야 합니다.`;
    case 'too_small': {
      const minimum = String(issue.minimum);
      if (issue.origin === 'string') return `${minimum}자 이상이어야 합니다.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${minimum}개 이상이어야 합니다.`;
      return `${minimum} ${issue.inclusive === false ? '초과여야' : '이상이어야'} 합니다.`;
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (issue.origin === 'string') return `${maximum}자 이하여야 합니다.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${maximum}개 이하여야 합니다.`;
      return `${maximum} ${issue.inclusive === false ? '미만이어야' : '이하여야'} 합니다.`;
    }
    case 'invalid_format':
      return '형식이 올바르지 않습니다.';
    case 'invalid_value':
      return `다음 중 하나여야 합니다: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `알 수 없는 항목입니다: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return '허용되지 않는 이름입니다.';
    case 'invalid_union':
      return '형식이 올바르지 않습니다.';
    case 'not_multiple_of':
      return `${String(issue.divisor)}의 배수여야 합니다.`;
    default:
      return '값이 올바르지 않습니다.';
  }
}

/**
 * Where JSON.parse stopped, as a 1-based line. V8 says "at position N", "(line N column M)", or quotes the
 * text around the problem (`Unexpected token '}', ..."name": }" is not valid JSON`), which is found again.
 */
function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/u.exec(message);
  if (line !== null) return Number(line[1]);
  const position = /position (\d+)/u.exec(message);
  if (position !== null) return lineAt(text, Number(position[1]));
  if (/Unexpected end of JSON input/u.test(message)) return lineAt(text, text.length);
  const quoted = /"(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON/u.exec(message)?.[1];
  const at = quoted === undefined || quoted === '' ? -1 : text.indexOf(quoted);
  if (quoted === undefined || at === -1) return null;
  const token = /Unexpected token '(.+?)'/u.exec(message)?.[1];
  const inQuote = token === undefined ? -1 : quoted.indexOf(token);
  return lineAt(text, at + (inQuote === -1 ? Math.floor(quoted.length / 2) : inQuote));
}

/** Trailing blank lines do not count: an error "at the end" is on the last written line. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.min(offset, text.trimEnd().length)).split('\n').length;
}

/** The editor's JSON text, checked against the template schema, with Korean messages. */
export function parseTemplateJson(text: string): TemplateJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const line = jsonErrorLine(text, error);
    return {
      ok: false,
      issues: [
        {
          path: '',
          message:
            line === null
              ? 'JSON 문법이 올바르지 않습니다.'
              : `JSON 문법이 올바르지 않습니다 (${line}번째 줄 근처).`,
        },
      ],
    };
  }
  // With the input reported, a missing key can be told apart from a wrong type.
  const parsed = draftTemplateSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issuePath(issue.path),
        message: issueMessage(issue),
      })),
    };
  }
  return { ok: true, template: parsed.data };
}

/** Pretty-printed as the editor shows it. */
export function templateJson(template: DraftTemplateInput): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
