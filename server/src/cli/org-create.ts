import { parseArgs } from 'node:util';
import { zOrganisationName } from '@alongside/shared';
import { composeSetup } from '../compose.js';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';

/**
 * `npm run org:create -- --name "Riverside Recovery"`: for an operator hosting several
 * organisations on one server. Creates the organisation, with no one in it, and prints the one-time
 * link (valid 7 days) whose opener becomes its first admin. Reads the same configuration as the
 * server (DATABASE_URL, or DATA_DIR for the embedded database, and PUBLIC_URL for the link).
 */
const usage = 'Usage: npm run org:create -- --name "Organisation name"';

async function main(): Promise<number> {
  let name: string | undefined;
  try {
    ({ name } = parseArgs({ options: { name: { type: 'string' } }, strict: true }).values);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    return 2;
  }
  const parsedName = zOrganisationName.safeParse(name ?? '');
  if (!parsedName.success) {
    console.error(`--name: an organisation's name is 2 to 120 characters.\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    await database.migrate();
    const { organisation, token } = await composeSetup(database).createOrganisationWithLink(parsedName.data);
    console.log(`\nCreated the organisation "${organisation.name}" (${organisation.id}).`);
    console.log('Send this one-time link (valid 7 days) to the person who will be its first admin:');
    console.log(`\n    ${config.publicUrl}/setup#${token}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DataDirInUseError;
    console.error(known ? (error as Error).message : `Could not create the organisation: ${String(error)}`);
    process.exit(1);
  },
);
