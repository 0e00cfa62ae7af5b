import type { KnowledgeSearchHit } from '@jumugwan/contracts';
import type { StatuteEntry } from './field-values';

const articlePattern = /^제\d+조(의\d+)?/u;

/**
 * A found passage as a statute pair: the document title as the statute's name (file extension and
 * 「」 removed), the passage as its text, headed by its article (제3조(배차 신청)) when the chunk
 * starts below it, so the reply can cite the article.
 */
export function statuteFromPassage(
  hit: Pick<KnowledgeSearchHit, 'documentTitle' | 'sectionPath' | 'text'>,
): StatuteEntry {
  const name = hit.documentTitle
    .replace(/\.(hwpx?|pdf|docx?|txt|md|html?)$/iu, '')
    .replace(/[「」]/gu, '')
    .trim()
    .slice(0, 100);
  const text = hit.text.trim();
  const article = [...hit.sectionPath]
    .reverse()
    .find((part) => articlePattern.test(part.trim()))
    ?.trim();
  const headed =
    article === undefined || text.startsWith(article.match(articlePattern)?.[0] ?? article)
      ? text
      : `${article} ${text}`;
  return { name, text: headed.slice(0, 20_000) };
}
