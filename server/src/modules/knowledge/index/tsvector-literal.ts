/** PostgreSQL keeps at most this position in a tsvector, and at most 256 positions per lexeme. */
const maximumPosition = 16_383;
const maximumPositionsPerLexeme = 255;

function quoted(lexeme: string): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/**
 * A tsvector literal (`'서울':1,4 '시청':2`) of the analyzer's tokens. Positions are kept only so that
 * their count is the term frequency BM25 needs; PostgreSQL's own parser is bypassed entirely.
 */
export function tsvectorLiteral(tokens: readonly string[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = positions.get(token);
    const position = Math.min(index + 1, maximumPosition);
    if (list === undefined) positions.set(token, [position]);
    else if (list.length < maximumPositionsPerLexeme && list.at(-1) !== position) list.push(position);
  });
  const parts: string[] = [];
  for (const [token, list] of positions) parts.push(`${quoted(token)}:${list.join(',')}`);
  return parts.join(' ');
}

/** An OR query over the given terms, each matched as a whole lexeme. */
export function tsqueryLiteral(terms: readonly string[]): string {
  return terms.map(quoted).join(' | ');
}

/** Chunks holding at least two of the terms: `(a & b) | (a & c) | (b & c)`. */
export function tsqueryAnyTwo(terms: readonly string[]): string {
  const pairs: string[] = [];
  terms.forEach((left, index) => {
    for (const right of terms.slice(index + 1)) pairs.push(`(${quoted(left)} & ${quoted(right)})`);
  });
  return pairs.join(' | ');
}
