export interface ApiKeyUsageExamples {
  curl: string;
  python: string;
  node: string;
}

/** The environment variable the examples read the key from, so the key itself stays out of source code. */
export const apiKeyEnvironmentVariable = 'JUMUGWAN_API_KEY';

/** Quotes for a POSIX shell: inside single quotes only a single quote needs care. */
function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * Short, runnable examples for a new key: curl, and the official OpenAI SDKs pointed at this
 * platform's /v1 (`baseUrl`, e.g. https://ai.example.go.kr/v1). The key is exported once in the shell.
 */
export function apiKeyUsageExamples(baseUrl: string, apiKey: string, model: string): ApiKeyUsageExamples {
  const variable = apiKeyEnvironmentVariable;
  const body = JSON.stringify({ model, messages: [{ role: 'user', content: '안녕하세요' }] });
  const curl = [
    `export ${variable}=${shellQuote(apiKey)}`,
    '',
    `curl ${shellQuote(`${baseUrl}/chat/completions`)} \\`,
    `  -H "Authorization: Bearer $${variable}" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(body)}`,
  ].join('\n');

  const python = [
    'import os',
    'from openai import OpenAI',
    '',
    `client = OpenAI(base_url=${JSON.stringify(baseUrl)}, api_key=os.environ[${JSON.stringify(variable)}])`,
    'response = client.chat.completions.create(',
    `    model=${JSON.stringify(model)},`,
    `    messages=[{"role": "user", "content": "안녕하세요"}],`,
    ')',
    'print(response.choices[0].message.content)',
  ].join('\n');

  const node = [
    "import OpenAI from 'openai';",
    '',
    `const client = new OpenAI({ baseURL: ${JSON.stringify(baseUrl)}, apiKey: process.env.${variable} });`,
    'const response = await client.chat.completions.create({',
    `  model: ${JSON.stringify(model)},`,
    "  messages: [{ role: 'user', content: '안녕하세요' }],",
    '});',
    'console.log(response.choices[0].message.content);',
  ].join('\n');

  return { curl, python, node };
}

/**
 * The model the examples call: a chat model the key may use (the examples are chat completions), else
 * any model it may use, else a placeholder to replace.
 */
export function exampleModel(
  allowedModels: readonly string[] | null,
  models: readonly { id: string; capability: string }[],
): string {
  const usable = allowedModels === null ? models : models.filter((model) => allowedModels.includes(model.id));
  return (
    usable.find((model) => model.capability === 'chat')?.id ??
    usable[0]?.id ??
    allowedModels?.[0] ??
    'MODEL_ID'
  );
}
