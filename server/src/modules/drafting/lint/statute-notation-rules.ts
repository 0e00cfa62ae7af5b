import type { LintFinding } from '@jumugwan/contracts';
import { findArticleChains, formatArticleChain } from './article-chain.js';
import { createFinding, lineFix } from './create-finding.js';
import type { ProjectRule } from './lint-context.js';
import { statuteNameBefore } from './statute-name-before.js';

/** ARTICLE_NOTATION (제3조 제1항 → 제3조제1항), STATUTE_BRACKETS (도로교통법 제32조 → 「도로교통법」 제32조). */
export const statuteNotationRules: ProjectRule = ({ lines }) => {
  const findings: LintFinding[] = [];
  for (const line of lines) {
    if (!line.text.includes('조') && !line.text.includes('항')) continue;
    for (const chain of findArticleChains(line.text)) {
      const canonical = formatArticleChain(chain);
      if (canonical !== chain.written) {
        const message = `조문은 띄우지 않고 '${canonical}'처럼 씁니다.`;
        const fix = lineFix(line, chain.start, chain.end, canonical);
        findings.push(createFinding('ARTICLE_NOTATION', line, chain.start, chain.end, message, fix));
      }
      if (chain.article === undefined) continue;
      const statute = statuteNameBefore(line.text, chain.start);
      if (!statute || statute.bracketed) continue;
      const fix = statute.certainStart
        ? lineFix(line, statute.start, statute.end, `「${statute.name}」`)
        : null;
      const message = statute.certainStart
        ? `법령명은 낫표로 묶습니다: 「${statute.name}」`
        : '법령명은 낫표(「 」)로 묶습니다. 법령명이 어디서 시작하는지 확인해 주세요.';
      findings.push(createFinding('STATUTE_BRACKETS', line, statute.start, statute.end, message, fix));
    }
  }
  return findings;
};
