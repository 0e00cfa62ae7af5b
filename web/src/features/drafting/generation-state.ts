/**
 * One generation run in the editor: the text arriving while the model writes, then back to idle when
 * the final document came (the editor takes it over), or the reason it stopped.
 */
export type GenerationState =
  | { phase: 'idle' }
  | { phase: 'running'; text: string; instruction: string | null }
  | { phase: 'failed'; message: string | null }
  | { phase: 'stopped' };

export type GenerationAction =
  | { type: 'start'; instruction: string | null }
  | { type: 'delta'; text: string }
  | { type: 'done' }
  /** The server's error event or a refused request (its Korean message). */
  | { type: 'failed'; message: string }
  /** The stream closed without a result. */
  | { type: 'ended' }
  /** The user pressed 중지. */
  | { type: 'stopped' }
  | { type: 'dismiss' };

export const initialGenerationState: GenerationState = { phase: 'idle' };

/** Only a running generation takes stream events; anything after 중지 or the result is ignored. */
export function generationReducer(state: GenerationState, action: GenerationAction): GenerationState {
  if (action.type === 'start') return { phase: 'running', text: '', instruction: action.instruction };
  if (action.type === 'dismiss') return state.phase === 'running' ? state : initialGenerationState;
  if (state.phase !== 'running') return state;
  switch (action.type) {
    case 'delta':
      return { ...state, text: state.text + action.text };
    case 'done':
      return initialGenerationState;
    case 'failed':
      return { phase: 'failed', message: action.message };
    case 'ended':
      return { phase: 'failed', message: null };
    case 'stopped':
      return { phase: 'stopped' };
  }
}
