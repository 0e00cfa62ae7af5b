import { describe, expect, it } from 'vitest';
import { classifyLine, isTitleLike } from './classify-line.js';

describe('classifyLine', () => {
  it.each([
    ['제1편 총칙', 10],
    ['제2장 보조금의 교부', 20],
    ['제1절 통칙', 30],
    ['제2관 교부 절차', 40],
    ['제3장의2 보칙', 20],
    ['부칙', 20],
    ['부 칙 <제1234호, 2025. 1. 1.>', 20],
  ])('reads %s as a division of rank %i', (line, rank) => {
    expect(classifyLine(line)).toEqual({ kind: 'division', rank, pathEntry: line });
  });

  it('reads article title lines, with or without their first paragraph', () => {
    expect(classifyLine('제10조의2(보조금의 교부)')).toEqual({
      kind: 'article',
      pathEntry: '제10조의2(보조금의 교부)',
      titleOnly: true,
    });
    expect(classifyLine('제 3 조 (정의) <개정 2024. 1. 1.>')).toEqual({
      kind: 'article',
      pathEntry: '제3조(정의)',
      titleOnly: true,
    });
    expect(classifyLine('제5조(보조사업자(補助事業者)의 의무) ① 보조사업자는 성실히 수행한다.')).toEqual({
      kind: 'article',
      pathEntry: '제5조(보조사업자(補助事業者)의 의무)',
      titleOnly: false,
    });
  });

  it('does not read references to articles or chapters as structure', () => {
    expect(classifyLine('제3조에 따른 보조금').kind).toBe('text');
    expect(classifyLine('제3조(정의)에 따른 용어').kind).toBe('text');
    expect(classifyLine('제2장에서 정한 절차에 따른다.').kind).toBe('text');
  });

  it('reads numbered lines and list markers', () => {
    expect(classifyLine('Ⅱ. 사업 개요')).toEqual({ kind: 'roman', strength: 3 });
    expect(classifyLine('IV. 향후 계획')).toEqual({ kind: 'roman', strength: 3 });
    expect(classifyLine('1. 사업 목적')).toEqual({ kind: 'arabic', strength: 2 });
    expect(classifyLine('① 시장은 교부한다.')).toEqual({ kind: 'text', strength: 3 });
    expect(classifyLine('□ 추진 배경')).toEqual({ kind: 'text', strength: 3 });
    expect(classifyLine('가. 신청 대상')).toEqual({ kind: 'text', strength: 2 });
    expect(classifyLine('○ 주요 내용')).toEqual({ kind: 'text', strength: 2 });
    expect(classifyLine('1) 법인일 것')).toEqual({ kind: 'text', strength: 1 });
    expect(classifyLine('(가) 세부 요건')).toEqual({ kind: 'text', strength: 1 });
    expect(classifyLine('- 붙임 참조')).toEqual({ kind: 'text', strength: 1 });
    expect(classifyLine('※ 유의 사항')).toEqual({ kind: 'text', strength: 1 });
    expect(classifyLine('보조금은 시장이 교부한다.')).toEqual({ kind: 'text', strength: 0 });
    expect(classifyLine('2025. 7. 31. 공고').kind).toBe('text');
    expect(classifyLine('각 호의 사항').kind).toBe('text');
  });
});

describe('isTitleLike', () => {
  it('accepts short lines without a sentence ending', () => {
    expect(isTitleLike('1. 사업 개요')).toBe(true);
    expect(isTitleLike('1. 사업 기간은 12월까지로 한다.')).toBe(false);
    expect(isTitleLike('1. 사업 기간은 12월까지로 한다')).toBe(false);
    expect(isTitleLike(`1. ${'가'.repeat(60)}`)).toBe(false);
  });
});
