import { purposeCategories, type PurposeCategory } from '@jumugwan/contracts';
import { requiredCharacters } from './required-characters.js';

/**
 * Guesses what a chat call is for from the latest user message, for the usage dashboards' purpose split.
 * It is a cheap keyword score, not a model: good enough to count calls by purpose, never to decide
 * anything about the caller.
 *
 * How conflicts resolve: the action asked for wins over the object it acts on. `이 보도자료를 세 줄로
 * 요약해줘` is a summary (보도자료 is only the object), `영어 보도자료 작성해줘` is documents (영어 only
 * describes the object), `이 공문을 영어로 번역해줘` is translation. So rules come in two kinds:
 * - an action (요약, 번역, 작성, 분석, 아이디어, 코드…) scores high, half again when a request ending
 *   (`…해줘`, `…부탁`, `?`) follows it, and the last action in the instruction gets a bonus, since a
 *   Korean sentence ends on its main verb (`요약해서 영어로 번역해줘` is translation);
 * - a cue (보도자료, 평균, 법령, 알려줘…) scores low and only decides when no action does.
 * Coding is the exception: its object (코드, 함수, SQL) names the task, so those words are actions.
 *
 * Long pastes: instructions sit at the start or the end, so only the first 100 and last 100 characters are
 * read (it runs on every call, and each character costs every rule a step).
 * Rules whose required characters are absent from a zone are not tried at all (see `candidateRules`).
 */
export function classifyPurpose(text: string): PurposeCategory {
  return classifyZones(zonesOf(text));
}

/**
 * The purpose, decided later: the zones are cut now and classified on first use. The meter labels events in
 * batches when it writes them, which runs the rules back to back instead of between every request's other
 * work, where their code and data have left the processor's caches (there they cost a busy gateway 60–100 µs
 * a message; in batches about a third of that).
 */
export function deferPurpose(text: string): () => PurposeCategory {
  // A slice of a long string keeps the whole string alive: copied, the zones hold 200 characters, not the paste.
  const zones = zonesOf(text).map((zone) =>
    zone.text === text ? zone : { ...zone, text: Buffer.from(zone.text, 'utf16le').toString('utf16le') },
  );
  let purpose: PurposeCategory | null = null;
  return () => (purpose ??= classifyZones(zones));
}

