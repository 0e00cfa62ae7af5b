import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { problemFieldLabel } from './problem-field-label';

let i18n: I18n;

beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    resources: { ko: { translation: ko }, en: { translation: en } },
    lng: 'ko',
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
  });
});

describe('problemFieldLabel', () => {
  it('names definition fields in Korean', () => {
    expect(problemFieldLabel(i18n.t, 'name')).toBe('이름');
    expect(problemFieldLabel(i18n.t, 'instructions')).toBe('지시문');
    expect(problemFieldLabel(i18n.t, 'starters')).toBe('대화 시작 문구');
  });

  it('numbers the items of lists from one', () => {
    expect(problemFieldLabel(i18n.t, 'starters.0')).toBe('대화 시작 문구 1');
    expect(problemFieldLabel(i18n.t, 'expectedFiles.1.label')).toBe('받을 파일 2 이름표');
    expect(problemFieldLabel(i18n.t, 'expectedFiles.0.formats')).toBe('받을 파일 1 형식');
    expect(problemFieldLabel(i18n.t, 'expectedFiles.0')).toBe('받을 파일 1 이름표');
  });

  it('shows an unknown key as it is', () => {
    expect(problemFieldLabel(i18n.t, 'sharing')).toBe('sharing');
  });
});

describe('problemFieldLabel in English', () => {
  it('speaks English too', () => {
    expect(problemFieldLabel(i18n.getFixedT('en'), 'expectedFiles.1.label')).toBe('Expected file 2 label');
  });
});
