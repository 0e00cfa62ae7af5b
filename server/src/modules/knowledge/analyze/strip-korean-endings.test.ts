import { describe, expect, it } from 'vitest';
import { stripKoreanEndings } from './strip-korean-endings.js';

// [word, stem, alternative kept because the stripped syllable may belong to the noun]
const cases: [string, string, string | null][] = [
  ['보조금을', '보조금', null],
  ['교부신청서는', '교부신청서', null],
  ['서울시에서', '서울시', null],
  ['지방자치단체의', '지방자치단체', null],
  ['경우에는', '경우', null],
  ['주민들에게는', '주민', null],
  ['사업비가', '사업비', null],
  ['서울시가', '서울시', null],
  ['행정안전부가', '행정안전부', null],
  ['보조사업자가', '보조사업자', null],
  ['법률이', '법률', null],
  ['시행령으로', '시행령', null],
  ['개인정보를', '개인정보', null],
  ['신청서류와', '신청서류', null],
  ['공무원은', '공무원', null],
  ['행정안전부장관은', '행정안전부장관', null],
  ['담당자께서', '담당자', null],
  ['협약서까지', '협약서', null],
  ['예산부터', '예산', null],
  ['소속기관마다', '소속기관', null],
  ['사업계획서에', '사업계획서', null],
  ['작년보다', '작년', null],
  ['이용자의', '이용자', null],
  ['정책이며', '정책', null],
  ['대상입니다', '대상', null],
  ['평가를', '평가', null],
  ['성과를', '성과', null],
  ['정도를', '정도', null],
  ['것은', '것', null],
  ['돈을', '돈', null],
  // 하다/되다 verbs
  ['지원하여야', '지원', null],
  ['적용된다', '적용', null],
  ['제출하는', '제출', null],
  ['검토하여', '검토', null],
  ['교부한', '교부', null],
  ['필요한', '필요', null],
  ['포함한다', '포함', null],
  ['협의하여', '협의', null],
  ['지원되었다', '지원', null],
  ['교부하였으며', '교부', null],
  ['추진했다', '추진', null],
  ['개최됨', '개최', null],
  ['운영함', '운영', null],
  ['제한하는', '제한', null],
  ['효율적인', '효율적', null],
  ['효율적으로', '효율적', null],
  // The stripped syllable may be the noun's own: both forms.
  ['위원회의', '위원회', '위원회의'],
  ['경기도가', '경기', '경기도'],
  ['강원도에서', '강원', '강원도'],
  ['지원제도', '지원제', '지원제도'],
  ['디지털정책과와', '디지털정책', '디지털정책과'],
  ['사업성과', '사업성', '사업성과'],
  ['기관과의', '기관', '기관과'],
  ['서류로', '서류', '서류로'],
  ['세종대로', '세종대', '세종대로'],
  ['처리기한을', '처리기', '처리기한'],
  ['어린이가', '어린', '어린이'],
  ['2025년도', '2025년', '2025년도'],
  ['gpt-4o로', 'gpt-4o', null],
  // Left alone: too short to strip, the wrong phonology for the particle, or a unit after a digit.
  ['위하여', '위하여', null],
  ['회의', '회의', null],
  ['결과', '결과', null],
  ['차이', '차이', null],
  ['마을', '마을', null],
  ['국가', '국가', null],
  ['도로', '도로', null],
  ['제도', '제도', null],
  ['기한', '기한', null],
  ['역할', '역할', null],
  ['관할', '관할', null],
  ['미만', '미만', null],
  ['종이가', '종이', null],
  ['법의', '법의', null],
  ['10만', '10만', null],
  ['100억원', '100억원', null],
  ['iso를', 'iso', null],
];

describe('stripKoreanEndings', () => {
  it.each(cases)('%s → %s', (word, stem, alternative) => {
    expect(stripKoreanEndings(word)).toEqual({ stem, alternative });
  });

  it('covers at least 40 words', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});