function classifyZones(zones: readonly Zone[]): PurposeCategory {
  // Module-level buffers, cleared here rather than allocated per call (a typed array costs more than the
  // scan of a short message); this function is synchronous and does not re-enter.
  const scores = scoresBuffer.fill(0);
  let lastAction: LastAction | null = null;
  let lastRequestedAction: LastAction | null = null;
  const ruleScores = ruleScoresBuffer.fill(0);
  let hasCodeFence = false;
  // Each rule counts once per message (its best zone), so a word repeated through a paste adds nothing.
  const raise = (rule: ScoredRule, score: number): void => {
    const previous = ruleScores[rule.ruleIndex] ?? 0;
    if (score <= previous) return;
    ruleScores[rule.ruleIndex] = score;
    scores[rule.categoryIndex] = (scores[rule.categoryIndex] ?? 0) + score - previous;
  };

  for (let zoneIndex = 0; zoneIndex < zones.length; zoneIndex++) {
    const zone = zones[zoneIndex];
    if (zone === undefined) continue;
    const prepared = prepareZone(zone.text, zone.startsInsideFence);
    hasCodeFence ||= prepared.hasCodeFence;
    const content = prepared.content;
    if (content.length === 0) continue;
    const candidates = candidateRules(content);

    for (const rule of rules) {
      // A rule none of whose required characters is in the text cannot match: skipping it changes nothing.
      if (!isCandidate(candidates, rule.ruleIndex)) continue;
      const pattern = rule.pattern;
      pattern.lastIndex = 0;
      if (rule.kind === 'cue') {
        if (pattern.test(content)) raise(rule, rule.weight);
        continue;
      }
      let best = 0;
      for (let match = pattern.exec(content); match !== null; match = pattern.exec(content)) {
        const end = match.index + match[0].length;
        requestEndingPattern.lastIndex = end;
        const requested = requestEndingPattern.test(content);
        best = Math.max(best, rule.weight * (requested ? requestedFactor : 1));
        const position = zoneIndex * positionStride + end;
        if (lastAction === null || position >= lastAction.position) {
          lastAction = { category: rule.categoryIndex, position };
        }
        if (requested && (lastRequestedAction === null || position >= lastRequestedAction.position)) {
          lastRequestedAction = { category: rule.categoryIndex, position };
        }
      }
      if (best > 0) raise(rule, best);
    }

    if (content.includes('|') && markdownTablePattern.test(content)) raise(tableFeature, tableFeature.weight);
    if (countNumbers(content) >= manyNumbers) raise(numbersFeature, numbersFeature.weight);
  }

  if (hasCodeFence) raise(codeFenceFeature, codeFenceFeature.weight);
  const decisive = lastRequestedAction ?? lastAction;
  if (decisive !== null) {
    // Writing code (`코드 작성해줘`, `쿼리 짜줘`) is coding: the writing verb yields to a coding object.
    const category =
      decisive.category === documentsIndex && (scores[codingIndex] ?? 0) >= codingActionWeight
        ? codingIndex
        : decisive.category;
    scores[category] = (scores[category] ?? 0) + lastActionBonus;
  }

  let winner: PurposeCategory = 'other';
  let winningScore = minimumScore - Number.EPSILON;
  // Ties go to the earlier category in `tiePriority`: the more specific task.
  for (const category of tiePriority) {
    const score = scores[categoryIndexOf[category]] ?? 0;
    if (score > winningScore) {
      winner = category;
      winningScore = score;
    }
  }
  return winner;
}

// ---------------------------------------------------------------- rules

type RuleKind = 'action' | 'cue';

interface ScoredRule {
  categoryIndex: number;
  ruleIndex: number;
  weight: number;
}

interface PurposeRule extends ScoredRule {
  kind: RuleKind;
  pattern: RegExp;
}

interface LastAction {
  category: number;
  position: number;
}

const categoryCount = purposeCategories.length;
const categoryIndexOf = Object.fromEntries(
  purposeCategories.map((category, index) => [category, index]),
) as Record<PurposeCategory, number>;
const documentsIndex = categoryIndexOf.documents;
const codingIndex = categoryIndexOf.coding;
const tiePriority: readonly PurposeCategory[] = [
  'translation',
  'summary',
  'coding',
  'data_analysis',
  'documents',
  'ideas',
  'research',
  'other',
];

const requestedFactor = 1.5;
const codingActionWeight = 3.5;
const lastActionBonus = 1;
const minimumScore = 1;
const manyNumbers = 8;
/** Separates zones in action positions; larger than any zone. */
const positionStride = 10_000;

const languages =
  '영어|영문|한국어|한글|국문|우리말|일본어|일어|중국어|중문|베트남어|러시아어|스페인어|프랑스어|독일어|' +
  '몽골어|태국어|아랍어|인도네시아어|네팔어|우즈베크어|캄보디아어|필리핀어|타갈로그어|외국어|다국어|' +
  'english|korean|japanese|chinese';

