import { z } from 'zod';

import { decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes.js';
import { parseCsv, type CsvRow } from './parse-csv.js';

// ---------------------------------------------------------------------------------------------
// Schemas and types
// ---------------------------------------------------------------------------------------------

/** Codes end up in URLs, logs and SSO attribute matching, so they stay ASCII. */
export const importCodePattern = /^[0-9A-Za-z_-]{1,40}$/;
export const importCodeMaxLength = 40;
export const departmentNameMaxLength = 100;
export const userNameMaxLength = 50;

/** Counts code points, as PostgreSQL varchar(n) does, rather than UTF-16 units. */
function characterCount(value: string): number {
  return Array.from(value).length;
}

export const csvEncodingSchema = z.enum(['utf-8', 'cp949']) satisfies z.ZodType<CsvEncoding>;

export const departmentKindSchema = z.enum(['bureau', 'division', 'team']);
export type DepartmentKind = z.infer<typeof departmentKindSchema>;

export const userRoleSchema = z.enum(['staff', 'department_admin', 'platform_admin']);
export type UserRole = z.infer<typeof userRoleSchema>;

const importCodeSchema = z.string().regex(importCodePattern);
const lineNumberSchema = z.number().int().positive();

export const importLineErrorSchema = z.object({
  line: lineNumberSchema,
  /** Header name as written in the file, when the problem belongs to one column. */
  column: z.string().optional(),
  /** Korean, without the "N행: " prefix; see formatImportError. */
  message: z.string().min(1),
});
export type ImportLineError = z.infer<typeof importLineErrorSchema>;

export const importedDepartmentSchema = z.object({
  code: importCodeSchema,
  name: z
    .string()
    .min(1)
    .refine((name) => characterCount(name) <= departmentNameMaxLength),
  /** null = top level directly under the institution. */
  parentCode: importCodeSchema.nullable(),
  kind: departmentKindSchema,
  sortOrder: z.number().int(),
  line: lineNumberSchema,
});
export type ImportedDepartment = z.infer<typeof importedDepartmentSchema>;

export const importedUserSchema = z.object({
  employeeNumber: importCodeSchema,
  name: z
    .string()
    .min(1)
    .refine((name) => characterCount(name) <= userNameMaxLength),
  rank: z.string().min(1).nullable(),
  departmentCode: z.string().min(1),
  email: z.email().nullable(),
  role: userRoleSchema,
  line: lineNumberSchema,
});
export type ImportedUser = z.infer<typeof importedUserSchema>;

export const departmentsParseResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    encoding: csvEncodingSchema,
    departments: z.array(importedDepartmentSchema),
  }),
  z.object({ ok: z.literal(false), encoding: csvEncodingSchema, errors: z.array(importLineErrorSchema) }),
]);
export type DepartmentsParseResult = z.infer<typeof departmentsParseResultSchema>;

export const usersParseResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), encoding: csvEncodingSchema, users: z.array(importedUserSchema) }),
  z.object({ ok: z.literal(false), encoding: csvEncodingSchema, errors: z.array(importLineErrorSchema) }),
]);
export type UsersParseResult = z.infer<typeof usersParseResultSchema>;

export function formatImportError(error: ImportLineError): string {
  return `${error.line}행: ${error.message}`;
}

// ---------------------------------------------------------------------------------------------
// Header handling shared by both files
// ---------------------------------------------------------------------------------------------

interface ColumnDefinition<Field extends string> {
  field: Field;
  /** Korean name used in messages. */
  label: string;
  /** Accepted header names in lower case; headers are trimmed and lower-cased before matching. */
  names: readonly string[];
  required: boolean;
}

const departmentColumns = [
  { field: 'code', label: '부서코드', names: ['부서코드', 'code'], required: true },
  { field: 'name', label: '부서명', names: ['부서명', 'name'], required: true },
  { field: 'parentCode', label: '상위부서코드', names: ['상위부서코드', 'parent_code'], required: false },
  { field: 'kind', label: '구분', names: ['구분', 'kind'], required: false },
  { field: 'sortOrder', label: '정렬순서', names: ['정렬순서', 'sort_order'], required: false },
] as const satisfies readonly ColumnDefinition<string>[];
type DepartmentField = (typeof departmentColumns)[number]['field'];

