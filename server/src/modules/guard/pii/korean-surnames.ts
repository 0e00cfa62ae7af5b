/** The common Korean surnames (about 110, covering well over 99 % of the population), one syllable each. */
export const koreanSurnames: ReadonlySet<string> = new Set([
  ...Array.from(
    '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공',
  ),
  ...Array.from(
    '현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈',
  ),
  ...Array.from('동온호범좌팽승간상갈단견당화창옹순빙'),
]);

/** Two-syllable surnames; a name starting with one has 1–2 more syllables. */
export const compoundKoreanSurnames: ReadonlySet<string> = new Set([
  '남궁',
  '황보',
  '제갈',
  '선우',
  '독고',
  '사공',
  '서문',
  '동방',
]);
