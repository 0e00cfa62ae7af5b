/*
 * An article heading: 제32조( or 제32조 at the start of a line, or 제32조( after the end of a
 * sentence or a history note (…아니 된다. 제33조(주차금지의 장소), <개정 2020. 6. 9.> 제33조(…)).
 * "제32조에 따른" and mid-sentence "제5조 및 제6조" are references, not headings.
 */
const headingPattern =
  /(?:(?<=^|\n)[ \t]*제(\d+)조(?:의(\d+))?(?=[ \t]*[(（]|[ \t]|\r?$|\r?\n)|(?<=[.。!?>\]][ \t]*)제(\d+)조(?:의(\d+))?(?=[ \t]*[(（]))/g;

/** 제32조, 제10조의2: the key of an article in parseStatuteArticles' map. */
export function articleKey(article: number, branch: number | undefined): string {
  return `제${article}조${branch === undefined ? '' : `의${branch}`}`;
}

/**
 * The articles of a provided statute text: key (제32조, 제10조의2) → the article's text from its
 * heading to the next heading. An article given twice keeps both texts, one after the other.
 */
export function parseStatuteArticles(text: string): Map<string, string> {
  const headings = [...text.matchAll(headingPattern)].map((match) => {
    const article = Number(match[1] ?? match[3]);
    const branchText = match[2] ?? match[4];
    const offset = match[0].length - match[0].trimStart().length;
    return {
      key: articleKey(article, branchText === undefined ? undefined : Number(branchText)),
      start: match.index + offset,
    };
  });
  const articles = new Map<string, string>();
  headings.forEach((heading, index) => {
    const articleText = text.slice(heading.start, headings[index + 1]?.start ?? text.length).trim();
    const earlier = articles.get(heading.key);
    articles.set(heading.key, earlier === undefined ? articleText : `${earlier}\n${articleText}`);
  });
  return articles;
}
