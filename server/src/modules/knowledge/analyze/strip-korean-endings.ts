/** A word split from its trailing particles (조사) and common verb endings. */
export interface StrippedWord {
  /** The word without them: "보조금을" → "보조금", "지원하여야" → "지원". */
  stem: string;
  /**
   * The word as it was before the last strip when the stripped syllable may belong to the noun itself
   * ("위원회의" may be 위원회+의 or 위원+회의, "경기도" is not 경기+도); null when the strip is safe.
   */
  alternative: string | null;
}

/**
 * Strips particles and endings from the end of a word, rule by rule (at most four: "주민들에게는" → "주민"),
 * taking the longest ending that applies each time. The rules are conservative: an ending is only removed
 * after the kind of syllable it follows in real Korean (을 after a final consonant, 를 after a vowel), never
 * right after a digit (10만, 20도 are units), and only when enough of the word remains; the particles that
 * are also common noun endings (이 가 의 도 과 로 만 한) need a two-syllable stem.
 */
export function stripKoreanEndings(word: string): StrippedWord {
  let stem = word;
  for (let round = 0; round < 4; round += 1) {
    const rule = findRule(stem);
    if (rule === undefined) break;
    const stripped = stem.slice(0, stem.length - rule.ending.length + rule.keep);
    // Only a Hangul syllable can join 도, 과 or 로 into a noun: "gpt-4o로" is gpt-4o with a particle.
    const ambiguous = rule.ambiguous && isSyllable(stripped.charCodeAt(stripped.length - 1));
    if (ambiguous || endsWithNounLikeEnding(stem)) return { stem: stripped, alternative: stem };
    stem = stripped;
  }
  return { stem, alternative: null };
}

type Follows = 'any' | 'consonant' | 'vowel' | 'vowelOrRieul';

interface EndingRule {
  ending: string;
  minimumStem: number;
  follows: Follows;
  /** The syllable may as well end a noun (경기도, 정책과, 세종대로): keep the unstripped word too. */
  ambiguous: boolean;
  /** Characters of the ending that stay on the stem: "효율적인" → "효율적". */
  keep: number;
}

function findRule(word: string): EndingRule | undefined {
  const candidates = rulesByLastCharacter.get(word.charAt(word.length - 1));
  if (candidates === undefined) return undefined;
  for (const rule of candidates) {
    const stemLength = word.length - rule.ending.length;
    if (stemLength < rule.minimumStem || !word.endsWith(rule.ending)) continue;
    if (followsCorrectly(rule.follows, word.charCodeAt(stemLength - 1))) return rule;
  }
  return undefined;
}

function followsCorrectly(follows: Follows, previous: number): boolean {
  if (previous >= 0x30 && previous <= 0x39) return false;
  // After Latin letters or Han characters the spelling does not tell which particle is right ("ISO을/를").
  if (follows === 'any' || !isSyllable(previous)) return true;
  const finalConsonant = (previous - 0xac00) % 28;
  if (follows === 'consonant') return finalConsonant !== 0;
  if (follows === 'vowel') return finalConsonant === 0;
  return finalConsonant === 0 || finalConsonant === rieul;
}

function isSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

function endsWithNounLikeEnding(word: string): boolean {
  return nounsEndingLikeParticles.has(word.slice(-2)) || nounsEndingLikeParticles.has(word.slice(-3));
}

const rieul = 8;

function rules(minimumStem: number, follows: Follows, endings: string, ambiguous = false): EndingRule[] {
  return endings.split(' ').map((ending) => ({ ending, minimumStem, follows, ambiguous, keep: 0 }));
}