const ruleSpecifications: readonly [PurposeCategory, RuleKind, number, RegExp][] = [
  // summary
  [
    'summary',
    'action',
    3,
    /요약|간추|추려|요점|핵심만|핵심\s?(?:내용|사항|포인트|위주|정리)|한눈에|summar|tl;?dr/,
  ],
  [
    'summary',
    'action',
    3,
    /(?:\d+|한|두|세|네|다섯|한두|두세|몇)\s?(?:줄|문장|문단|단락)(?:씩|\s?정도)?\s?(?:으로|로|만|이내|내외|요약|정리)/,
  ],
  ['summary', 'action', 2.5, /짧게|줄여\s?(?:줘|주|서)|간단(?:히|하게)\s?정리|간략(?:히|하게)|압축/],
  ['summary', 'cue', 1, /정리\s?(?:해|좀|부탁|하여|하고)|정리$/],
  [
    'summary',
    'cue',
    1,
    /(?:다음|아래|위|이|해당|첨부(?:한|된)?|붙여\s?넣은)\s?(?:글|내용|문서|자료|기사|보고서|회의록|녹취|텍스트|원문|발언|판결문)/,
  ],

  // translation
  ['translation', 'action', 4, /번역|통역|영작|translat|의역|직역|해석해|해석\s?(?:좀|부탁)/],
  [
    'translation',
    'action',
    3,
    new RegExp(`(?:${languages})\\s?(?:로|으로|버전으로|표기로)(?!\\s?된|\\s?작성된|\\s?쓰인)`),
  ],
  [
    'translation',
    'cue',
    2,
    new RegExp(`(?:을|를)\\s?(?:${languages})(?:로|으로)|(?:in|into|to)\\s(?:english|korean)`),
  ],
  ['translation', 'cue', 2, new RegExp(`(?:${languages})[^.\\n]{0,12}(?:버전|번역본)`)],
  ['translation', 'cue', 1.5, /무슨\s?뜻|뜻이\s?(?:뭐|무엇)|영어로\s?(?:뭐|어떻게)|옮겨/],

  // documents
  [
    'documents',
    'action',
    3,
    /작성|써\s?(?:줘|주|봐|줄|달|라|서|\s?보)|쓰고\s?싶|초안|기안|다듬|윤문|교정|퇴고|첨삭|draft|proofread|rewrite|write\s(?:a|an|the|me)\b/,
  ],
  ['documents', 'action', 2.5, /맞춤법|띄어쓰기|문법\s?(?:검사|오류|확인)|오탈자|비문/],
  [
    'documents',
    'action',
    2.5,
    /(?:공문|공문서|보고서|보도자료|회의록|개조식|서술식|공문체|경어체|존댓말|높임말|격식체|문어체|기안문|안내문)\s?(?:형식|양식|투|체|스타일|말투)?(?:으로|로)\s?(?:바꿔|고쳐|작성|써|정리|만들|변환|수정|다듬)/,
  ],
  [
    'documents',
    'cue',
    1.5,
    /보도자료|기안문|공문|인사말|축사|격려사|기념사|환영사|개회사|폐회사|연설문|축하\s?메시지|답변서|회신문|안내문|공고문|안내\s?문자|초청장|초대장|서한|편지|결과\s?보고|계획서|기획안|기획서|보고서|회의록|업무\s?일지|추진\s?계획|안내\s?문구|공지|게시글|게시물|카드\s?뉴스|시나리오|대본|멘트|답변|회신|이메일|메일|조례안|개정\s?이유|자기소개서|제안서|품의서|문안|목차/,
  ],
  [
    'documents',
    'cue',
    1.5,
    /고쳐\s?(?:줘|주|봐)|수정해\s?(?:줘|주)|자연스럽게|매끄럽게|부드럽게|정중하게|공손하게|따뜻하게/,
  ],
  ['documents', 'cue', 1, /만들어\s?(?:줘|주|봐|달)|문장|문구|요령|분량/],

  // ideas
  [
    'ideas',
    'action',
    3,
    /아이디어|브레인\s?스토밍|네이밍|슬로건|캐치\s?프레이즈|표어|작명|이름\s?(?:을\s?)?(?:지어|짓|추천|만들|붙여|후보)|네임|명칭\s?(?:추천|제안|공모)|idea|brainstorm|slogan/,
  ],
  [
    'ideas',
    'action',
    2.5,
    /기획(?!안|서|관|실|재정|예산|조정|팀|과)|구상|발상|고안|착안|떠올려|제안해|제안\s?(?:좀|부탁)|방안\s?(?:을|를)?\s?(?:제시|제안|마련|생각|모색|찾아|추천|좀)/,
  ],
  [
    'ideas',
    'cue',
    2,
    /(?:활성화|개선|홍보|유치|확대|증진|해결|활용|대응|극복|절감|향상|참여)\s?방안|해결책|좋을까|좋을지|어떨까|뭐가\s?있을까|참신|창의|기발|색다른|이색|톡톡|눈에\s?띄|신선한|콘셉트|컨셉|테마|이벤트|프로그램|주제|추천|후보|시책|고민해/,
  ],

  // research
  [
    'research',
    'action',
    3,
    /조사\s?(?:해|하여|좀|부탁)|알아\s?(?:봐|보고|볼)|찾아\s?(?:줘|주|봐)|검색|리서치|research|look\s?up/,
  ],
  [
    'research',
    'cue',
    2,
    /사례|예시|법령|법률|법\s?조항|조문|시행령|시행규칙|판례|유권\s?해석|질의\s?회신|근거|관련\s?(?:규정|법|지침|조항)|지침|훈령|예규|고시|벤치마킹|동향|트렌드|해외|타\s?지자체|다른\s?(?:지자체|시군구|시도)|선진|현황|실태|복무규정|규정/,
  ],
  [
    'research',
    'cue',
    1.5,
    /알려\s?(?:줘|주|줄|달)|설명해|설명\s?(?:좀|부탁)|궁금|무엇인가요|무엇인지|뭐야|뭔가요|뭐예요|뭐에요|뭐였|뭔지|얼마|며칠|인가요|나요\??|이었지|였지|어떻게\s?(?:되|해야|하나|하면|처리)|어디서|언제까지|차이|알고\s?싶|확인해|what\s(?:is|are)|explain|how\s(?:do|does|to|can)/,
  ],
  [
    'research',
    'cue',
    1.5,
    /조례|절차|요건|자격|기준|통계|제도|지원금|보조금|한도|기한|신청\s?방법|청탁금지법/,
  ],

  // data analysis
  [
    'data_analysis',
    'action',
    3,
    /분석|analy[sz]|시각화|피벗|계산해|계산\s?(?:하고|좀|부탁)|집계|산출|도식화|추정|예측|비교해|파악해|점검해|살펴봐|패턴|구해/,
  ],
  [
    'data_analysis',
    'cue',
    2,
    /평균|합계|총합|중앙값|표준\s?편차|분산|비율|비중|점유율|증감|증가율|감소율|상승률|하락률|변화율|집행률|추이|추세|전년\s?(?:대비|동기)|전월\s?대비|상관|회귀|분포|이상치|튀는\s?값|피벗|그래프|차트|average|median|trend|chart|graph|pivot|dataset|correlation|상위\s?\d|하위\s?\d|정렬/,
  ],
  [
    'data_analysis',
    'cue',
    1.5,
    /엑셀|excel|스프레드\s?시트|데이터|csv|설문|응답|만족도|원자료|수치|건수|시간대별|월별|연도별|연령대별|동별|부서별|분기별/,
  ],
  ['data_analysis', 'cue', 1, /표로|표를|표에|표\s?(?:형태|형식)|[0-9]+\s?(?:억|만|명|건|%)/],

  // coding
  [
    'coding',
    'action',
    codingActionWeight,
    /(?<!qr\s?|바|우편번호\s?|행정\s?|분류\s?)코드|코딩|함수|수식(?!어)|sql|쿼리|query|파이썬|python|자바\s?스크립트|javascript|typescript|vba|매크로|정규\s?(?:식|표현식)|regex|프로그래밍|디버깅|디버그|debug|(?:앱스|apps|구글|파이썬|셸|쉘|배치|bash|자동화|python)\s?스크립트|script|크롤링|크롤러|스크래핑|\bapi\b|html|css|json|리팩터링|리팩토링|알고리즘|vlookup|xlookup|hlookup|sumifs?|countifs?|averageifs?|iferror|index\s?match/,
  ],
  [
    'coding',
    'cue',
    2.5,
    /에러|error|오류\s?(?:메시지|코드|가\s?나|나|발생|\d)|exception|traceback|버그|\bbug\b|컴파일|런타임|실행\s?(?:하면|시|이\s?안|안)|짜\s?(?:줘|주)|프로그램\s?(?:을\s?|를\s?)?(?:짜|개발|코딩)|자동화|변수|반복문|배열|라이브러리|\bselect\b[^;]{1,200}\bfrom\b|=\s?[a-z]{2,}\d*\(|\bdef\s\w+\(|\bfunction\b|console\.log|\bimport\s[\w{]|\breturn\b|\bfor\s\w+\sin\b|\$[a-z]\$?\d/,
  ],

  // other
  [
    'other',
    'cue',
    2.5,
    /너는\s?(?:누구|어떤|뭐)|넌\s?(?:누구|뭐)|너\s?이름|날씨|점심|저녁\s?메뉴|메뉴\s?추천|뭐\s?먹지|맛집|농담|심심|재미있는\s?(?:얘기|이야기)|운세|로또|^테스트|^test/,
  ],
  [
    'other',
    'cue',
    1.5,
    /^(?:안녕|하이|hello|hi\b|ㅎㅇ)|반가워|반갑습니다|고마워|고맙|감사합니다|thank|ㅋㅋ|ㅎㅎ/,
  ],
];

const rules: readonly PurposeRule[] = ruleSpecifications.map(
  ([category, kind, weight, pattern], ruleIndex) => ({
    categoryIndex: categoryIndexOf[category],
    ruleIndex,
    kind,
    weight,
    pattern: new RegExp(pattern.source, 'g'),
  }),
);

/**
 * The prefilter: each rule's pattern can only match a text holding one of its required characters (see
 * `requiredCharacters`), so a zone tries only the rules one of whose characters it holds. Rules with no
 * provable characters are always tried. Rule sets are bit masks, `ruleWords` 32-bit words each.
 */
const ruleWords = Math.ceil(rules.length / 32);
/** For each required character (by UTF-16 code unit), the offset of its rule set in `ruleSetWords`. */
const ruleSetOffsets = new Map<number, number>();
const ruleSetWordList: number[] = [];
const unfilteredRules = new Uint32Array(ruleWords);
for (const rule of rules) {
  const word = rule.ruleIndex >>> 5;
  const bit = 1 << (rule.ruleIndex & 31);
  const characters = requiredCharacters(rule.pattern.source);
  if (characters === null) {
    unfilteredRules[word] = (unfilteredRules[word] ?? 0) | bit;
    continue;
  }
  for (let index = 0; index < characters.length; index++) {
    const code = characters.charCodeAt(index);
    let offset = ruleSetOffsets.get(code);
    if (offset === undefined) {
      offset = ruleSetWordList.length;
      ruleSetOffsets.set(code, offset);
      for (let filler = 0; filler < ruleWords; filler++) ruleSetWordList.push(0);
    }
    ruleSetWordList[offset + word] = (ruleSetWordList[offset + word] ?? 0) | bit;
  }
}
const ruleSetWords = Uint32Array.from(ruleSetWordList);
/** Reused by each zone in turn, like the score buffers. */
const candidatesBuffer = new Uint32Array(ruleWords);

/** The rules that may match `content` (a bit mask): the others cannot. */
function candidateRules(content: string): Uint32Array {
  const candidates = candidatesBuffer;
  candidates.set(unfilteredRules);
  for (let index = 0; index < content.length; index++) {
    const offset = ruleSetOffsets.get(content.charCodeAt(index));
    if (offset === undefined) continue;
    for (let word = 0; word < ruleWords; word++) {
      candidates[word] = (candidates[word] ?? 0) | (ruleSetWords[offset + word] ?? 0);
    }
  }
  return candidates;
}

function isCandidate(candidates: Uint32Array, ruleIndex: number): boolean {
  return (((candidates[ruleIndex >>> 5] ?? 0) >>> (ruleIndex & 31)) & 1) === 1;
}

// Features that are not a keyword, scored like cue rules after the keyword rules.
const tableFeature: ScoredRule = {
  categoryIndex: categoryIndexOf.data_analysis,
  ruleIndex: rules.length,
  weight: 1.5,
};
const numbersFeature: ScoredRule = {
  categoryIndex: categoryIndexOf.data_analysis,
  ruleIndex: rules.length + 1,
  weight: 1,
};
const codeFenceFeature: ScoredRule = {
  categoryIndex: categoryIndexOf.coding,
  ruleIndex: rules.length + 2,
  weight: 2.5,
};
const ruleCount = rules.length + 3;
const scoresBuffer = new Float64Array(categoryCount);
const ruleScoresBuffer = new Float64Array(ruleCount);

/**
 * A request ending just after an action word (`요약해줘`, `번역 부탁`, `작성해 주시겠어요?`), or the message
 * ending on it (`3줄 요약`). Six characters at most in between, so `요약해서 영어로 번역해줘` requests only 번역.
 */
const requestEndingPattern =
  /[^\n.!?]{0,6}?(?:줘|주세요|주십시오|주시|주실|주라|부탁|바랍니다|해봐|해\s?봐|할래|해라|하라|하시오|해요|하세요|합시다|해\s?주|달라|please|\?|$)/y;
const markdownTablePattern = /^\s*\|.*\|\s*$[\s\S]*^\s*\|?\s*:?-{3,}/m;
const numberPattern = /\d[\d,.]*/g;
/** Masked personal values (`[주민등록번호_1]`): their type names are not what the message is about. */
const placeholderPattern = /\[\s*[가-힣a-z ]{1,12}\s*_\s*\d{1,4}\s*\]/g;
const codeFence = '```';

/** The rules' sources, request endings included: tests build inputs from their keywords. */
export const purposePatternSources: readonly string[] = [
  ...ruleSpecifications.map(([, , , pattern]) => pattern.source),
  requestEndingPattern.source,
];

// ---------------------------------------------------------------- zones

/** The start or the end of a message: where instructions stand. */
interface Zone {
  text: string;
  /** True when a code fence opened before the zone is still open at its start. */
  startsInsideFence: boolean;
}

const headLength = 100;
const tailLength = 100;

function zonesOf(text: string): Zone[] {
  if (text.length <= headLength + tailLength) return [{ text, startsInsideFence: false }];
  const tailStart = text.length - tailLength;
  return [
    { text: text.slice(0, headLength), startsInsideFence: false },
    { text: text.slice(tailStart), startsInsideFence: isInsideFence(text, tailStart) },
  ];
}

function isInsideFence(text: string, end: number): boolean {
  let inside = false;
  for (
    let index = text.indexOf(codeFence);
    index !== -1 && index < end;
    index = text.indexOf(codeFence, index + 3)
  ) {
    inside = !inside;
  }
  return inside;
}

interface PreparedZone {
  content: string;
  hasCodeFence: boolean;
}

/** NFKC (full-width letters, compatibility jamo) and lower case; code and placeholders removed. */
function prepareZone(text: string, startsInsideFence: boolean): PreparedZone {
  let content = text;
  let hasCodeFence = startsInsideFence;
  if (content.includes(codeFence) || startsInsideFence) {
    // Code is the material, not the instruction: its identifiers and Korean strings would mislead.
    const parts = content.split(codeFence);
    let kept = '';
    for (let index = startsInsideFence ? 1 : 0; index < parts.length; index += 2)
      kept += `${parts[index] ?? ''}\n`;
    hasCodeFence ||= parts.length > 1;
    content = kept;
  }
  content = content.normalize('NFKC').toLowerCase();
  // Every placeholder holds a `[`.
  if (content.includes('[')) content = content.replace(placeholderPattern, ' ');
  content = content.trim();
  return { content, hasCodeFence };
}

function countNumbers(content: string): number {
  numberPattern.lastIndex = 0;
  let count = 0;
  while (numberPattern.exec(content) !== null && count < manyNumbers) count++;
  return count;
}