const userColumns = [
  { field: 'employeeNumber', label: '사번', names: ['사번', 'employee_number'], required: true },
  { field: 'name', label: '이름', names: ['이름', '성명', 'name'], required: true },
  { field: 'rank', label: '직급', names: ['직급', 'rank'], required: false },
  { field: 'departmentCode', label: '부서코드', names: ['부서코드', 'department_code'], required: true },
  { field: 'email', label: '이메일', names: ['이메일', 'email'], required: false },
  { field: 'role', label: '역할', names: ['역할', 'role'], required: false },
] as const satisfies readonly ColumnDefinition<string>[];
type UserField = (typeof userColumns)[number]['field'];

interface ResolvedHeader<Field extends string> {
  /** Cell index of every column present in the file. */
  indexes: Partial<Record<Field, number>>;
  /** Header text as the admin wrote it, so messages name the column they see. */
  writtenNames: Partial<Record<Field, string>>;
  width: number;
}

function describeColumns<Field extends string>(columns: readonly ColumnDefinition<Field>[]): string {
  return columns.map((column) => column.names.join('/')).join(', ');
}

function resolveHeader<Field extends string>(
  header: CsvRow,
  columns: readonly ColumnDefinition<Field>[],
  errors: ImportLineError[],
): { header: ResolvedHeader<Field>; missingRequired: boolean } {
  const indexes: Partial<Record<Field, number>> = {};
  const writtenNames: Partial<Record<Field, string>> = {};

  header.cells.forEach((cell, index) => {
    const writtenName = cell.trim();
    if (writtenName === '') {
      errors.push({ line: header.line, message: `${index + 1}번째 열의 머리글이 비어 있습니다.` });
      return;
    }
    const column = columns.find((candidate) => candidate.names.includes(writtenName.toLowerCase()));
    if (column === undefined) {
      errors.push({
        line: header.line,
        column: writtenName,
        message: `알 수 없는 열 '${writtenName}'이(가) 있습니다. 사용할 수 있는 열: ${describeColumns(columns)}.`,
      });
      return;
    }
    const earlierName = writtenNames[column.field];
    if (earlierName !== undefined) {
      errors.push({
        line: header.line,
        column: writtenName,
        message: `'${writtenName}' 열이 '${earlierName}' 열과 같은 항목(${column.label})입니다. 한 번만 넣으세요.`,
      });
      return;
    }
    indexes[column.field] = index;
    writtenNames[column.field] = writtenName;
  });

  let missingRequired = false;
  for (const column of columns) {
    if (column.required && indexes[column.field] === undefined) {
      missingRequired = true;
      errors.push({
        line: header.line,
        column: column.label,
        message: `필수 열 '${column.label}'이(가) 없습니다. 머리글에 ${column.names.map((name) => `'${name}'`).join(' 또는 ')} 열을 넣으세요.`,
      });
    }
  }

  return { header: { indexes, writtenNames, width: header.cells.length }, missingRequired };
}

// ---------------------------------------------------------------------------------------------
// Row handling shared by both files
// ---------------------------------------------------------------------------------------------

interface PreparedCsv<Field extends string> {
  encoding: CsvEncoding;
  errors: ImportLineError[];
  /** null when the header is unusable; row checks would then only repeat the header problem. */
  header: ResolvedHeader<Field> | null;
  /** Data rows whose cell count matches the header. */
  rows: CsvRow[];
  /** Every trimmed value of rows with the wrong cell count, to avoid follow-up "not found" noise. */
  valuesOnMalformedRows: Set<string>;
}

