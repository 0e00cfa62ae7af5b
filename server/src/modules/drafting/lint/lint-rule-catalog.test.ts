import { lintRuleCodeSchema } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { kordocFixers } from './kordoc-fixes.js';
import { lintRuleCatalog } from './lint-rule-catalog.js';

describe('lintRuleCatalog', () => {
  it('lists each rule once, with a code templates can name and Korean text for the UI', () => {
    const codes = lintRuleCatalog.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of lintRuleCatalog) {
      expect(lintRuleCodeSchema.safeParse(rule.code).success, rule.code).toBe(true);
      expect(rule.name, rule.code).toMatch(/[가-힣]/);
      expect(rule.description, rule.code).toMatch(/[가-힣]/);
    }
  });

  it('knows how to place every kordoc rule it lists, and lists kordoc rules first', () => {
    const kordocCodes = lintRuleCatalog.filter((rule) => rule.source === 'kordoc').map((rule) => rule.code);
    expect(kordocCodes.filter((code) => code !== 'END_MARK_MISSING').sort()).toEqual(
      Object.keys(kordocFixers).sort(),
    );
    const firstProject = lintRuleCatalog.findIndex((rule) => rule.source === 'project');
    expect(lintRuleCatalog.slice(firstProject).every((rule) => rule.source === 'project')).toBe(true);
  });
});
