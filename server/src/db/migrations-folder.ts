import { fileURLToPath } from 'node:url';

/** The committed drizzle-kit migrations: the same relative path from src/db and from dist/db. */
export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));
