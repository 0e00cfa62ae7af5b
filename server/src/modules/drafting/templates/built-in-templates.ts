import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { draftTemplateSchema, type DraftTemplate } from '@jumugwan/contracts';
import { parse } from 'yaml';
import { templateProblems } from './template-problems.js';

/** server/templates/drafting: the same three levels up from src/modules/drafting/templates and from dist. */
export const builtInTemplateDirectory = fileURLToPath(
  new URL('../../../../templates/drafting/', import.meta.url),
);

/**
 * Reads every built-in template file and validates it; a broken file stops the boot with its name,
 * since shipping one would break drafting for everyone.
 */
export async function loadBuiltInTemplates(directory = builtInTemplateDirectory): Promise<DraftTemplate[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = draftTemplateSchema.safeParse(parse(await readFile(`${directory}/${name}`, 'utf8')));
      if (!parsed.success) {
        throw new Error(`drafting template ${name} is invalid: ${parsed.error.message}`);
      }
      const problems = templateProblems(parsed.data);
      if (problems.length > 0) throw new Error(`drafting template ${name}: ${problems.join(' ')}`);
      if (`${parsed.data.id}.yaml` !== name)
        throw new Error(`drafting template ${name} has id ${parsed.data.id}`);
      return parsed.data;
    }),
  );
}
