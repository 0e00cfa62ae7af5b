import { findArticleChains, type ArticleChain } from './article-chain.js';
import { splitDraftLines } from './draft-lines.js';
import { statuteNameBefore } from './statute-name-before.js';

/** A statute citation in a text, resolved to its statute and article. */
export interface StatuteCitation {
  /** Offsets in the whole text. */
  readonly start: number;
  readonly end: number;
  /** As written: 「도로교통법」 제32조제1항, 같은 법 제5조, 같은 조 제2항. */
  readonly citation: string;
  /** The statute cited (같은 법 resolved), or null when nothing before it says which. */
  readonly statute: string | null;
  /** The cited parts, with the article filled in for 같은 조 제2항. */
  readonly chain: ArticleChain;
}

/** 도로교통법 시행령 → 도로교통법; 「」 and spacing removed for comparing names. */
export function normalizeStatuteName(name: string): string {
  return name.replace(/[「」\s]/g, '');
}

const lawOf = (statute: string): string => statute.replace(/[ \t]*(?:시행령|시행규칙)$/, '');

const sameStatutePattern =
  /(?:같은[ \t]*(법률|법|영|규칙|규정|조례)|(동법|동령|동규칙))(?:[ \t]*(시행령|시행규칙))?[ \t]*$/;
const sameArticlePattern = /(?:같은[ \t]*조|동조)[ \t]*$/;
const connectorPattern = /^[ \t]*(?:,|및|또는|·|ㆍ|와|과|내지|부터|[~∼～])[ \t]*$/;

/** Which statute "같은 법", "같은 영", "같은 법 시행령" … mean after citing `previous`. */
function resolveSameStatute(previous: string, match: RegExpExecArray): string {
  const [, word, abbreviation, suffix] = match;
  const law = lawOf(previous);
  if (suffix) return `${law} ${suffix}`;
  if (word === '영' || abbreviation === '동령')
    return previous.endsWith('시행령') ? previous : `${law} 시행령`;
  if (word === '규칙' || abbreviation === '동규칙')
    return /규칙$/.test(previous) ? previous : `${law} 시행규칙`;
  if (word === '규정' || word === '조례') return previous;
  return law;
}

/** The start of a provided statute name written (in any spacing, 「」 or not) right before `end`. */
function knownNameStart(text: string, end: number, names: readonly string[]): number | null {
  for (const name of names) {
    let index = end;
    let collected = '';
    while (index > 0 && collected.length < name.length) {
      const character = text[index - 1] ?? '';
      if (!/[\s「」]/.test(character)) collected = character + collected;
      index -= 1;
    }
    if (collected !== name) continue;
    // The name must not be the tail of a longer word.
    if (/[가-힣]/.test(text[index - 1] ?? '')) continue;
    return text[index - 1] === '「' ? index - 1 : index;
  }
  return null;
}

/**
 * Every statute citation in the text: 「법령」 제N조…, 법령 제N조 (no 「」), 같은 법 제N조, 같은 조
 * 제N항, and the next articles of a list (제32조 및 제33조). `knownNames` (the provided statutes)
 * let unbracketed names of several words (개인정보 보호법 제2조) be read whole.
 */
export function findStatuteCitations(text: string, knownNames: readonly string[] = []): StatuteCitation[] {
  const names = [...new Set(knownNames.map(normalizeStatuteName))].sort((a, b) => b.length - a.length);
  const citations: StatuteCitation[] = [];
  let lastStatute: string | null = null;
  let lastChain: ArticleChain | null = null;
  for (const line of splitDraftLines(text)) {
    let previousEnd: number | null = null;
    for (const chain of findArticleChains(line.text)) {
      const before = line.text.slice(0, chain.start);
      const continues = previousEnd !== null && connectorPattern.test(before.slice(previousEnd));
      let start: number | null = null;
      let statute: string | null = null;
      let resolved = chain;
      const sameArticle = chain.article === undefined ? sameArticlePattern.exec(before) : null;
      const sameStatute = chain.article === undefined ? null : sameStatutePattern.exec(before);
      if (chain.article === undefined) {
        if (!sameArticle && !continues) continue;
        start = sameArticle ? sameArticle.index : chain.start;
        statute = lastStatute;
        resolved = { ...chain, article: lastChain?.article, articleBranch: lastChain?.articleBranch };
      } else if (sameStatute) {
        start = sameStatute.index;
        statute = lastStatute === null ? null : resolveSameStatute(lastStatute, sameStatute);
      } else {
        const named = statuteNameBefore(line.text, chain.start);
        const knownStart = named?.bracketed ? null : knownNameStart(line.text, chain.start, names);
        if (knownStart !== null) {
          start = knownStart;
          statute = line.text
            .slice(knownStart, chain.start)
            .replace(/[「」]/g, '')
            .trim()
            .replace(/\s+/g, ' ');
        } else if (named) {
          start = named.start;
          statute = named.name;
        } else if (continues) {
          start = chain.start;
          statute = lastStatute;
        } else {
          continue;
        }
      }
      citations.push({
        start: line.start + start,
        end: line.start + chain.end,
        citation: line.text.slice(start, chain.end),
        statute,
        chain: resolved,
      });
      if (statute !== null) lastStatute = statute;
      lastChain = resolved;
      previousEnd = chain.end;
    }
  }
  return citations;
}
