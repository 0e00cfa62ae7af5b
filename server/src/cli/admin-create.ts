import { createInterface } from 'node:readline/promises';
import { setupRequestSchema } from '@jumugwan/contracts';
import { ConfigError, loadConfig } from '../config/index.js';
import { DataDirectoryInUseError, openDatabase } from '../platform/database/index.js';
import { AuthService, LoginThrottle } from '../modules/auth/index.js';
import { OrgRepository, OrgService } from '../modules/org/index.js';
import { systemClock } from '../platform/clock.js';
import { AppError } from '../platform/app-error.js';
import { AuditRepository, AuditService, systemAuditActor } from '../modules/audit/index.js';

/**
 * npm run admin:create -- --username admin --name "관리자"   (password asked on the terminal, or from
 * ADMIN_PASSWORD for scripted installs). Creates a platform admin with a local account.
 */
/** Reads the password without echoing it on a terminal; piped input is read as a plain line. */
async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.ADMIN_PASSWORD;
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  process.stdout.write('비밀번호 (10자 이상): ');
  if (!process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin });
    const line = await new Promise<string>((resolve) => prompt.once('line', resolve));
    prompt.close();
    return line;
  }
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let password = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') {
          process.stdin.off('data', onData);
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write('\n');
          resolve(password);
          return;
        }
        if (character === '\u0003') process.exit(130);
        if (character === '\u007f') password = password.slice(0, -1);
        else password += character;
      }
    };
    process.stdin.on('data', onData);
  });
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const config = loadConfig({ environment: process.env });
  const input = setupRequestSchema.safeParse({
    username: argument('username') ?? 'admin',
    name: argument('name') ?? '플랫폼 관리자',
    password: await readPassword(),
  });
  if (!input.success) {
    process.stderr.write(
      `입력이 올바르지 않습니다: ${input.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}\n`,
    );
    process.exit(2);
  }
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDirectory: `${config.DATA_DIR}/pglite`,
  });
  try {
    const repository = new OrgRepository(database.db);
    const institution = await repository.ensureInstitution(config.INSTITUTION_CODE, config.INSTITUTION_NAME);
    const audit = new AuditService(new AuditRepository(database.db), systemClock);
    const auth = new AuthService(
      new OrgService(repository, institution),
      {
        perUser: new LoginThrottle(systemClock, 5, 60_000),
        perAddress: new LoginThrottle(systemClock, 50, 60_000),
      },
      systemClock,
      audit,
    );
    const user = await auth.createLocalAdmin(input.data);
    await audit.record({
      action: 'admin-created',
      actor: systemAuditActor('시스템 (admin:create)'),
      target: { type: 'user', id: user.id },
      details: { via: 'cli', username: user.username ?? input.data.username },
    });
    process.stdout.write(`플랫폼 관리자 '${user.username ?? ''}'을(를) 만들었습니다.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AppError || error instanceof DataDirectoryInUseError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
