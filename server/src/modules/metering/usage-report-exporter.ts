import { writeCsv, writeXlsx, type SpreadsheetSheet } from '../../platform/spreadsheet/index.js';
import type { DirectoryRepository } from './directory-repository.js';
import type { MeteringPolicy } from './metering-policy.js';
import { wonFromMicro } from './model-price.js';
import { addMonths, monthStart } from './seoul-calendar.js';
import type { SumRow, UsageQueryRepository } from './usage-query-repository.js';

export interface ExportedFile {
  name: string;
  /** For clients that ignore `filename*`. */
  asciiName: string;
  contentType: string;
  body: Buffer;
}

const quantityColumns = [
  { header: '호출 수', kind: 'integer' },
  { header: '입력 토큰', kind: 'integer' },
  { header: '출력 토큰', kind: 'integer' },
  { header: '비용(원)', kind: 'won' },
] as const;

function quantities(row: SumRow): number[] {
  return [row.calls, row.promptTokens, row.completionTokens, wonFromMicro(row.costMicroWon)];
}

function total(rows: readonly SumRow[]): number[] {
  const sum = (pick: (row: SumRow) => number) => rows.reduce((acc, row) => acc + pick(row), 0);
  // The total is rounded once from the exact sum, as the dashboard's total is.
  return [
    sum((row) => row.calls),
    sum((row) => row.promptTokens),
    sum((row) => row.completionTokens),
    wonFromMicro(sum((row) => row.costMicroWon)),
  ];
}

/** Monthly reports per department or per person, as XLSX or CSV, from the same rollups as the dashboards. */
export class UsageReportExporter {
  constructor(
    private readonly queries: UsageQueryRepository,
    private readonly directory: DirectoryRepository,
    private readonly policy: MeteringPolicy,
  ) {}

  private async departmentSheets(
    month: string,
    departmentIds: readonly string[] | null,
  ): Promise<SpreadsheetSheet[]> {
    const scope = {
      from: monthStart(month),
      until: addMonths(monthStart(month), 1),
      departmentIds,
      modelId: null,
      userId: null,
    };
    const [byDepartment, byModel] = await Promise.all([
      this.queries.grouped(scope, 'department_id'),
      this.queries.grouped(scope, 'model_id'),
    ]);
    const name = (id: string | null) =>
      id === null ? '부서 없음' : (this.policy.departmentName(id) ?? '(삭제된 부서)');
    const [year, monthNumber] = month.split('-');
    const title = `${year}년 ${Number(monthNumber)}월`;
    return [
      {
        name: '부서별',
        title: `${title} 부서별 AI 이용 보고서`,
        columns: [{ header: '부서', kind: 'text', width: 24 }, ...quantityColumns],
        rows: byDepartment
          .sort((left, right) => right.costMicroWon - left.costMicroWon)
          .map((row) => [name(row.key), ...quantities(row)]),
        totalRow: ['합계', ...total(byDepartment)],
      },
      {
        name: '모델별',
        title: `${title} 모델별 AI 이용`,
        columns: [{ header: '모델', kind: 'text', width: 28 }, ...quantityColumns],
        rows: byModel.map((row) => [row.key ?? '', ...quantities(row)]),
        totalRow: ['합계', ...total(byModel)],
      },
    ];
  }

  private async userSheets(
    month: string,
    departmentIds: readonly string[] | null,
  ): Promise<SpreadsheetSheet[]> {
    const rows = await this.queries.subjectsOfMonth(monthStart(month), departmentIds);
    const users = await this.directory.userNames(
      rows.flatMap((row) => (row.userId === null ? [] : [row.userId])),
    );
    const keys = await this.directory.apiKeyNames(
      rows.flatMap((row) => (row.apiKeyId === null ? [] : [row.apiKeyId])),
    );
    const [year, monthNumber] = month.split('-');
    return [
      {
        name: '사용자별',
        title: `${year}년 ${Number(monthNumber)}월 사용자별 AI 이용 보고서`,
        columns: [
          { header: '이름', kind: 'text', width: 16 },
          { header: '부서', kind: 'text', width: 24 },
          ...quantityColumns,
        ],
        rows: rows.map((row) => [
          row.userId !== null
            ? (users.get(row.userId) ?? '(삭제된 사용자)')
            : row.apiKeyId !== null
              ? `API 키 ${keys.get(row.apiKeyId) ?? ''}`.trim()
              : '시스템',
          row.departmentId === null
            ? '부서 없음'
            : (this.policy.departmentName(row.departmentId) ?? '(삭제된 부서)'),
          ...quantities(row),
        ]),
        totalRow: ['합계', '', ...total(rows)],
      },
    ];
  }

  async monthly(request: {
    month: string;
    kind: 'department' | 'user';
    format: 'xlsx' | 'csv';
    departmentIds: readonly string[] | null;
  }): Promise<ExportedFile> {
    const sheets =
      request.kind === 'department'
        ? await this.departmentSheets(request.month, request.departmentIds)
        : await this.userSheets(request.month, request.departmentIds);
    const label = request.kind === 'department' ? '부서별' : '사용자별';
    const asciiLabel = request.kind === 'department' ? 'departments' : 'users';
    if (request.format === 'xlsx') {
      return {
        name: `AI이용보고서-${label}-${request.month}.xlsx`,
        asciiName: `ai-usage-${asciiLabel}-${request.month}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: Buffer.from(writeXlsx(sheets)),
      };
    }
    const [first] = sheets;
    if (first === undefined) throw new Error('report has no sheet');
    return {
      name: `AI이용보고서-${label}-${request.month}.csv`,
      asciiName: `ai-usage-${asciiLabel}-${request.month}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(writeCsv(first), 'utf8'),
    };
  }
}