function isBlankRow(row: CsvRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function prepareCsv<Field extends string>(
  bytes: Uint8Array,
  columns: readonly ColumnDefinition<Field>[],
): PreparedCsv<Field> {
  const { text, encoding } = decodeCsvBytes(bytes);
  const parsed = parseCsv(text);
  const errors: ImportLineError[] = parsed.errors.map((error) => ({
    line: error.line,
    message: error.message,
  }));
  const valuesOnMalformedRows = new Set<string>();

  // Excel writes rows of bare commas for emptied rows; they carry no data.
  const [headerRow, ...dataRows] = parsed.rows.filter((row) => !isBlankRow(row));
  if (headerRow === undefined) {
    if (errors.length === 0) {
      errors.push({ line: 1, message: '파일이 비어 있습니다. 첫 행에 머리글을 넣으세요.' });
    }
    return { encoding, errors, header: null, rows: [], valuesOnMalformedRows };
  }

  const { header, missingRequired } = resolveHeader(headerRow, columns, errors);
  if (missingRequired) {
    return { encoding, errors, header: null, rows: [], valuesOnMalformedRows };
  }
  if (dataRows.length === 0) {
    errors.push({ line: headerRow.line, message: '머리글 아래에 데이터 행이 없습니다.' });
  }

  const rows: CsvRow[] = [];
  for (const row of dataRows) {
    if (row.cells.some((cell) => cell.includes('\uFFFD'))) {
      // U+FFFD appears when the bytes were neither valid UTF-8 nor valid CP949.
      errors.push({
        line: row.line,
        message: '깨진 글자가 있습니다. 파일을 UTF-8 또는 CP949(EUC-KR)로 저장했는지 확인하세요.',
      });
    }
    if (row.cells.length !== header.width) {
      errors.push({
        line: row.line,
        message: `열 개수가 맞지 않습니다. 머리글은 ${header.width}개 열인데 이 행은 ${row.cells.length}개 열입니다. 값에 쉼표가 있으면 큰따옴표로 감싸세요.`,
      });
      for (const cell of row.cells) {
        valuesOnMalformedRows.add(cell.trim());
      }
      continue;
    }
    rows.push(row);
  }

  return { encoding, errors, header, rows, valuesOnMalformedRows };
}

/** Trimmed cell value, or '' when the optional column is absent. */
function readCell<Field extends string>(row: CsvRow, header: ResolvedHeader<Field>, field: Field): string {
  const index = header.indexes[field];
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

function hasControlCharacter(value: string): boolean {
  for (const character of value) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x20 || codePoint === 0x7f) {
      return true;
    }
  }
  return false;
}

/** Reports a problem in one cell, naming the column the way the admin's header spells it. */
function createRowErrorReporter<Field extends string>(
  errors: ImportLineError[],
  header: ResolvedHeader<Field>,
  columns: readonly ColumnDefinition<Field>[],
) {
  return (line: number, field: Field, message: string): void => {
    const column =
      header.writtenNames[field] ?? columns.find((definition) => definition.field === field)?.label ?? field;
    errors.push({ line, column, message });
  };
}

/**
 * Appends the Korean particle that fits the word's last syllable (부서명이 / 부서코드가). Anything not
 * ending in Hangul, such as a quoted value, gets the conventional "이(가)" form.
 */
function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
  const lastCodePoint = word.codePointAt(word.length - 1) ?? 0;
  const firstHangulSyllable = 0xac00;
  const lastHangulSyllable = 0xd7a3;
  if (lastCodePoint < firstHangulSyllable || lastCodePoint > lastHangulSyllable) {
    return `${word}${afterConsonant}(${afterVowel})`;
  }
  // Hangul syllables are laid out in blocks of 28 final consonants, the first being "none".
  const hasFinalConsonant = (lastCodePoint - firstHangulSyllable) % 28 !== 0;
  return `${word}${hasFinalConsonant ? afterConsonant : afterVowel}`;
}

/**
 * Validates a free-text value (names, ranks). Line breaks are rejected because a multi-line department
 * or person name breaks every list and message that shows it.
 */
function checkText(
  value: string,
  label: string,
  maxLength: number | null,
  report: (message: string) => void,
): void {
  if (value === '') {
    report(`${withParticle(label, '이', '가')} 비어 있습니다.`);
    return;
  }
  if (hasControlCharacter(value)) {
    report(`${label}에 줄바꿈이나 제어 문자를 넣을 수 없습니다.`);
  }
  const length = characterCount(value);
  if (maxLength !== null && length > maxLength) {
    report(`${withParticle(label, '은', '는')} ${maxLength}자 이하여야 합니다. (현재 ${length}자)`);
  }
}

function checkCode(value: string, label: string, report: (message: string) => void): void {
  if (value === '') {
    report(`${withParticle(label, '이', '가')} 비어 있습니다.`);
  } else if (value.length > importCodeMaxLength) {
    report(
      `${withParticle(label, '은', '는')} ${importCodeMaxLength}자 이하여야 합니다. (현재 ${value.length}자)`,
    );
  } else if (!importCodePattern.test(value)) {
    report(`${label} '${value}'에는 영문, 숫자, 하이픈(-), 밑줄(_)만 쓸 수 있습니다.`);
  }
}

