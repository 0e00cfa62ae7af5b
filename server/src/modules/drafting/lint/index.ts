export { applyLintFixes } from './apply-lint-fixes.js';
export { ensureEndMark } from './ensure-end-mark.js';
export {
  findStatuteCitations,
  normalizeStatuteName,
  type StatuteCitation,
} from './find-statute-citations.js';
export { fixDraftText } from './fix-draft-text.js';
export { koreanAmount } from './korean-amount.js';
export { lintDraftText, type LintDraftTextOptions } from './lint-draft-text.js';
export {
  lintRuleCatalog,
  type LintRuleInfo,
  type LintRuleSource,
  type LintSeverity,
} from './lint-rule-catalog.js';
export { markUnverifiedCitations } from './mark-unverified-citations.js';
export { articleKey, parseStatuteArticles } from './parse-statute-articles.js';
export { verifyStatuteCitations } from './verify-statute-citations.js';
