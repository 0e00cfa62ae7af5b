import type { KnowledgeCollection } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import {
  groupCollectionsByScope,
  maximumChosenCollections,
  moveChosenCollections,
  newChatCollectionsKey,
  parseChosenCollections,
  readChosenCollections,
  readableChosenIds,
  toggledCollection,
  withChosenCollections,
  writeChosenCollections,
} from './chosen-collections';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

function collection(id: string, scope: KnowledgeCollection['scope'] = 'common'): KnowledgeCollection {
  return {
    id,
    name: `모음 ${id}`,
    description: '',
    scope,
    departmentId: null,
    departmentName: null,
    includeSubdepartments: false,
    owner: { id: '00000000-0000-4000-8000-000000000009', name: '김주무' },
    sensitivity: 'normal',
    embeddingModel: null,
    documentCount: 1,
    chunkCount: 3,
    shares: [],
    canManage: false,
    createdAt: '2025-03-10T00:00:00.000Z',
    updatedAt: '2025-03-10T00:00:00.000Z',
  };
}

describe('chosen collections in session storage', () => {
  it('remembers the choice per conversation', () => {
    const storage = new MemoryStorage();
    writeChosenCollections('conversation-a', ['c1', 'c2'], storage);
    writeChosenCollections('conversation-b', ['c3'], storage);
    expect(readChosenCollections('conversation-a', storage)).toEqual(['c1', 'c2']);
    expect(readChosenCollections('conversation-b', storage)).toEqual(['c3']);
    expect(readChosenCollections('conversation-c', storage)).toEqual([]);

    writeChosenCollections('conversation-a', [], storage);
    expect(readChosenCollections('conversation-a', storage)).toEqual([]);
    expect(readChosenCollections('conversation-b', storage)).toEqual(['c3']);
  });

  it("hands a new chat's choice to the conversation its first question created", () => {
    const storage = new MemoryStorage();
    writeChosenCollections(newChatCollectionsKey, ['c1'], storage);
    moveChosenCollections(newChatCollectionsKey, 'created', storage);
    expect(readChosenCollections('created', storage)).toEqual(['c1']);
    expect(readChosenCollections(newChatCollectionsKey, storage)).toEqual([]);
  });

  it('works without storage (blocked by policy) and with a storage that throws', () => {
    expect(readChosenCollections('a', null)).toEqual([]);
    expect(() => writeChosenCollections('a', ['c1'], null)).not.toThrow();
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readChosenCollections('a', throwing)).toEqual([]);
    expect(() => writeChosenCollections('a', ['c1'], throwing)).not.toThrow();
  });
});

describe('parseChosenCollections', () => {
  it('reads malformed data as no choice and keeps only string ids, once each', () => {
    expect(parseChosenCollections(null)).toEqual({});
    expect(parseChosenCollections('not json')).toEqual({});
    expect(parseChosenCollections('["c1"]')).toEqual({});
    expect(parseChosenCollections('{"a":"c1","b":["c1",2,"c1","",null,"c2"],"c":[]}')).toEqual({
      b: ['c1', 'c2'],
    });
  });
});

describe('withChosenCollections', () => {
  it('keeps at most the request limit of ids', () => {
    const ids = Array.from({ length: 30 }, (_, index) => `c${String(index)}`);
    expect(withChosenCollections({}, 'a', ids).a).toHaveLength(maximumChosenCollections);
  });

  it('forgets the oldest conversations beyond 50', () => {
    let chosen = {};
    for (let index = 0; index < 55; index++) {
      chosen = withChosenCollections(chosen, `conversation-${String(index)}`, ['c1']);
    }
    const keys = Object.keys(chosen);
    expect(keys).toHaveLength(50);
    expect(keys[0]).toBe('conversation-5');
    expect(keys.at(-1)).toBe('conversation-54');
  });
});

describe('toggledCollection', () => {
  it('adds in the order chosen, removes, and refuses beyond the limit', () => {
    expect(toggledCollection(['c1'], 'c2', true)).toEqual(['c1', 'c2']);
    expect(toggledCollection(['c1', 'c2'], 'c1', false)).toEqual(['c2']);
    expect(toggledCollection(['c1'], 'c1', true)).toEqual(['c1']);
    const full = Array.from({ length: maximumChosenCollections }, (_, index) => `c${String(index)}`);
    expect(toggledCollection(full, 'extra', true)).toEqual(full);
  });
});

describe('readableChosenIds', () => {
  it('drops collections the user can no longer read, once the list is known', () => {
    expect(readableChosenIds(['c1', 'gone', 'c2'], [collection('c2'), collection('c1')])).toEqual([
      'c1',
      'c2',
    ]);
    expect(readableChosenIds(['c1', 'gone'], undefined)).toEqual(['c1', 'gone']);
  });
});

describe('groupCollectionsByScope', () => {
  it('groups into 공통, 부서 and 개인 keeping the server order', () => {
    const groups = groupCollectionsByScope([
      collection('p1', 'personal'),
      collection('c1'),
      collection('d1', 'department'),
      collection('c2'),
    ]);
    expect(groups.common.map((item) => item.id)).toEqual(['c1', 'c2']);
    expect(groups.department.map((item) => item.id)).toEqual(['d1']);
    expect(groups.personal.map((item) => item.id)).toEqual(['p1']);
  });
});