function sortErrorsByLine(errors: ImportLineError[]): ImportLineError[] {
  // Array.prototype.sort is stable, so errors on one line keep their column order.
  return [...errors].sort((left, right) => left.line - right.line);
}

/** HR systems and admins spell the same value with spaces and various middle dots (실·국, 실ㆍ국, 실 국). */
function normalizeKeyword(value: string): string {
  return value.replace(/[\s·ㆍ・･.]/g, '').toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Departments
// ---------------------------------------------------------------------------------------------

const departmentKindByKeyword: ReadonlyMap<string, DepartmentKind> = new Map([
  ['실국', 'bureau'],
  ['국', 'bureau'],
  ['실', 'bureau'],
  ['bureau', 'bureau'],
  ['과', 'division'],
  ['담당관', 'division'],
  ['division', 'division'],
  ['팀', 'team'],
  ['team', 'team'],
]);

function inferKindFromDepth(depth: number): DepartmentKind {
  if (depth === 0) {
    return 'bureau';
  }
  return depth === 1 ? 'division' : 'team';
}

/** PostgreSQL integer range, where sort orders are stored. */
const sortOrderMinimum = -2_147_483_648;
const sortOrderMaximum = 2_147_483_647;

interface DepartmentCandidate {
  line: number;
  code: string;
  name: string;
  parentCode: string | null;
  /** null = infer from depth. */
  kind: DepartmentKind | null;
  /** null = position among siblings. */
  sortOrder: number | null;
}

/**
 * Parses and validates a departments CSV. Either every row is valid and all departments are returned
 * (in file order), or nothing is returned and every problem found is listed.
 */
export function parseDepartmentsCsv(bytes: Uint8Array): DepartmentsParseResult {
  const prepared = prepareCsv<DepartmentField>(bytes, departmentColumns);
  const { encoding, errors, header } = prepared;
  if (header === null) {
    return { ok: false, encoding, errors: sortErrorsByLine(errors) };
  }
  const reportError = createRowErrorReporter(errors, header, departmentColumns);

  const candidates: DepartmentCandidate[] = [];
  const firstCandidateByCode = new Map<string, DepartmentCandidate>();

  for (const row of prepared.rows) {
    const code = readCell(row, header, 'code');
    const name = readCell(row, header, 'name');
    const parentCode = readCell(row, header, 'parentCode');
    const kindText = readCell(row, header, 'kind');
    const sortOrderText = readCell(row, header, 'sortOrder');

    checkCode(code, '부서코드', (message) => reportError(row.line, 'code', message));
    checkText(name, '부서명', departmentNameMaxLength, (message) => reportError(row.line, 'name', message));

    let kind: DepartmentKind | null = null;
    if (kindText !== '') {
      const knownKind = departmentKindByKeyword.get(normalizeKeyword(kindText));
      if (knownKind === undefined) {
        reportError(
          row.line,
          'kind',
          `구분 '${kindText}'은(는) 올바르지 않습니다. 실국, 과, 담당관, 팀 중 하나를 넣거나 비워 두세요.`,
        );
      } else {
        kind = knownKind;
      }
    }

    let sortOrder: number | null = null;
    if (sortOrderText !== '') {
      const parsedSortOrder = /^[+-]?\d+$/.test(sortOrderText) ? Number(sortOrderText) : Number.NaN;
      if (Number.isNaN(parsedSortOrder)) {
        reportError(row.line, 'sortOrder', `정렬순서 '${sortOrderText}'은(는) 정수가 아닙니다.`);
      } else if (parsedSortOrder < sortOrderMinimum || parsedSortOrder > sortOrderMaximum) {
        reportError(
          row.line,
          'sortOrder',
          `정렬순서 '${sortOrderText}'이(가) 허용 범위(${sortOrderMinimum}~${sortOrderMaximum})를 벗어났습니다.`,
        );
      } else {
        sortOrder = parsedSortOrder;
      }
    }

    if (code === '') {
      // Nothing can reference a department without a code; the empty code is already reported.
      continue;
    }
    const candidate: DepartmentCandidate = {
      line: row.line,
      code,
      name,
      parentCode: parentCode === '' ? null : parentCode,
      kind,
      sortOrder,
    };
    candidates.push(candidate);

    const first = firstCandidateByCode.get(code);
    if (first === undefined) {
      firstCandidateByCode.set(code, candidate);
    } else {
      reportError(row.line, 'code', `부서코드 '${code}'이(가) ${first.line}행과 중복됩니다.`);
    }
  }

  for (const candidate of candidates) {
    const { parentCode } = candidate;
    if (parentCode === null) {
      continue;
    }
    if (parentCode === candidate.code) {
      reportError(
        candidate.line,
        'parentCode',
        `상위부서코드가 자기 자신('${parentCode}')입니다. 최상위 부서라면 비워 두세요.`,
      );
    } else if (!firstCandidateByCode.has(parentCode) && !prepared.valuesOnMalformedRows.has(parentCode)) {
      reportError(candidate.line, 'parentCode', `상위부서코드 '${parentCode}'이(가) 파일에 없습니다.`);
    }
  }

  for (const cycle of findParentCycles(firstCandidateByCode)) {
    cycle.forEach((candidate, index) => {
      // Start each message at the row it is reported on, so the admin reads the loop from there.
      const codes = [...cycle.slice(index), ...cycle.slice(0, index), candidate].map((member) => member.code);
      reportError(candidate.line, 'parentCode', `상위부서 관계가 순환합니다: ${codes.join(' → ')}`);
    });
  }

  if (errors.length > 0) {
    return { ok: false, encoding, errors: sortErrorsByLine(errors) };
  }

  const depthByCode = computeDepths(firstCandidateByCode);
  const siblingCountByParent = new Map<string | null, number>();
  const departments = candidates.map((candidate): ImportedDepartment => {
    const siblingPosition = (siblingCountByParent.get(candidate.parentCode) ?? 0) + 1;
    siblingCountByParent.set(candidate.parentCode, siblingPosition);
    return {
      code: candidate.code,
      name: candidate.name,
      parentCode: candidate.parentCode,
      kind: candidate.kind ?? inferKindFromDepth(depthByCode.get(candidate.code) ?? 0),
      sortOrder: candidate.sortOrder ?? siblingPosition,
      line: candidate.line,
    };
  });
  return { ok: true, encoding, departments };
}

/**
 * Every parent chain that loops back on itself, each as its members in parent order. Self-parents are
 * left out because they get their own clearer message.
 */
function findParentCycles(
  candidateByCode: ReadonlyMap<string, DepartmentCandidate>,
): DepartmentCandidate[][] {
  const cycles: DepartmentCandidate[][] = [];
  const state = new Map<string, 'on-path' | 'done'>();

  for (const startCode of candidateByCode.keys()) {
    const path: DepartmentCandidate[] = [];
    let current = candidateByCode.get(startCode);
    while (current !== undefined && !state.has(current.code)) {
      state.set(current.code, 'on-path');
      path.push(current);
      current = current.parentCode === null ? undefined : candidateByCode.get(current.parentCode);
    }
    // Only a node from this walk can still be on-path, so reaching one means the walk closed a loop.
    if (current !== undefined && state.get(current.code) === 'on-path') {
      const cycle = path.slice(path.indexOf(current));
      if (cycle.length > 1) {
        cycles.push(cycle);
      }
    }
    for (const visited of path) {
      state.set(visited.code, 'done');
    }
  }
  return cycles;
}

/**
 * Depth below the institution (0 = top level). Iterative so very deep charts cannot overflow the stack.
 * Only called once parent references are known to be complete and acyclic.
 */
function computeDepths(candidateByCode: ReadonlyMap<string, DepartmentCandidate>): Map<string, number> {
  const depthByCode = new Map<string, number>();
  for (const startCode of candidateByCode.keys()) {
    const chain: string[] = [];
    let current = candidateByCode.get(startCode);
    let baseDepth = -1;
    while (current !== undefined) {
      const knownDepth = depthByCode.get(current.code);
      if (knownDepth !== undefined) {
        baseDepth = knownDepth;
        break;
      }
      chain.push(current.code);
      current = current.parentCode === null ? undefined : candidateByCode.get(current.parentCode);
    }
    // chain runs child → ancestor; assign depths from the ancestor end.
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      const code = chain[index];
      if (code !== undefined) {
        baseDepth += 1;
        depthByCode.set(code, baseDepth);
      }
    }
  }
  return depthByCode;
}

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

