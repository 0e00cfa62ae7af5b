import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { configSchema, secretKeys, type Config } from './config-schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `설정 오류 (configuration error):\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n` +
        '환경 변수나 jumugwan.yaml의 값을 고친 뒤 다시 시작하세요. 모든 설정: docs/configuration.md',
    );
    this.name = 'ConfigError';
  }
}

interface LoadConfigInput {
  environment: Record<string, string | undefined>;
  /** Path of the optional YAML file; defaults to JUMUGWAN_CONFIG or ./jumugwan.yaml. */
  yamlPath?: string;
}

function readYaml(path: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`${path}: YAML 문법 오류 — ${(error as Error).message}`]);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError([`${path}: 최상위는 "키: 값" 목록이어야 합니다`]);
  }
  return parsed as Record<string, unknown>;
}

/** Environment wins over the YAML file; `<KEY>_FILE` wins over `<KEY>` so secrets can live in mounted files. */
export function loadConfig(input: LoadConfigInput): Config {
  const yamlPath = resolve(input.yamlPath ?? input.environment.JUMUGWAN_CONFIG ?? 'jumugwan.yaml');
  const merged: Record<string, unknown> = { ...readYaml(yamlPath) };
  const knownKeys = Object.keys(configSchema.shape);
  const problems: string[] = [];
  for (const key of Object.keys(merged)) {
    if (!knownKeys.includes(key))
      problems.push(`${key}: 알 수 없는 설정입니다 (${yamlPath}). docs/configuration.md를 확인하세요`);
  }
  for (const key of knownKeys) {
    const value = input.environment[key];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  for (const key of secretKeys) {
    const filePath = input.environment[`${key}_FILE`];
    if (filePath === undefined || filePath === '') continue;
    try {
      merged[key] = readFileSync(filePath, 'utf8').trim();
    } catch {
      problems.push(`${key}_FILE: 파일 ${filePath}을(를) 읽을 수 없습니다`);
    }
  }
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      const given = merged[String(issue.path[0])];
      const shown = secretKeys.includes(key as (typeof secretKeys)[number])
        ? '(비밀값 숨김)'
        : JSON.stringify(given);
      problems.push(`${key}: ${issue.message} (현재 값: ${shown})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (!result.success) throw new ConfigError(['알 수 없는 설정 오류']);
  return result.data;
}
