import { describe, expect, it } from 'vitest';
import { generationReducer, initialGenerationState, type GenerationState } from './generation-state';

describe('generationReducer', () => {
  it('collects the streamed text and goes back to idle with the result', () => {
    let state: GenerationState = generationReducer(initialGenerationState, {
      type: 'start',
      instruction: null,
    });
    state = generationReducer(state, { type: 'delta', text: '□ 서울시는' });
    state = generationReducer(state, { type: 'delta', text: ' 11월부터' });
    expect(state).toEqual({ phase: 'running', text: '□ 서울시는 11월부터', instruction: null });
    expect(generationReducer(state, { type: 'done' })).toEqual({ phase: 'idle' });
  });

  it('keeps the revision instruction while running', () => {
    expect(generationReducer(initialGenerationState, { type: 'start', instruction: '더 간결하게' })).toEqual({
      phase: 'running',
      text: '',
      instruction: '더 간결하게',
    });
  });

  it('ignores events after 중지 and after a failure', () => {
    const running = generationReducer(initialGenerationState, { type: 'start', instruction: null });
    const stopped = generationReducer(running, { type: 'stopped' });
    expect(generationReducer(stopped, { type: 'delta', text: '늦은 조각' })).toEqual({ phase: 'stopped' });
    const failed = generationReducer(running, { type: 'failed', message: '모델이 응답하지 않습니다.' });
    expect(generationReducer(failed, { type: 'done' })).toBe(failed);
  });

  it('calls a stream that ends without a result a failure without message', () => {
    const running = generationReducer(initialGenerationState, { type: 'start', instruction: null });
    expect(generationReducer(running, { type: 'ended' })).toEqual({ phase: 'failed', message: null });
  });

  it('dismisses a finished notice but never a running generation', () => {
    const running = generationReducer(initialGenerationState, { type: 'start', instruction: null });
    expect(generationReducer(running, { type: 'dismiss' })).toBe(running);
    expect(generationReducer({ phase: 'stopped' }, { type: 'dismiss' })).toEqual({ phase: 'idle' });
  });
});
