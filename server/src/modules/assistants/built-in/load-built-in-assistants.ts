import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { assistantDefinitionSchema, type AssistantDefinition } from '@jumugwan/contracts';
import { parse } from 'yaml';

/** server/assistants: the same four levels up from src/modules/assistants/built-in and from dist. */
export const builtInAssistantDirectory = fileURLToPath(new URL('../../../../assistants/', import.meta.url));

/** An assistant the platform ships: its key is its file's name, stored as `assistants.built_in_key`. */
export interface BuiltInAssistant {
  key: string;
  definition: AssistantDefinition;
}

const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Strict: a misspelt key (`starter:`) would otherwise be dropped without a word and the field left empty.
const builtInDefinitionSchema = assistantDefinitionSchema.strict();

function invalidFile(name: string, problems: readonly string[]): Error {
  return new Error(`기본 제공 어시스턴트 파일 ${name}이(가) 올바르지 않습니다: ${problems.join(' / ')}`);
}

async function loadFile(directory: string, name: string): Promise<BuiltInAssistant> {
  const key = name.slice(0, -'.yaml'.length);
  if (!keyPattern.test(key)) {
    throw invalidFile(name, [
      '파일 이름은 영문 소문자·숫자·하이픈으로 씁니다(예: press-release-writer.yaml).',
    ]);
  }
  let document: unknown;
  try {
    document = parse(await readFile(`${directory}/${name}`, 'utf8'));
  } catch (error) {
    throw invalidFile(name, [`YAML 문법 오류: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const parsed = builtInDefinitionSchema.safeParse(document);
  if (!parsed.success) {
    throw invalidFile(
      name,
      parsed.error.issues.map((issue) =>
        issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
      ),
    );
  }
  // Built-ins go to every institution alike, so they cannot name one institution's models or collections.
  const problems = [
    ...(parsed.data.defaultModel === null ? [] : ['defaultModel: 기본 제공 어시스턴트는 null로 둡니다.']),
    ...(parsed.data.collectionIds.length === 0
      ? []
      : ['collectionIds: 기본 제공 어시스턴트는 지식 모음을 연결하지 않습니다.']),
  ];
  if (problems.length > 0) throw invalidFile(name, problems);
  return { key, definition: parsed.data };
}

/**
 * Reads and validates every built-in assistant file; a broken file stops the boot with its name, since
 * seeding half of them would hide the broken one from every institution without a word.
 */
export async function loadBuiltInAssistants(
  directory = builtInAssistantDirectory,
): Promise<BuiltInAssistant[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.yaml')).sort();
  const assistants = await Promise.all(names.map((name) => loadFile(directory, name)));
  const seen = new Map<string, string>();
  for (const assistant of assistants) {
    // The gallery shows them by name: two alike could not be told apart.
    const other = seen.get(assistant.definition.name);
    if (other !== undefined) {
      throw invalidFile(`${assistant.key}.yaml`, [
        `이름 '${assistant.definition.name}'이(가) ${other}.yaml과 같습니다.`,
      ]);
    }
    seen.set(assistant.definition.name, assistant.key);
  }
  return assistants;
}
