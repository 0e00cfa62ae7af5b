import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from './retrieval-eval-set.js';
import { findEvalSetProblems, isRelevant, loadRetrievalEvalSet } from './retrieval-eval-set.js';

const set = await loadRetrievalEvalSet();

/** The corpus file names carry the document kind: statute-*, manual-*, anything else is 'other'. */
function kindOfDocument(fileName: string): EvalQuestion['kind'] {
  if (fileName.startsWith('statute-')) return 'statute';
  if (fileName.startsWith('manual-')) return 'manual';
  return 'other';
}

function isTableLine(line: string): boolean {
  return /^\|.*\|$/u.test(line.trim());
}

describe('retrieval evaluation set', () => {
  it('is consistent: unique ids, every document exists, every gold passage occurs exactly once', () => {
    expect(findEvalSetProblems(set)).toEqual([]);
  });

  it('has at least 64 questions over at least 30 distinct documents, and at least 6 unanswerable ones', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(64);
    expect(new Set(set.questions.map((question) => question.document)).size).toBeGreaterThanOrEqual(30);
    expect(set.unanswerable.length).toBeGreaterThanOrEqual(6);
  });

  it('has at least 32 Markdown documents of 1,500 to 6,000 characters, each starting with a # title', () => {
    expect(set.documents.length).toBeGreaterThanOrEqual(32);
    for (const document of set.documents) {
      const length = document.text.length; // all text is in the BMP, so UTF-16 units are characters
      expect(length, document.fileName).toBeGreaterThanOrEqual(1500);
      expect(length, document.fileName).toBeLessThanOrEqual(6000);
      expect(document.text.startsWith('# '), document.fileName).toBe(true);
    }
  });

  it('has statutes, manuals (at least 8 of them with a table) and other texts', () => {
    const byKind = (kind: EvalQuestion['kind']) =>
      set.documents.filter((document) => kindOfDocument(document.fileName) === kind);
    expect(byKind('statute').length).toBeGreaterThanOrEqual(10);
    expect(byKind('manual').length).toBeGreaterThanOrEqual(10);
    expect(byKind('other').length).toBeGreaterThanOrEqual(6);
    const manualsWithTable = byKind('manual').filter((document) =>
      document.text.split('\n').some(isTableLine),
    );
    expect(manualsWithTable.length).toBeGreaterThanOrEqual(8);
    for (const statute of byKind('statute')) {
      expect(statute.text, statute.fileName).toMatch(/^## 제1장 총칙$/mu);
      expect(statute.text, statute.fileName).toMatch(/^제1조\(목적\) /mu);
      expect(statute.text, statute.fileName).toMatch(/^## 부칙$/mu);
    }
  });

  it('labels every question with the kind of its document', () => {
    for (const question of set.questions) {
      expect(question.kind, question.id).toBe(kindOfDocument(question.document));
    }
  });

  it('counts the gold passage itself as relevant in its own document', () => {
    for (const question of set.questions) {
      expect(isRelevant(question, { documentFileName: question.document, text: question.goldPassage })).toBe(
        true,
      );
    }
  });

  it('has no unanswerable question that repeats an answerable one', () => {
    const answerable = new Set(set.questions.map((question) => question.question));
    for (const question of set.unanswerable) expect(answerable.has(question.question)).toBe(false);
  });
});

describe('isRelevant', () => {
  const question: EvalQuestion = {
    id: 'q999',
    question: '대회의실 하루 사용료가 얼마야?',
    document: 'statute-public-facility-fees.md',
    goldPassage: '시민회관 대회의실     | 180석     | 120,000원          | 210,000원',
    kind: 'statute',
  };

  it('matches a passage of the gold document that contains the gold passage', () => {
    const text = `[별표 1]\n| 시민회관 대회의실     | 180석     | 120,000원          | 210,000원         | 28,000원     |`;
    expect(isRelevant(question, { documentFileName: question.document, text })).toBe(true);
  });

  it('ignores whitespace differences (re-padded table cells, line breaks)', () => {
    const text = '| 시설명 | 규모 |\n| 시민회관 대회의실 | 180석 | 120,000원 |\n210,000원 | 28,000원 |';
    expect(isRelevant(question, { documentFileName: question.document, text })).toBe(true);
  });

  it('rejects the same text from another document', () => {
    const text = '| 시민회관 대회의실 | 180석 | 120,000원 | 210,000원 |';
    expect(isRelevant(question, { documentFileName: 'manual-press-release.md', text })).toBe(false);
  });

  it('rejects a passage of the gold document holding only part of the gold passage', () => {
    const text = '| 시민회관 대회의실 | 180석 | 120,000원 |';
    expect(isRelevant(question, { documentFileName: question.document, text })).toBe(false);
  });
});
