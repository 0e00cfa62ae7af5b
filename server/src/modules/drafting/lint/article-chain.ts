/** A run of article parts as written: 제3조의2제1항제2호가목, 제3조 제1항, 3조 1항, 같은 조 제2항's 제2항. */
export interface ArticleChain {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly article: number | undefined;
  readonly articleBranch: number | undefined;
  readonly paragraph: number | undefined;
  readonly item: number | undefined;
  readonly itemBranch: number | undefined;
  readonly subitem: string | undefined;
  /** Every part has its 제 (목 has none). */
  readonly prefixed: boolean;
}

// 조의2 is a branch article, but 제3조의 2개 항목 is not, nor 의 2,000원; amounts (3조 원) have no 항/호.
const branch = '(?:[ \\t]*의[ \\t]*(\\d+)(?![\\d]|[,.]\\d)(?![ \\t]*[개명건번차회년월일시분원]))?';
const articleChainPattern = new RegExp(
  '(?<!\\d)(?=[제\\d])(?:(제[ \\t]*)?(\\d+)[ \\t]*조' +
    branch +
    ')?(?:[ \\t]*(제[ \\t]*)?(\\d+)[ \\t]*항)?(?:[ \\t]*(제[ \\t]*)?(\\d+)[ \\t]*호' +
    branch +
    ')?(?:[ \\t]*([가나다라마바사아자차카타파하])[ \\t]*목(?![가-힣]))?',
  'g',
);
const hangulPattern = /[가-힣]/;

const optionalNumber = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : Number(text);

/**
 * The article chains in a line. A chain starts with 조, or with 제N항 (같은 조 제2항); without 제 a
 * 조 counts only when a 항 or 호 follows (3조 1항), so amounts like 3조 원 are left alone.
 */
export function findArticleChains(text: string): ArticleChain[] {
  const chains: ArticleChain[] = [];
  for (const match of text.matchAll(articleChainPattern)) {
    const [
      raw,
      articlePrefix,
      article,
      articleBranch,
      paragraphPrefix,
      paragraph,
      itemPrefix,
      item,
      itemBranch,
      subitem,
    ] = match;
    if (raw.trim() === '') continue;
    const start = match.index + (raw.length - raw.trimStart().length);
    const hasArticle = article !== undefined;
    if (!hasArticle && paragraph === undefined) continue;
    if (!hasArticle && paragraphPrefix === undefined) continue;
    if (hasArticle && articlePrefix === undefined) {
      if (paragraph === undefined && item === undefined) continue;
      if (hangulPattern.test(text[start - 1] ?? '')) continue;
    }
    chains.push({
      start,
      end: match.index + raw.length,
      written: text.slice(start, match.index + raw.length),
      article: optionalNumber(article),
      articleBranch: optionalNumber(articleBranch),
      paragraph: optionalNumber(paragraph),
      item: optionalNumber(item),
      itemBranch: optionalNumber(itemBranch),
      subitem,
      prefixed:
        (!hasArticle || articlePrefix !== undefined) &&
        (paragraph === undefined || paragraphPrefix !== undefined) &&
        (item === undefined || itemPrefix !== undefined),
    });
  }
  return chains;
}

/** 제3조의2 (the article alone), or '' for a chain that starts at 항. */
export function formatArticle(chain: Pick<ArticleChain, 'article' | 'articleBranch'>): string {
  if (chain.article === undefined) return '';
  return `제${chain.article}조${chain.articleBranch === undefined ? '' : `의${chain.articleBranch}`}`;
}

/** 제3조의2제1항제2호가목. */
export function formatArticleChain(chain: ArticleChain): string {
  const paragraph = chain.paragraph === undefined ? '' : `제${chain.paragraph}항`;
  const item =
    chain.item === undefined
      ? ''
      : `제${chain.item}호${chain.itemBranch === undefined ? '' : `의${chain.itemBranch}`}`;
  const subitem = chain.subitem === undefined ? '' : `${chain.subitem}목`;
  return formatArticle(chain) + paragraph + item + subitem;
}
