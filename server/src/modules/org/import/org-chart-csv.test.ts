import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import {
  formatImportError,
  importedDepartmentSchema,
  importedUserSchema,
  parseDepartmentsCsv,
  parseUsersCsv,
  type DepartmentsParseResult,
  type ImportLineError,
  type UsersParseResult,
} from './org-chart-csv.js';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf8WithByteOrderMark(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
}

function cp949(text: string): Uint8Array {
  return iconv.encode(text, 'cp949');
}

function csv(...lines: string[]): Uint8Array {
  return utf8(lines.join('\r\n') + '\r\n');
}

function departmentsOf(result: DepartmentsParseResult) {
  if (!result.ok) {
    throw new Error(`expected ok, got errors:\n${result.errors.map(formatImportError).join('\n')}`);
  }
  return result.departments;
}

function usersOf(result: UsersParseResult) {
  if (!result.ok) {
    throw new Error(`expected ok, got errors:\n${result.errors.map(formatImportError).join('\n')}`);
  }
  return result.users;
}

function errorsOf(result: DepartmentsParseResult | UsersParseResult): ImportLineError[] {
  if (result.ok) {
    throw new Error('expected errors, got ok');
  }
  // A failed parse must not leak partially validated data to the caller.
  expect(result).not.toHaveProperty('departments');
  expect(result).not.toHaveProperty('users');
  return result.errors;
}

/** Rendered "N행: message" lines, which is what the admin reads. */
function renderedErrorsOf(result: DepartmentsParseResult | UsersParseResult): string[] {
  return errorsOf(result).map(formatImportError);
}

const departmentHeader = '부서코드,부서명,상위부서코드,구분,정렬순서';

describe('formatImportError', () => {
  it('prefixes the line number', () => {
    expect(formatImportError({ line: 3, message: "부서코드 'A100'이(가) 2행과 중복됩니다." })).toBe(
      "3행: 부서코드 'A100'이(가) 2행과 중복됩니다.",
    );
  });
});

