import { describe, expect, it } from 'vitest';
import { parseDraftSearch, parseTemplateEditorSearch, parseTemplateEditSearch } from './draft-search-params';

describe('parseDraftSearch', () => {
  it('keeps a model id and drops anything else', () => {
    expect(parseDraftSearch({ generate: 'qwen3:32b' })).toEqual({ generate: 'qwen3:32b' });
    expect(parseDraftSearch({ generate: 'gpt-4o/mini' })).toEqual({ generate: 'gpt-4o/mini' });
    expect(parseDraftSearch({ generate: 3 })).toEqual({});
    expect(parseDraftSearch({ generate: '<script>' })).toEqual({});
    expect(parseDraftSearch({})).toEqual({});
  });
});

describe('parseTemplateEditorSearch', () => {
  it('keeps a template id', () => {
    expect(parseTemplateEditorSearch({ from: 'press-release' })).toEqual({ from: 'press-release' });
    expect(parseTemplateEditorSearch({ from: 'Press Release' })).toEqual({});
  });
});

describe('parseTemplateEditSearch', () => {
  it('keeps a positive version number', () => {
    expect(parseTemplateEditSearch({ saved: 2 })).toEqual({ saved: 2 });
    expect(parseTemplateEditSearch({ saved: '3' })).toEqual({ saved: 3 });
    expect(parseTemplateEditSearch({ saved: 0 })).toEqual({});
    expect(parseTemplateEditSearch({ saved: 'x' })).toEqual({});
  });
});