const particles: EndingRule[] = [
  ...rules(1, 'consonant', '을 은 으로 이라는 이라고 입니다 이므로 이지만 으로서 으로써 으로부터'),
  ...rules(1, 'vowel', '를 는'),
  ...rules(1, 'any', '에 에서 에게 에게서 한테 께서 부터 까지 처럼 마다 만큼'),
  ...rules(2, 'consonant', '이 이나 이란 이라 이며 이고 이다 이면'),
  ...rules(2, 'vowel', '가 와 라는 라고'),
  ...rules(2, 'vowelOrRieul', '로서 로써 로부터'),
  // 들 is the plural suffix (주민들).
  ...rules(2, 'any', '의 만 들 께 보다 조차 마저'),
  ...rules(2, 'any', '도', true),
  ...rules(2, 'consonant', '과', true),
  ...rules(2, 'vowelOrRieul', '로', true),
  // Spoken forms staff type into a search box: 처음엔 (에는), 조항이야, 무료예요.
  ...rules(2, 'any', '엔'),
  ...rules(1, 'consonant', '이야 이에요 이죠 인가요 인지 인데'),
  ...rules(2, 'vowel', '예요 인가요 인지 인데'),
];

// 하다/되다 verbs are nouns plus an ending in administrative text (지원하여야, 적용된다); other verbs are left
// as they are, since without a dictionary their stems cannot be told apart from nouns.
const verbEndings: EndingRule[] = [
  ...rules(
    2,
    'any',
    '하다 한다 하는 하고 하며 하여 하여야 해야 하면 하기 하지 하였다 했다 하였으며 했으며 하였고 했고 ' +
      '하였으나 했으나 합니다 하십시오 하게 하도록 할 한 함 해서 하여서 하거나 하더라도 하려는 하려면 하므로 ' +
      '하는데 된다 되는 되어 되어야 되며 되고 되면 되었다 됐다 됩니다 되지 된 될 됨 되기 되도록 되었으며 되거나 ' +
      // Questions and requests as staff type them: 설치해?, 신청해야 돼?, 입금돼요?, 지원되나요?
      '해요 했어 했어요 했는데 해도 해줘 해주세요 하나요 합니까 할까 할까요 했나요 하는지 ' +
      '돼요 됐어 됐어요 되나요 됩니까 될까 될까요 되는지',
  ),
  // A bare 해/돼 also ends nouns (자연재해, 손해): the unstripped word is kept too.
  ...rules(2, 'any', '해 돼', true),
  { ending: '적인', minimumStem: 1, follows: 'any', ambiguous: false, keep: 1 },
];

const rulesByLastCharacter = new Map<string, EndingRule[]>();
for (const ending of [...particles, ...verbEndings]) {
  const last = ending.ending.charAt(ending.ending.length - 1);
  rulesByLastCharacter.set(last, [...(rulesByLastCharacter.get(last) ?? []), ending]);
}
for (const candidates of rulesByLastCharacter.values()) {
  candidates.sort((left, right) => right.ending.length - left.ending.length);
}

// Common nouns whose last syllable is also a particle or ending: a word ending in one keeps its unstripped
// form too ("위원회의" → 위원회의 and 위원회; "처리기한" → 처리기한 and 처리기). Nouns whose ending would also
// match everyday noun+particle pairs are left out (시가 in 서울시가, 부가 in 정부가, 민의 in 주민의), and so
// are those the phonology already protects (평가: 가 follows a vowel, 평 ends in a consonant).
const nounsEndingLikeParticles = new Set([
  ...[
    '종이',
    '높이',
    '길이',
    '넓이',
    '깊이',
    '놀이',
    '먹이',
    '같이',
    '없이',
    '많이',
    '어린이',
    '굳이',
    '벌이',
  ],
  ...['추가', '허가', '휴가'],
  ...['회의', '협의', '심의', '동의', '주의', '논의', '편의', '강의', '이의', '의의', '창의', '숙의', '임의'],
  ...['미만', '불만', '천만', '백만', '십만', '태만', '기와'],
  ...[
    '기한',
    '권한',
    '제한',
    '상한',
    '하한',
    '무한',
    '유한',
    '시한',
    '연한',
    '국한',
    '극한',
    '대한',
    '최소한',
  ],
  ...['역할', '분할', '관할', '직할', '포함', '결함', '군함'],
]);
