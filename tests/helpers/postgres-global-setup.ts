import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/src/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string;
    postgresRunPrefix: string;
  }
}

/** Builds `postgres://…/<name>` on the same server as DATABASE_URL. */
export function urlForDatabase(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Once per run: a uniquely named template database, migrated; every database of the run is dropped after. */
export default async function setup(project: TestProject) {
  const prefix = `alongside_t_${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_template`;
  await adminQuery(`create database ${template}`);
  const database = await openDatabase({ databaseUrl: urlForDatabase(template) });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  project.provide('postgresTemplate', template);
  project.provide('postgresRunPrefix', prefix);

  return async () => {
    const { rows } = await adminQuery(`select datname from pg_database where datname like '${prefix}%'`);
    for (const { datname } of rows as { datname: string }[]) {
      await adminQuery(`drop database if exists ${datname} with (force)`);
    }
  };
}
