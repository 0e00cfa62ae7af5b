import { ConfigError, loadConfig } from './config/index.js';
import { createPlatform } from './create-platform.js';
import { DataDirectoryInUseError } from './platform/database/index.js';

/** Process entry: validated config, platform, listen, graceful shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ environment: process.env });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const platform = await createPlatform({ config });
  const { app, database } = platform;
  app.log.info(
    { database: database.kind, pgvector: database.vectorAvailable },
    database.vectorAvailable
      ? `database ready (${database.kind}); pgvector extension enabled`
      : `database ready (${database.kind}); pgvector NOT available — vector search will use exact scans`,
  );
  if (platform.secretKeyGenerated) {
    app.log.warn(
      `SECRET_KEY not set: generated one in ${config.DATA_DIR}/secret.key (back it up with the data)`,
    );
  }
  if (config.SSO_SHARED_SECRET === undefined)
    app.log.warn('SSO_SHARED_SECRET not set: portal SSO is off, local accounts only');
  if (await platform.auth.isSetupOpen()) {
    app.log.warn(
      `no platform admin yet: open http://localhost:${config.PORT}/setup or run npm run admin:create`,
    );
  }
  await app.listen({ port: config.PORT, host: config.HOST });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal, streams: platform.streams.size }, 'shutting down: letting running answers finish');
    platform
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryInUseError) {
    process.stderr.write(`${error.message}\n`);
    // EX_TEMPFAIL: try again once the other process has stopped.
    process.exit(75);
  }
  process.stderr.write(
    `시작하지 못했습니다 (failed to start): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
