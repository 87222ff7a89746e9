import { setFlagsFromString } from 'node:v8';
import { buildApp } from './app.js';
import { composeSetup } from './compose.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';

/** Read config → open the database → migrate → build the app → listen; shut down gracefully. */
async function main(): Promise<void> {
  const config = loadConfig();
  // V8 lets the heap grow to several times what is live before it collects in earnest; under a
  // steady stream of commands that is a couple of hundred megabytes of garbage held as resident
  // memory. A smaller growth step keeps the server near what it really uses, at a little more
  // time in the collector, with no hard limit that could stop the process. V8 reads the flag at
  // every collection, so setting it now (the heap is still small) takes effect.
  setFlagsFromString(`--heap-growing-percent=${config.heapGrowingPercent}`);
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    onPoolError: (err) => app?.log.warn({ err }, 'database connection lost; it will be re-established'),
  });
  await database.migrate();
  app = await buildApp({ config, database });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app?.log.info({ signal }, 'shutting down: finishing requests in flight');
    // Fastify answers new requests with 503 while in-flight ones complete; a connection that never
    // finishes must not hold the process forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    await app?.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nAlongside is running at ${config.publicUrl}  —  database: ${where}`);
  const setupToken = await composeSetup(database).prepareFirstRun();
  if (setupToken) {
    console.log('\nFirst run: open this one-time link to create your organisation and its first admin account:');
    console.log(`\n    ${config.publicUrl}/setup#${setupToken}\n`);
  } else {
    console.log('Sign in with your account. An admin invites everyone else from the People page.\n');
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Alongside could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
