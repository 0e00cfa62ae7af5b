/**
 * The text the Korean analyzer reads: NFKC (full-width Latin and digits, ㎡, ㈜ and the like become plain
 * characters), lower-case, and a few Korean-document habits undone so that the same thing written two ways
 * gives the same tokens.
 */
export function normalizeForAnalysis(text: string): string {
  return (
    text
      // NFKC turns ① into a bare "1" that would glue onto the word after it ("①보조금은" → "1보조금은").
      .replace(enclosedNumbers, ' $& ')
      .normalize('NFKC')
      .toLowerCase()
      // Jamo left after NFKC are list markers (ㄱ. ㄴ.) or 'ㆍ' used as a middle dot (시ㆍ도), never words.
      .replace(jamo, ' ')
      .replace(thousandsSeparator, '$1')
      // "제 10 조" in extracted PDF text is the same reference as "제10조".
      .replace(spacedStatuteReference, '제$1$2')
      // "10조의2" typed without 제 names the same article (a bare "10조" may be money: 10조 원).
      .replace(unprefixedBranchArticle, '$1제$2조의$3')
  );
}

const enclosedNumbers = /[\u2460-\u24ff\u2776-\u2793]/g;
const jamo = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]+/g;
const thousandsSeparator = /(\d),(?=\d{3}(?!\d))/g;
const unprefixedBranchArticle = /(^|[^가-힣\d.])(\d+)조의(\d+)/g;
const spacedStatuteReference = /(?<![가-힣])제\s*(\d+)\s*([조항호장절관편목])/g;
