import type { DraftTemplate } from '@jumugwan/contracts';
import { lintRuleCatalog } from '../lint/index.js';

const endMarkRules = new Set(['END_MARK', 'END_MARK_MISSING']);

/**
 * The rules a template's drafts are checked and fixed by: its list (every rule when empty), without the
 * `끝.` rules for documents that do not end with one (보도자료, 연설문, 개조식 보고서).
 */
export function templateLintRules(template: Pick<DraftTemplate, 'lintRules' | 'endMark'>): string[] {
  const rules = template.lintRules.length > 0 ? template.lintRules : lintRuleCatalog.map((rule) => rule.code);
  return template.endMark ? [...rules] : rules.filter((rule) => !endMarkRules.has(rule));
}