const userRoleByKeyword: ReadonlyMap<string, UserRole> = new Map([
  ['일반', 'staff'],
  ['직원', 'staff'],
  ['staff', 'staff'],
  ['부서관리자', 'department_admin'],
  ['department_admin', 'department_admin'],
  ['플랫폼관리자', 'platform_admin'],
  ['관리자', 'platform_admin'],
  ['platform_admin', 'platform_admin'],
]);

const emailSchema = z.email();

/**
 * Parses and validates a users CSV against the departments that exist (or are about to be imported).
 * Either every row is valid and all users are returned (in file order), or nothing is returned and every
 * problem found is listed.
 */
export function parseUsersCsv(
  bytes: Uint8Array,
  knownDepartmentCodes: ReadonlySet<string>,
): UsersParseResult {
  const prepared = prepareCsv<UserField>(bytes, userColumns);
  const { encoding, errors, header } = prepared;
  if (header === null) {
    return { ok: false, encoding, errors: sortErrorsByLine(errors) };
  }
  const reportError = createRowErrorReporter(errors, header, userColumns);

  const users: ImportedUser[] = [];
  const firstLineByEmployeeNumber = new Map<string, number>();
  // Mail servers treat addresses case-insensitively, so "Kim@x" and "kim@x" are the same mailbox.
  const firstLineByEmail = new Map<string, number>();

  for (const row of prepared.rows) {
    const employeeNumber = readCell(row, header, 'employeeNumber');
    const name = readCell(row, header, 'name');
    const rank = readCell(row, header, 'rank');
    const departmentCode = readCell(row, header, 'departmentCode');
    const email = readCell(row, header, 'email');
    const roleText = readCell(row, header, 'role');

    checkCode(employeeNumber, '사번', (message) => reportError(row.line, 'employeeNumber', message));
    if (employeeNumber !== '') {
      const firstLine = firstLineByEmployeeNumber.get(employeeNumber);
      if (firstLine === undefined) {
        firstLineByEmployeeNumber.set(employeeNumber, row.line);
      } else {
        reportError(
          row.line,
          'employeeNumber',
          `사번 '${employeeNumber}'이(가) ${firstLine}행과 중복됩니다.`,
        );
      }
    }

    checkText(name, '이름', userNameMaxLength, (message) => reportError(row.line, 'name', message));
    if (rank !== '') {
      checkText(rank, '직급', null, (message) => reportError(row.line, 'rank', message));
    }

    if (departmentCode === '') {
      reportError(row.line, 'departmentCode', '부서코드가 비어 있습니다.');
    } else if (!knownDepartmentCodes.has(departmentCode)) {
      reportError(
        row.line,
        'departmentCode',
        `부서코드 '${departmentCode}'이(가) 조직도에 없습니다. 부서를 먼저 등록하거나 부서코드를 확인하세요.`,
      );
    }

    if (email !== '') {
      if (!emailSchema.safeParse(email).success) {
        reportError(row.line, 'email', `이메일 '${email}'의 형식이 올바르지 않습니다.`);
      }
      const emailKey = email.toLowerCase();
      const firstLine = firstLineByEmail.get(emailKey);
      if (firstLine === undefined) {
        firstLineByEmail.set(emailKey, row.line);
      } else {
        reportError(row.line, 'email', `이메일 '${email}'이(가) ${firstLine}행과 중복됩니다.`);
      }
    }

    let role: UserRole = 'staff';
    if (roleText !== '') {
      const knownRole = userRoleByKeyword.get(normalizeKeyword(roleText));
      if (knownRole === undefined) {
        reportError(
          row.line,
          'role',
          `역할 '${roleText}'은(는) 올바르지 않습니다. 일반, 부서관리자, 플랫폼관리자 중 하나를 넣거나 비워 두세요.`,
        );
      } else {
        role = knownRole;
      }
    }

    users.push({
      employeeNumber,
      name,
      rank: rank === '' ? null : rank,
      departmentCode,
      email: email === '' ? null : email,
      role,
      line: row.line,
    });
  }

  if (errors.length > 0) {
    return { ok: false, encoding, errors: sortErrorsByLine(errors) };
  }
  return { ok: true, encoding, users };
}
