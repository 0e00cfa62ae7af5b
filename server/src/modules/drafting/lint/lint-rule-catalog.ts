export type LintRuleSource = 'kordoc' | 'project';
export type LintSeverity = 'error' | 'warning';

export interface LintRuleInfo {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  /** `kordoc`: found by kordoc's lintGongmunText (fix computed here); `project`: this module's own rule. */
  readonly source: LintRuleSource;
  readonly severity: LintSeverity;
}

const kordoc = (code: string, severity: LintSeverity, name: string, description: string): LintRuleInfo => ({
  code,
  name,
  description,
  source: 'kordoc',
  severity,
});
const project = (code: string, severity: LintSeverity, name: string, description: string): LintRuleInfo => ({
  code,
  name,
  description,
  source: 'project',
  severity,
});

/**
 * Every rule lintDraftText can emit. The order is also the priority when two rules report the same
 * span: kordoc's come first, so a project rule never repeats what kordoc already said.
 */
export const lintRuleCatalog: readonly LintRuleInfo[] = [
  kordoc(
    'DATE_NO_SPACE',
    'error',
    '날짜 띄어쓰기',
    '날짜는 연·월·일 온점 뒤를 한 칸씩 띄웁니다(2025. 7. 31.).',
  ),
  kordoc(
    'DATE_ZERO_PAD',
    'error',
    '날짜 앞자리 0',
    '월·일 앞에 0을 쓰지 않습니다(2025. 07. 01. → 2025. 7. 1.).',
  ),
  kordoc('DATE_2DIGIT_YR', 'error', '두 자리 연도', "연도는 네 자리로 씁니다('25 → 2025)."),
  kordoc('DATE_NO_END_DOT', 'warning', '날짜 끝 온점', "날짜의 '일' 다음에도 온점을 찍습니다(2025. 7. 31.)."),
  kordoc(
    'DATE_HYPHEN',
    'warning',
    '하이픈 날짜',
    '2025-07-31은 2025. 7. 31.로 씁니다(표 안은 검사하지 않음).',
  ),
  kordoc('TIME_AMPM', 'error', '오전·오후 시각', '시각은 24시각제로 씁니다(오후 2시 30분 → 14:30).'),
  kordoc('TIME_24H', 'warning', '24시 표기', "'24시'보다 '익일 00:00'이나 '18:00까지'처럼 씁니다."),
  kordoc('TIME_COLON_SP', 'error', '시각 쌍점 띄어쓰기', '시와 분 사이 쌍점은 앞뒤를 붙여 씁니다(14:30).'),
  kordoc(
    'MONEY_CHEONWON',
    'error',
    '천원 단위 금액',
    "금액을 '천원'으로 줄이지 않습니다(345천원 → 345,000원).",
  ),
  kordoc(
    'MONEY_GEUM_SP',
    'warning',
    "'금'과 숫자 띄어쓰기",
    "금액 앞 '금'은 숫자와 붙여 씁니다(금1,000,000원).",
  ),
  kordoc(
    'BUNIM_COLON',
    'error',
    '붙임 쌍점',
    "'붙임' 뒤에 쌍점을 쓰지 않고 두 칸 띄웁니다(붙임  계획서 1부.).",
  ),
  kordoc('KKAJI_DUP', 'error', "물결표와 '까지'", "물결표(∼)와 '까지'를 함께 쓰지 않습니다."),
  kordoc(
    'FOREIGN_FIRST',
    'warning',
    '외국어 병기 순서',
    '한글을 먼저 쓰고 외국어는 괄호 안에 씁니다(업무협약(MOU)).',
  ),
  kordoc(
    'COLON_SPACE',
    'warning',
    '쌍점 띄어쓰기',
    '쌍점은 앞말에 붙이고 뒤는 한 칸 띄웁니다(원장: 김갑동).',
  ),
  kordoc(
    'MONEY_NO_HANGUL',
    'warning',
    '금액 한글 병기',
    "'금'으로 쓴 금액은 괄호 안에 한글로도 씁니다(금1,000,000원(금일백만원)).",
  ),
  kordoc(
    'TILDE_SPACE',
    'warning',
    '물결표 띄어쓰기',
    '기간·범위의 물결표 앞뒤는 붙여 씁니다(7. 1.~7. 31., 09:00~18:00).',
  ),
  kordoc('DUEUM_ERROR', 'warning', '두음법칙', "낱말 첫머리의 '년도·년간·년말'은 '연도·연간·연말'로 씁니다."),
  kordoc('LOANWORD_ERROR', 'warning', '외래어 표기', '외래어 표기법에 맞게 씁니다(컨텐츠 → 콘텐츠).'),
  kordoc(
    'DISCRIMINATORY_TERM',
    'warning',
    '차별·비하 표현',
    '차별·비하 표현은 순화어로 씁니다(장애자 → 장애인).',
  ),
  kordoc('AI_EM_DASH', 'warning', '줄표', '줄표(—)는 공문서에 쓰지 않고 쉼표·괄호·가운뎃점으로 풀어 씁니다.'),
  kordoc('AI_BOLD_OVERUSE', 'warning', '강조 남발', '한 줄에 굵은 강조(**)를 세 번 이상 쓰지 않습니다.'),
  kordoc(
    'END_MARK_MISSING',
    'warning',
    "붙임 뒤 '끝.' 누락",
    "붙임이 있는 문서는 마지막 붙임 줄 뒤에 '  끝.'을 씁니다.",
  ),
  project(
    'DATE_FORMAT',
    'error',
    '날짜 표기',
    '날짜는 2025. 7. 31.처럼 온점 뒤를 한 칸씩 띄우고 끝에도 온점을 찍습니다.',
  ),
  project('DATE_KOREAN', 'error', '한글 날짜', "'2025년 7월 31일'은 '2025. 7. 31.'로 씁니다."),
  project(
    'DATE_WEEKDAY',
    'error',
    '요일 표기',
    '요일은 날짜 바로 뒤 괄호 안에 한 글자로 쓰고 날짜와 맞아야 합니다(2025. 7. 31.(목)).',
  ),
  project('DATE_RANGE', 'error', '기간 표기', '기간의 끝 날짜도 온점으로 씁니다(2025. 7. 1.~7. 31.).'),
  project(
    'TIME_KOREAN',
    'error',
    '시각 표기',
    "시각은 '시·분' 글자 없이 쌍점으로 씁니다(14시 30분 → 14:30).",
  ),
  project(
    'MONEY_COMMA',
    'error',
    '금액 쉼표',
    '금액은 세 자리마다 쉼표를 찍습니다(1000000원 → 1,000,000원).',
  ),
  project(
    'MONEY_HANGUL_MISMATCH',
    'error',
    '금액 한글 병기 불일치',
    '괄호 안 한글 금액이 숫자 금액과 같아야 합니다(금1,000,000원(금일백만원)).',
  ),
  project(
    'ITEM_MARKER_LEVEL',
    'error',
    '항목 기호 단계',
    '들여쓰기 단계에 맞는 항목 기호를 씁니다: 1. → 가. → 1) → 가) → (1) → (가) → ① → ㉮.',
  ),
  project(
    'ITEM_MARKER_SEQUENCE',
    'error',
    '항목 기호 순서',
    '같은 단계의 항목 기호는 차례대로 쓰고, 상위 항목이 바뀌면 처음부터 다시 씁니다.',
  ),
  project(
    'ITEM_INDENT',
    'error',
    '항목 들여쓰기',
    '항목은 단계마다 두 칸씩 들여 쓰고, 한 번에 한 단계만 내려갑니다.',
  ),
  project('ITEM_MARKER_SPACE', 'error', '항목 기호 뒤 띄어쓰기', '항목 기호 뒤는 한 칸 띄웁니다.'),
  project('ITEM_SINGLE', 'warning', '하나뿐인 항목', '항목이 하나뿐인 단계에는 항목 기호를 붙이지 않습니다.'),
  project(
    'END_MARK',
    'error',
    "'끝.' 표시",
    "본문(붙임)의 마지막 글자 뒤에 두 칸 띄우고 '끝.'을 쓰며, 표로 끝나면 표 아래 줄에 씁니다.",
  ),
  project(
    'TABLE_BLANK_REST',
    'error',
    "표 '이하 빈칸'",
    "표가 중간에서 끝나면 첫 빈 칸에 '이하 빈칸'을 씁니다(이때 '끝.'은 쓰지 않습니다).",
  ),
  project('ATTACHMENT_SPACING', 'error', '붙임 띄어쓰기', "'붙임' 다음은 두 칸 띄웁니다(붙임  계획서 1부.)."),
  project(
    'ATTACHMENT_NUMBERING',
    'error',
    '붙임 번호',
    '붙임이 여럿이면 1., 2.로 번호를 매기고 다음 줄은 번호를 첫 줄에 맞춥니다. 하나면 번호를 붙이지 않습니다.',
  ),
  project('ATTACHMENT_COUNT', 'warning', '붙임 부수', '붙임마다 끝에 부수를 씁니다(계획서 1부.).'),
  project(
    'STATUTE_BRACKETS',
    'error',
    '법령명 낫표',
    '조문을 인용하는 법령명은 낫표로 묶습니다(「도로교통법」 제32조).',
  ),
  project(
    'ARTICLE_NOTATION',
    'error',
    '조문 표기',
    '조·항·호는 띄우지 않고 붙여 씁니다(제3조제1항제2호, 제3조의2).',
  ),
];

const catalogIndex = new Map(lintRuleCatalog.map((rule, index) => [rule.code, index]));

export function lintRuleSeverity(code: string): LintSeverity {
  const index = catalogIndex.get(code);
  return index === undefined ? 'warning' : (lintRuleCatalog[index]?.severity ?? 'warning');
}

/** Position in the catalog, used as priority between findings; unknown codes sort last. */
export function lintRulePriority(code: string): number {
  return catalogIndex.get(code) ?? lintRuleCatalog.length;
}

export function isCatalogRule(code: string): boolean {
  return catalogIndex.has(code);
}