describe('parseDepartmentsCsv', () => {
  const koreanChart = [
    departmentHeader,
    'B100,기획조정실,,,1',
    'D110,"예산, 법무담당관",B100,담당관,2',
    'D120,정책기획과,B100,,1',
    'T121,"혁신""성과""팀",D120,,',
    'B200,복지국,,,2',
  ].join('\r\n');

  const expectedChart = [
    { code: 'B100', name: '기획조정실', parentCode: null, kind: 'bureau', sortOrder: 1, line: 2 },
    { code: 'D110', name: '예산, 법무담당관', parentCode: 'B100', kind: 'division', sortOrder: 2, line: 3 },
    { code: 'D120', name: '정책기획과', parentCode: 'B100', kind: 'division', sortOrder: 1, line: 4 },
    { code: 'T121', name: '혁신"성과"팀', parentCode: 'D120', kind: 'team', sortOrder: 1, line: 5 },
    { code: 'B200', name: '복지국', parentCode: null, kind: 'bureau', sortOrder: 2, line: 6 },
  ];

  it('parses a UTF-8 file with a byte order mark', () => {
    const result = parseDepartmentsCsv(utf8WithByteOrderMark(koreanChart));
    expect(result.encoding).toBe('utf-8');
    expect(departmentsOf(result)).toEqual(expectedChart);
  });

  it('parses real CP949 bytes to the same departments as UTF-8 with a byte order mark', () => {
    const fromCp949 = parseDepartmentsCsv(cp949(koreanChart));
    const fromUtf8 = parseDepartmentsCsv(utf8WithByteOrderMark(koreanChart));
    expect(fromCp949.encoding).toBe('cp949');
    expect(departmentsOf(fromCp949)).toEqual(departmentsOf(fromUtf8));
    expect(departmentsOf(fromCp949)).toEqual(expectedChart);
  });

  it('normalises decomposed (NFD) headers and names, as macOS exports them', () => {
    const result = parseDepartmentsCsv(utf8(koreanChart.normalize('NFD')));
    const departments = departmentsOf(result);
    expect(departments).toEqual(expectedChart);
    expect(departments[0]?.name).toBe('기획조정실'.normalize('NFC'));
  });

  it('returns departments that satisfy the exported schema', () => {
    for (const department of departmentsOf(parseDepartmentsCsv(utf8(koreanChart)))) {
      expect(importedDepartmentSchema.safeParse(department).success).toBe(true);
    }
  });

  it('accepts English headers in any order and case, with surrounding spaces', () => {
    const result = parseDepartmentsCsv(
      csv(' Name ,PARENT_CODE,Code,sort_order,Kind', '기획조정실,,B100,,', '정책기획과,B100,D120,5,과'),
    );
    expect(departmentsOf(result)).toEqual([
      { code: 'B100', name: '기획조정실', parentCode: null, kind: 'bureau', sortOrder: 1, line: 2 },
      { code: 'D120', name: '정책기획과', parentCode: 'B100', kind: 'division', sortOrder: 5, line: 3 },
    ]);
  });

  it('works with only the required columns and infers kinds from depth', () => {
    const result = parseDepartmentsCsv(
      csv('부서코드,부서명', 'B1,기획조정실', 'D1,정책기획과', 'T1,혁신팀', 'X1,기타'),
    );
    // Without a parent column everything is top level.
    expect(departmentsOf(result).map((department) => department.kind)).toEqual([
      'bureau',
      'bureau',
      'bureau',
      'bureau',
    ]);
  });

  it('infers bureau, division and team from depth 0, 1 and 2 or more', () => {
    const result = parseDepartmentsCsv(
      // Children listed before their parents must still get the right depth.
      csv('code,name,parent_code', 'L3,4단계,L2', 'L2,3단계,L1', 'L1,2단계,L0', 'L0,1단계,'),
    );
    expect(
      Object.fromEntries(departmentsOf(result).map((department) => [department.code, department.kind])),
    ).toEqual({ L0: 'bureau', L1: 'division', L2: 'team', L3: 'team' });
  });

  it('lets an explicit kind override the depth', () => {
    const result = parseDepartmentsCsv(
      csv('code,name,parent_code,kind', 'B1,시장실,,팀', 'D1,감사담당관,B1,', 'D2,자치행정과,B1,실국'),
    );
    expect(departmentsOf(result).map((department) => department.kind)).toEqual([
      'team',
      'division',
      'bureau',
    ]);
  });

  it.each([
    ['실국', 'bureau'],
    ['실·국', 'bureau'],
    ['실ㆍ국', 'bureau'],
    ['국', 'bureau'],
    ['실', 'bureau'],
    ['과', 'division'],
    ['담당관', 'division'],
    ['팀', 'team'],
    ['Team', 'team'],
  ])('maps the kind %s to %s', (kindText, kind) => {
    const result = parseDepartmentsCsv(csv('code,name,parent_code,kind', `T1,부서,,${kindText}`));
    expect(departmentsOf(result)[0]?.kind).toBe(kind);
  });

  it('numbers siblings in file order when the sort order is empty', () => {
    const result = parseDepartmentsCsv(
      csv('code,name,parent_code', 'B1,가국,', 'D1,가과,B1', 'B2,나국,', 'D2,나과,B1', 'D3,다과,B2'),
    );
    expect(departmentsOf(result).map((department) => [department.code, department.sortOrder])).toEqual([
      ['B1', 1],
      ['D1', 1],
      ['B2', 2],
      ['D2', 2],
      ['D3', 1],
    ]);
  });

  it('accepts signed integer sort orders', () => {
    const result = parseDepartmentsCsv(
      csv('code,name,sort_order', 'B1,가국,-3', 'B2,나국,+7', 'B3,다국,010'),
    );
    expect(departmentsOf(result).map((department) => department.sortOrder)).toEqual([-3, 7, 10]);
  });

  it('reads tab-separated files', () => {
    const result = parseDepartmentsCsv(
      utf8('부서코드\t부서명\t상위부서코드\nB1\t기획조정실\t\nD1\t정책기획과\tB1\n'),
    );
    expect(departmentsOf(result).map((department) => department.parentCode)).toEqual([null, 'B1']);
  });

  it('skips blank lines and comma-only lines without shifting line numbers', () => {
    const result = parseDepartmentsCsv(
      csv(departmentHeader, '', 'B1,기획조정실,,,', ',,,,', '  ', 'B2,복지국,,,'),
    );
    expect(departmentsOf(result).map((department) => [department.code, department.line])).toEqual([
      ['B1', 3],
      ['B2', 6],
    ]);
  });

  describe('header errors', () => {
    it('names a missing required column on line 1 and skips row checks', () => {
      const result = parseDepartmentsCsv(csv('부서명,상위부서코드', '기획조정실,없는부서'));
      expect(errorsOf(result)).toEqual([
        {
          line: 1,
          column: '부서코드',
          message: "필수 열 '부서코드'이(가) 없습니다. 머리글에 '부서코드' 또는 'code' 열을 넣으세요.",
        },
      ]);
    });

    it('reports every missing required column', () => {
      const result = parseDepartmentsCsv(csv('상위부서코드', 'B1'));
      expect(errorsOf(result).map((error) => [error.line, error.column])).toEqual([
        [1, '부서코드'],
        [1, '부서명'],
      ]);
    });

    it('reports unknown columns on line 1 and still checks the rows', () => {
      const result = parseDepartmentsCsv(csv('부서코드,부서명,비고', 'B1,,메모'));
      expect(renderedErrorsOf(result)).toEqual([
        expect.stringMatching(/^1행: 알 수 없는 열 '비고'/),
        '2행: 부서명이 비어 있습니다.',
      ]);
    });

    it('reports a column given twice under different names', () => {
      const result = parseDepartmentsCsv(csv('부서코드,부서명,code', 'B1,기획조정실,B1'));
      expect(errorsOf(result)).toEqual([expect.objectContaining({ line: 1, column: 'code' })]);
    });

    it('reports an empty header cell', () => {
      const result = parseDepartmentsCsv(csv('부서코드,,부서명', 'B1,x,기획조정실'));
      expect(renderedErrorsOf(result)).toEqual(['1행: 2번째 열의 머리글이 비어 있습니다.']);
    });

    it('rejects an empty file', () => {
      expect(renderedErrorsOf(parseDepartmentsCsv(new Uint8Array()))).toEqual([
        '1행: 파일이 비어 있습니다. 첫 행에 머리글을 넣으세요.',
      ]);
      expect(errorsOf(parseDepartmentsCsv(utf8WithByteOrderMark('\r\n\r\n')))).toHaveLength(1);
    });

    it('rejects a file with a header but no data rows', () => {
      expect(renderedErrorsOf(parseDepartmentsCsv(csv(departmentHeader, '', ',,,,')))).toEqual([
        '1행: 머리글 아래에 데이터 행이 없습니다.',
      ]);
    });
  });

  describe('row errors', () => {
    it('reports a row with the wrong number of cells', () => {
      const result = parseDepartmentsCsv(csv('부서코드,부서명', 'B1,기획,조정실', 'B2'));
      expect(errorsOf(result).map((error) => error.line)).toEqual([2, 3]);
      expect(errorsOf(result)[0]?.message).toContain('머리글은 2개 열인데 이 행은 3개 열입니다');
    });

    it('does not add "parent missing" noise for a parent defined on a malformed row', () => {
      const result = parseDepartmentsCsv(csv('code,name,parent_code', 'B1,기획,조정실,', 'D1,정책기획과,B1'));
      expect(errorsOf(result).map((error) => error.line)).toEqual([2]);
    });

    it('reports empty codes and names', () => {
      const result = parseDepartmentsCsv(csv(departmentHeader, ',기획조정실,,,', 'B2, ,,,'));
      expect(renderedErrorsOf(result)).toEqual([
        '2행: 부서코드가 비어 있습니다.',
        '3행: 부서명이 비어 있습니다.',
      ]);
    });

    it('reports codes with forbidden characters or over 40 characters', () => {
      const result = parseDepartmentsCsv(
        csv('code,name', 'B 1,가', '기획,나', `${'A'.repeat(41)},다`, `${'A'.repeat(40)},라`, 'a-b_C9,마'),
      );
      const errors = errorsOf(result);
      expect(errors.map((error) => [error.line, error.column])).toEqual([
        [2, 'code'],
        [3, 'code'],
        [4, 'code'],
      ]);
      expect(errors[0]?.message).toBe("부서코드 'B 1'에는 영문, 숫자, 하이픈(-), 밑줄(_)만 쓸 수 있습니다.");
      expect(errors[2]?.message).toContain('40자 이하');
    });

    it('limits names to 100 characters', () => {
      const result = parseDepartmentsCsv(
        csv('code,name', `B1,${'가'.repeat(100)}`, `B2,${'가'.repeat(101)}`),
      );
      expect(renderedErrorsOf(result)).toEqual(['3행: 부서명은 100자 이하여야 합니다. (현재 101자)']);
    });

    it('rejects a name with a line break, reporting the line where the record starts', () => {
      const result = parseDepartmentsCsv(csv('code,name', 'B1,"기획', '조정실"', 'B1,중복'));
      expect(errorsOf(result).map((error) => [error.line, error.column])).toEqual([
        [2, 'name'],
        [4, 'code'],
      ]);
      expect(errorsOf(result)[1]?.message).toBe("부서코드 'B1'이(가) 2행과 중복됩니다.");
    });

    it('reports a duplicate code on the later line, naming the first line', () => {
      const result = parseDepartmentsCsv(
        csv(departmentHeader, 'A100,기획조정실,,,', 'A100,복지국,,,', 'A100,또,,,'),
      );
      expect(renderedErrorsOf(result)).toEqual([
        "3행: 부서코드 'A100'이(가) 2행과 중복됩니다.",
        "4행: 부서코드 'A100'이(가) 2행과 중복됩니다.",
      ]);
    });

    it('reports a parent code that is not in the file', () => {
      const result = parseDepartmentsCsv(csv(departmentHeader, 'B1,기획조정실,,,', 'D1,정책기획과,B9,,'));
      expect(errorsOf(result)).toEqual([
        { line: 3, column: '상위부서코드', message: "상위부서코드 'B9'이(가) 파일에 없습니다." },
      ]);
    });

    it('reports a department that is its own parent', () => {
      const result = parseDepartmentsCsv(csv(departmentHeader, 'B1,기획조정실,B1,,'));
      expect(errorsOf(result)).toEqual([
        {
          line: 2,
          column: '상위부서코드',
          message: "상위부서코드가 자기 자신('B1')입니다. 최상위 부서라면 비워 두세요.",
        },
      ]);
    });

    it('reports every line of a parent cycle, but not rows that merely hang below it', () => {
      const result = parseDepartmentsCsv(
        csv('code,name,parent_code', 'OK,정상,', 'A,가,C', 'B,나,A', 'X,아래,B', 'C,다,B'),
      );
      expect(renderedErrorsOf(result)).toEqual([
        '3행: 상위부서 관계가 순환합니다: A → C → B → A',
        '4행: 상위부서 관계가 순환합니다: B → A → C → B',
        '6행: 상위부서 관계가 순환합니다: C → B → A → C',
      ]);
    });

    it('reports two separate cycles', () => {
      const result = parseDepartmentsCsv(
        csv('code,name,parent_code', 'A,가,B', 'B,나,A', 'C,다,D', 'D,라,C'),
      );
      expect(errorsOf(result).map((error) => error.line)).toEqual([2, 3, 4, 5]);
    });

    it.each(['1.5', 'abc', '1e3', '３'])('reports the non-integer sort order %s', (sortOrder) => {
      const result = parseDepartmentsCsv(csv('code,name,sort_order', `B1,기획조정실,${sortOrder}`));
      expect(errorsOf(result)).toEqual([
        { line: 2, column: 'sort_order', message: `정렬순서 '${sortOrder}'은(는) 정수가 아닙니다.` },
      ]);
    });

    it('reports a sort order outside the database integer range', () => {
      const result = parseDepartmentsCsv(csv('code,name,sort_order', 'B1,가,2147483647', 'B2,나,2147483648'));
      expect(errorsOf(result)).toEqual([expect.objectContaining({ line: 3, column: 'sort_order' })]);
    });

    it('reports an invalid kind', () => {
      const result = parseDepartmentsCsv(csv(departmentHeader, 'B1,기획조정실,,본부,'));
      expect(errorsOf(result)).toEqual([
        {
          line: 2,
          column: '구분',
          message: "구분 '본부'은(는) 올바르지 않습니다. 실국, 과, 담당관, 팀 중 하나를 넣거나 비워 두세요.",
        },
      ]);
    });

    it('reports garbled characters from a file in neither UTF-8 nor CP949', () => {
      const bytes = new Uint8Array([...utf8('code,name\r\nB1,'), 0xff, 0xff, 0x0d, 0x0a]);
      const result = parseDepartmentsCsv(bytes);
      expect(result.encoding).toBe('cp949');
      expect(renderedErrorsOf(result)).toEqual([expect.stringMatching(/^2행: 깨진 글자가 있습니다/)]);
    });

    it('reports an unterminated quote on the line where it started', () => {
      const result = parseDepartmentsCsv(csv('code,name', 'B1,기획조정실', 'B2,"복지국', 'B3,문화국'));
      expect(renderedErrorsOf(result)).toEqual([
        expect.stringMatching(/^3행: 따옴표\("\)가 닫히지 않았습니다/),
      ]);
    });
  });

  it('returns every error and no departments when good and bad lines are mixed', () => {
    const result = parseDepartmentsCsv(
      cp949(
        [
          departmentHeader,
          'B100,기획조정실,,,1', // 2: good
          'B100,복지국,,,2', // 3: duplicate
          'D110,정책기획과,B999,과,x', // 4: missing parent, bad sort order
          'D120,,B100,부,', // 5: empty name, bad kind
          'T1,혁신팀,D120,,', // 6: good
          'bad code,감사팀,,,', // 7: bad code
        ].join('\r\n'),
      ),
    );
    expect(result.encoding).toBe('cp949');
    expect(errorsOf(result).map((error) => [error.line, error.column])).toEqual([
      [3, '부서코드'],
      [4, '정렬순서'],
      [4, '상위부서코드'],
      [5, '부서명'],
      [5, '구분'],
      [7, '부서코드'],
    ]);
  });
});

describe('parseUsersCsv', () => {
  const knownDepartmentCodes: ReadonlySet<string> = new Set(['B100', 'D120']);
  const koreanUsers = [
    '사번,성명,직급,부서코드,이메일,역할',
    '2024001,홍길동,주무관,D120,hong@seoul.go.kr,',
    '2024002,김철수,,B100,,부서관리자',
    '2024003,"이, 영희",서기관,B100,LEE@seoul.go.kr,플랫폼관리자',
    '2024004,박민수,주무관,D120,,직원',
  ].join('\r\n');

  const expectedUsers = [
    {
      employeeNumber: '2024001',
      name: '홍길동',
      rank: '주무관',
      departmentCode: 'D120',
      email: 'hong@seoul.go.kr',
      role: 'staff',
      line: 2,
    },
    {
      employeeNumber: '2024002',
      name: '김철수',
      rank: null,
      departmentCode: 'B100',
      email: null,
      role: 'department_admin',
      line: 3,
    },
    {
      employeeNumber: '2024003',
      name: '이, 영희',
      rank: '서기관',
      departmentCode: 'B100',
      email: 'LEE@seoul.go.kr',
      role: 'platform_admin',
      line: 4,
    },
    {
      employeeNumber: '2024004',
      name: '박민수',
      rank: '주무관',
      departmentCode: 'D120',
      email: null,
      role: 'staff',
      line: 5,
    },
  ];

  it('parses CP949 and UTF-8 with a byte order mark to the same users', () => {
    const fromCp949 = parseUsersCsv(cp949(koreanUsers), knownDepartmentCodes);
    const fromUtf8 = parseUsersCsv(utf8WithByteOrderMark(koreanUsers), knownDepartmentCodes);
    expect(fromCp949.encoding).toBe('cp949');
    expect(fromUtf8.encoding).toBe('utf-8');
    expect(usersOf(fromCp949)).toEqual(expectedUsers);
    expect(usersOf(fromUtf8)).toEqual(expectedUsers);
  });

  it('normalises decomposed (NFD) input', () => {
    expect(usersOf(parseUsersCsv(utf8(koreanUsers.normalize('NFD')), knownDepartmentCodes))).toEqual(
      expectedUsers,
    );
  });

  it('returns users that satisfy the exported schema', () => {
    for (const user of usersOf(parseUsersCsv(utf8(koreanUsers), knownDepartmentCodes))) {
      expect(importedUserSchema.safeParse(user).success).toBe(true);
    }
  });

  it('accepts English headers and only the required columns', () => {
    const result = parseUsersCsv(
      csv('Department_Code,EMPLOYEE_NUMBER,name', 'B100,E-01,홍길동'),
      knownDepartmentCodes,
    );
    expect(usersOf(result)).toEqual([
      {
        employeeNumber: 'E-01',
        name: '홍길동',
        rank: null,
        departmentCode: 'B100',
        email: null,
        role: 'staff',
        line: 2,
      },
    ]);
  });

  it.each([
    ['일반', 'staff'],
    ['직원', 'staff'],
    ['STAFF', 'staff'],
    ['부서관리자', 'department_admin'],
    ['부서 관리자', 'department_admin'],
    ['department_admin', 'department_admin'],
    ['플랫폼관리자', 'platform_admin'],
    ['관리자', 'platform_admin'],
    ['platform_admin', 'platform_admin'],
    ['', 'staff'],
  ])('maps the role "%s" to %s', (roleText, role) => {
    const result = parseUsersCsv(
      csv('사번,이름,부서코드,역할', `1,홍길동,B100,${roleText}`),
      knownDepartmentCodes,
    );
    expect(usersOf(result)[0]?.role).toBe(role);
  });

  it('names missing required columns', () => {
    const result = parseUsersCsv(csv('이름,직급', '홍길동,주무관'), knownDepartmentCodes);
    expect(errorsOf(result).map((error) => [error.line, error.column])).toEqual([
      [1, '사번'],
      [1, '부서코드'],
    ]);
  });

  it('reports invalid and duplicate employee numbers', () => {
    const result = parseUsersCsv(
      csv('사번,이름,부서코드', '2024 001,가,B100', ',나,B100', '7,다,B100', '7,라,B100'),
      knownDepartmentCodes,
    );
    expect(renderedErrorsOf(result)).toEqual([
      "2행: 사번 '2024 001'에는 영문, 숫자, 하이픈(-), 밑줄(_)만 쓸 수 있습니다.",
      '3행: 사번이 비어 있습니다.',
      "5행: 사번 '7'이(가) 4행과 중복됩니다.",
    ]);
  });

  it('reports empty names and names over 50 characters', () => {
    const result = parseUsersCsv(
      csv('사번,이름,부서코드', `1,,B100`, `2,${'가'.repeat(50)},B100`, `3,${'가'.repeat(51)},B100`),
      knownDepartmentCodes,
    );
    expect(renderedErrorsOf(result)).toEqual([
      '2행: 이름이 비어 있습니다.',
      '4행: 이름은 50자 이하여야 합니다. (현재 51자)',
    ]);
  });

  it('reports malformed and duplicate emails, comparing case-insensitively', () => {
    const result = parseUsersCsv(
      csv(
        '사번,이름,부서코드,이메일',
        '1,가,B100,kim@seoul.go.kr',
        '2,나,B100,not-an-email',
        '3,다,B100,KIM@Seoul.go.kr',
      ),
      knownDepartmentCodes,
    );
    expect(errorsOf(result)).toEqual([
      { line: 3, column: '이메일', message: "이메일 'not-an-email'의 형식이 올바르지 않습니다." },
      { line: 4, column: '이메일', message: "이메일 'KIM@Seoul.go.kr'이(가) 2행과 중복됩니다." },
    ]);
  });

  it('reports department codes that are not in the organisation chart', () => {
    const result = parseUsersCsv(
      csv('사번,이름,부서코드', '1,가,B100', '2,나,X999', '3,다,'),
      knownDepartmentCodes,
    );
    expect(renderedErrorsOf(result)).toEqual([
      expect.stringMatching(/^3행: 부서코드 'X999'이\(가\) 조직도에 없습니다/),
      '4행: 부서코드가 비어 있습니다.',
    ]);
  });

  it('reports an invalid role', () => {
    const result = parseUsersCsv(csv('사번,이름,부서코드,역할', '1,가,B100,과장'), knownDepartmentCodes);
    expect(errorsOf(result)).toEqual([
      {
        line: 2,
        column: '역할',
        message:
          "역할 '과장'은(는) 올바르지 않습니다. 일반, 부서관리자, 플랫폼관리자 중 하나를 넣거나 비워 두세요.",
      },
    ]);
  });

  it('rejects a file with no data rows', () => {
    expect(renderedErrorsOf(parseUsersCsv(csv('사번,이름,부서코드'), knownDepartmentCodes))).toEqual([
      '1행: 머리글 아래에 데이터 행이 없습니다.',
    ]);
  });

  it('returns every error and no users when good and bad lines are mixed', () => {
    const result = parseUsersCsv(
      cp949(
        [
          '사번,이름,직급,부서코드,이메일,역할',
          '1,홍길동,주무관,B100,hong@seoul.go.kr,', // 2: good
          '2,김철수,주무관,X1,,', // 3: unknown department
          '1,이영희,,B100,hong@seoul.go.kr,팀장', // 4: duplicate number and email, bad role
          '3,박민수,주무관,D120', // 5: too few cells
          '4,최지우,,D120,,', // 6: good
        ].join('\r\n'),
      ),
      knownDepartmentCodes,
    );
    expect(errorsOf(result).map((error) => [error.line, error.column ?? null])).toEqual([
      [3, '부서코드'],
      [4, '사번'],
      [4, '이메일'],
      [4, '역할'],
      [5, null],
    ]);
  });
});
