/** The statute name written just before an article (도로교통법 제32조, 「도로교통법」 제32조). */
export interface StatuteNameBefore {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly bracketed: boolean;
  /**
   * False when the name may begin further left (개인정보 보호법, …에 관한 법률): the linter then
   * cannot say where 「 goes.
   */
  readonly certainStart: boolean;
}

const statuteSuffixPattern = /(?:법|법률|시행령|시행규칙|조례|규칙|규정)$/;
const trailingTokenPattern = /[가-힣·ㆍ\d]+$/;
const trailingSpacePattern = /[ \t]+$/;
// Words that stand for a statute named earlier or abbreviated (같은 법, 법, 영), not a name.
const referenceWords = new Set([
  '법',
  '법률',
  '영',
  '규칙',
  '규정',
  '조례',
  '시행령',
  '시행규칙',
  '동법',
  '본법',
  '같은법',
  '이법',
  '해당법',
  '관계법',
  '관련법',
  '위법',
  '상기법',
  '동규칙',
  '동규정',
  '동조례',
  '동령',
]);
// A word before the name that ends a phrase, so the name cannot reach further left.
const particleEndingPattern = /[은는을를에와과도로며고서면]$/;
const separateWords = new Set([
  '및',
  '또는',
  '현행',
  '관련',
  '근거',
  '위반',
  '즉',
  '특히',
  '또한',
  '그리고',
  '따라',
  '이에',
]);
const nameContinuesPattern = /(?:관한|위한|대한|따른)$/;

function tokenBefore(text: string, end: number): { start: number; token: string } | null {
  const before = text.slice(0, end);
  const spaces = trailingSpacePattern.exec(before)?.[0].length ?? 0;
  const token = trailingTokenPattern.exec(before.slice(0, end - spaces))?.[0];
  return token ? { start: end - spaces - token.length, token } : null;
}

function startIsCertain(text: string, start: number): boolean {
  const previous = tokenBefore(text, start);
  if (!previous) return true;
  if (nameContinuesPattern.test(previous.token)) return false;
  return particleEndingPattern.test(previous.token) || separateWords.has(previous.token);
}

export function statuteNameBefore(text: string, articleStart: number): StatuteNameBefore | null {
  const end = articleStart - (trailingSpacePattern.exec(text.slice(0, articleStart))?.[0].length ?? 0);
  if (text[end - 1] === '」') {
    const open = text.lastIndexOf('「', end - 1);
    if (open < 0) return null;
    return {
      start: open,
      end,
      name: text.slice(open + 1, end - 1).trim(),
      bracketed: true,
      certainStart: true,
    };
  }
  const last = tokenBefore(text, end);
  if (!last || last.start + last.token.length !== end || !statuteSuffixPattern.test(last.token)) return null;
  let start = last.start;
  let name = last.token;
  if (last.token === '시행령' || last.token === '시행규칙') {
    const law = tokenBefore(text, last.start);
    if (!law || !/(?:법|법률)$/.test(law.token)) return null;
    start = law.start;
    name = `${law.token} ${last.token}`;
  }
  const base = name.split(' ')[0] ?? name;
  if (referenceWords.has(base)) {
    // …에 관한 법률 제3조 is a statute without 「」 whose start cannot be told.
    const previous = tokenBefore(text, start);
    if (!previous || !nameContinuesPattern.test(previous.token)) return null;
    return {
      start: previous.start,
      end,
      name: text.slice(previous.start, end),
      bracketed: false,
      certainStart: false,
    };
  }
  return { start, end, name, bracketed: false, certainStart: startIsCertain(text, start) };
}
