import type { Role } from '../org/index.js';

/**
 * Who reads knowledge: a staff member, or another system through an API key (bound to a department).
 * `departmentChain` is the reader's department followed by its ancestors, nearest first: department
 * collections with sub-departments included, and shares with a department, reach everyone below it.
 */
export type KnowledgeReader =
  | {
      kind: 'user';
      userId: string;
      role: Role;
      institutionId: string;
      departmentId: string | null;
      departmentChain: readonly string[];
    }
  | {
      kind: 'api-key';
      apiKeyId: string;
      institutionId: string;
      departmentId: string;
      departmentChain: readonly string[];
    };

/** The department and its ancestors, nearest first (stops on a cycle, which the org import forbids anyway). */
export function departmentChainOf(
  departmentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): string[] {
  const chain: string[] = [];
  let current = departmentId;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current) ?? null;
  }
  return chain;
}
