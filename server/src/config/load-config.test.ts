import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';

const folder = mkdtempSync(join(tmpdir(), 'jumugwan-config-'));
const noYaml = join(folder, 'absent.yaml');

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts on embedded defaults with no configuration at all', () => {
    const config = loadConfig({ environment: {}, yamlPath: noYaml });
    expect(config.PORT).toBe(8080);
    expect(config.DATA_DIR).toBe('./data');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SSO_MAX_AGE_SECONDS).toBe(60);
    expect(config.ALLOWED_CIDRS).toContain('10.0.0.0/8');
  });

  it('reads jumugwan.yaml and lets the environment win', () => {
    const path = join(folder, 'jumugwan.yaml');
    writeFileSync(path, 'PORT: 9000\nINSTITUTION_NAME: 서울특별시\nALLOWED_CIDRS:\n  - 10.1.0.0/16\n');
    const fromYaml = loadConfig({ environment: {}, yamlPath: path });
    expect(fromYaml).toMatchObject({
      PORT: 9000,
      INSTITUTION_NAME: '서울특별시',
      ALLOWED_CIDRS: ['10.1.0.0/16'],
    });
    const overridden = loadConfig({
      environment: { PORT: '9100', ALLOWED_CIDRS: '10.2.0.0/16, 127.0.0.1/32' },
      yamlPath: path,
    });
    expect(overridden.PORT).toBe(9100);
    expect(overridden.ALLOWED_CIDRS).toEqual(['10.2.0.0/16', '127.0.0.1/32']);
  });

  it('reads secrets from *_FILE paths', () => {
    const secretPath = join(folder, 'sso-secret');
    writeFileSync(secretPath, 'a-very-long-shared-secret-from-a-mounted-file\n');
    const config = loadConfig({ environment: { SSO_SHARED_SECRET_FILE: secretPath }, yamlPath: noYaml });
    expect(config.SSO_SHARED_SECRET).toBe('a-very-long-shared-secret-from-a-mounted-file');
    const problems = problemsOf(() =>
      loadConfig({ environment: { SECRET_KEY_FILE: join(folder, 'missing') }, yamlPath: noYaml }),
    );
    expect(problems.join('\n')).toContain('SECRET_KEY_FILE');
  });

  it('stops with a message that says what to fix', () => {
    const problems = problemsOf(() =>
      loadConfig({
        environment: {
          PORT: 'eighty',
          DATABASE_URL: 'mysql://x',
          SECRET_KEY: 'short',
          ALLOWED_CIDRS: '10.0.0.0/33',
        },
        yamlPath: noYaml,
      }),
    );
    const text = problems.join('\n');
    expect(text).toContain('PORT');
    expect(text).toContain('postgres://');
    expect(text).toContain('openssl rand -hex 32');
    expect(text).toContain('ALLOWED_CIDRS');
    expect(text).not.toContain('short'); // secrets are not echoed
  });

  it('rejects unknown keys and broken YAML', () => {
    const path = join(folder, 'typo.yaml');
    writeFileSync(path, 'PROT: 8080\n');
    expect(problemsOf(() => loadConfig({ environment: {}, yamlPath: path })).join('\n')).toContain('PROT');
    const broken = join(folder, 'broken.yaml');
    writeFileSync(broken, 'PORT: [8080\n');
    expect(problemsOf(() => loadConfig({ environment: {}, yamlPath: broken })).join('\n')).toContain('YAML');
  });
});
