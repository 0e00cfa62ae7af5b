import type { ProvidedStatute, StatuteCitationCheck } from '@jumugwan/contracts';
import { formatArticle, formatArticleChain, type ArticleChain } from './article-chain.js';
import {
  findStatuteCitations,
  normalizeStatuteName,
  type StatuteCitation,
} from './find-statute-citations.js';
import { formatItemMarker } from './item-markers.js';
import { withParticle } from './korean-particle.js';
import { articleKey, parseStatuteArticles } from './parse-statute-articles.js';

const circledNumberLevel = 7;
// History notes (<개정 2020. 6. 9.>, [시행일: …]) hold numbers that look like 호.
const historyNotePattern = /<[^>\n]*>|\[[^\]\n]*\]/g;

/** The text of 항 `paragraph` (① … up to ②), the whole article when it only names 제N항, or null. */
function paragraphText(articleText: string, paragraph: number): string | null {
  const marker = formatItemMarker(circledNumberLevel, paragraph);
  const start = articleText.indexOf(marker);
  if (start >= 0) {
    const next = articleText.indexOf(formatItemMarker(circledNumberLevel, paragraph + 1), start);
    return articleText.slice(start, next < 0 ? articleText.length : next);
  }
  return articleText.includes(`제${paragraph}항`) ? articleText : null;
}

function hasItem(scope: string, chain: ArticleChain): boolean {
  if (chain.item === undefined) return true;
  const number = `${chain.item}${chain.itemBranch === undefined ? '' : `의${chain.itemBranch}`}`;
  return new RegExp(`(?:^|[\\s:])${number}\\.[ \\t]`).test(scope.replace(historyNotePattern, ' '));
}

function check(
  citation: StatuteCitation,
  statutes: ReadonlyMap<string, { name: string; articles: Map<string, string> }>,
): StatuteCitationCheck {
  const { chain } = citation;
  const result = (verified: boolean, reason: string | null): StatuteCitationCheck => ({
    citation: citation.citation,
    statute: citation.statute ?? '',
    article: formatArticleChain(chain),
    verified,
    reason,
  });
  if (citation.statute === null || chain.article === undefined) {
    return result(false, '앞에 인용한 법령이 없어 어느 조문을 가리키는지 알 수 없습니다.');
  }
  const quoted = `「${citation.statute}」`;
  const statute = statutes.get(normalizeStatuteName(citation.statute));
  if (!statute) return result(false, `제공된 법령에 ${withParticle(quoted, '이', '가')} 없습니다.`);
  const article = formatArticle(chain);
  const articleText = statute.articles.get(articleKey(chain.article, chain.articleBranch));
  if (articleText === undefined) {
    return result(false, `${quoted} ${withParticle(article, '은', '는')} 제공된 조문에 없습니다.`);
  }
  let scope = articleText;
  if (chain.paragraph !== undefined) {
    const text = paragraphText(articleText, chain.paragraph);
    if (text === null) {
      return result(
        false,
        `${quoted} ${article}에 ${withParticle(`제${chain.paragraph}항`, '이', '가')} 없습니다.`,
      );
    }
    scope = text;
  }
  if (!hasItem(scope, chain)) {
    const paragraph = chain.paragraph === undefined ? '' : `제${chain.paragraph}항`;
    return result(false, `${quoted} ${article}${paragraph}에 제${chain.item ?? ''}호가 없습니다.`);
  }
  return result(true, null);
}

/**
 * Checks every statute citation in the text against the statutes the user provided: the statute
 * must be among them (names compared without spaces and 「」), the article must have a heading in
 * its text, and a cited 항 (①, or 제N항 named in the article) and 호 (N.) must be in that article.
 * 목 is not checked.
 */
export function verifyStatuteCitations(
  text: string,
  provided: readonly ProvidedStatute[],
): StatuteCitationCheck[] {
  const statutes = new Map<string, { name: string; articles: Map<string, string> }>();
  for (const statute of provided) {
    const key = normalizeStatuteName(statute.name);
    const articles = parseStatuteArticles(statute.text);
    const earlier = statutes.get(key);
    // The same statute given twice (two pasted excerpts): its articles are pooled.
    if (earlier) for (const [article, articleText] of articles) earlier.articles.set(article, articleText);
    else statutes.set(key, { name: statute.name, articles });
  }
  return findStatuteCitations(
    text,
    provided.map((statute) => statute.name),
  ).map((citation) => check(citation, statutes));
}
