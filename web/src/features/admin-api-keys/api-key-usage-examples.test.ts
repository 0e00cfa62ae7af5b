import { describe, expect, it } from 'vitest';
import { apiKeyUsageExamples, exampleModel } from './api-key-usage-examples';

const baseUrl = 'https://ai.example.go.kr/v1';
const key = 'jmg-abc123';

describe('apiKeyUsageExamples', () => {
  const examples = apiKeyUsageExamples(baseUrl, key, 'exaone-3.5');

  it('points every example at the platform /v1 with the model', () => {
    expect(examples.curl).toContain("curl 'https://ai.example.go.kr/v1/chat/completions'");
    expect(examples.python).toContain('base_url="https://ai.example.go.kr/v1"');
    expect(examples.node).toContain('baseURL: "https://ai.example.go.kr/v1"');
    for (const example of Object.values(examples)) {
      expect(example).toContain('exaone-3.5');
    }
  });

  it('exports the key once and reads it from the environment elsewhere', () => {
    expect(examples.curl).toContain(`export JUMUGWAN_API_KEY='${key}'`);
    expect(examples.curl).toContain('Authorization: Bearer $JUMUGWAN_API_KEY');
    expect(examples.python).toContain('os.environ["JUMUGWAN_API_KEY"]');
    expect(examples.node).toContain('process.env.JUMUGWAN_API_KEY');
    expect(examples.python).not.toContain(key);
    expect(examples.node).not.toContain(key);
  });

  it('sends a valid JSON body in curl', () => {
    const body = /-d '(.*)'$/m.exec(examples.curl)?.[1];
    expect(JSON.parse(body ?? '')).toEqual({
      model: 'exaone-3.5',
      messages: [{ role: 'user', content: '안녕하세요' }],
    });
  });

  it('keeps a quote in a model id from breaking the shell command', () => {
    expect(apiKeyUsageExamples(baseUrl, key, "it's").curl).toContain(`"model":"it'\\''s"`);
  });
});

describe('exampleModel', () => {
  const models = [
    { id: 'bge-m3', capability: 'embedding' },
    { id: 'exaone', capability: 'chat' },
    { id: 'gpt-4o', capability: 'chat' },
  ];

  it('prefers a chat model the key may use', () => {
    expect(exampleModel(null, models)).toBe('exaone');
    expect(exampleModel(['bge-m3', 'gpt-4o'], models)).toBe('gpt-4o');
  });

  it('falls back to any allowed model, then a placeholder', () => {
    expect(exampleModel(['bge-m3'], models)).toBe('bge-m3');
    expect(exampleModel(['not-listed'], models)).toBe('not-listed');
    expect(exampleModel(null, [])).toBe('MODEL_ID');
  });
});
