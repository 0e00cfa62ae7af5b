import type { AssistantModelChoice } from './assistant-model-list-schema';

export interface DefaultModelOptions {
  internal: AssistantModelChoice[];
  external: AssistantModelChoice[];
  /** The saved default is no longer offered (its endpoint went away, or the guard forbids it now). */
  unavailable: string | null;
}

/**
 * The default-model select's groups: 내부 and 외부 in the server's order. When the assistant answers from
 * internal collections only on-prem models may be its default, so the external group is left out.
 */
export function defaultModelOptions(
  choices: readonly AssistantModelChoice[],
  selected: string | null,
  onPremRequired: boolean,
): DefaultModelOptions {
  const internal = choices.filter((choice) => choice.location === 'internal');
  const external = onPremRequired ? [] : choices.filter((choice) => choice.location === 'external');
  const offered = [...internal, ...external].some((choice) => choice.id === selected);
  return { internal, external, unavailable: selected !== null && !offered ? selected : null };
}

/** An external default for an assistant that must stay on-prem: it cannot be saved. */
export function externalDefaultConflict(
  choices: readonly AssistantModelChoice[],
  selected: string | null,
  onPremRequired: boolean,
): boolean {
  return (
    onPremRequired &&
    selected !== null &&
    choices.some((choice) => choice.id === selected && choice.location === 'external')
  );
}
