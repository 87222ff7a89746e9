import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { z } from 'zod';

/**
 * No Docker engine runs here, so this checks the deployment files statically: docker-compose.yml
 * parses and wires PostgreSQL to the app, and the Dockerfile builds and starts the server.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Compose variable interpolation as `docker compose` does it with none of the variables set. */
function interpolate(value: string): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (match, name, op, arg) => {
    if (match === '$$') return '$';
    if (op === ':-' || op === '-') return arg;
    if (op === ':?' || op === '?') throw new Error(`${name} is required: ${arg}`);
    return '';
  });
}

const zEnvironment = z
  .union([z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])), z.array(z.string())])
  .optional()
  .transform((env): Record<string, string> => {
    if (!env) return {};
    const entries = Array.isArray(env)
      ? env.map((line): [string, string] => {
          const at = line.indexOf('=');
          return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
        })
      : Object.entries(env).map(([k, v]): [string, string] => [k, v === null ? '' : String(v)]);
    return Object.fromEntries(entries.map(([k, v]) => [k, interpolate(v)]));
  });

const zPort = z.union([
  z.string(),
  z.number(),
  z.object({ target: z.union([z.number(), z.string()]), published: z.union([z.number(), z.string()]).optional() }),
]);

const zService = z.object({
  image: z.string().optional(),
  build: z
    .union([z.string(), z.object({ context: z.string().optional(), dockerfile: z.string().optional() })])
    .optional(),
  environment: zEnvironment,
  volumes: z.array(z.union([z.string(), z.object({ source: z.string().optional(), target: z.string() })])).optional(),
  healthcheck: z.object({ test: z.union([z.string(), z.array(z.string())]) }).optional(),
  ports: z.array(zPort).optional(),
  depends_on: z
    .union([z.array(z.string()), z.record(z.string(), z.object({ condition: z.string().optional() }))])
    .optional(),
  restart: z.string().optional(),
});

const zCompose = z.object({
  services: z.record(z.string(), zService),
  volumes: z.record(z.string(), z.unknown().nullable()).optional(),
});

type Compose = z.infer<typeof zCompose>;
type Service = z.infer<typeof zService>;

/** [host, container] port pairs a service publishes. */
function publishedPorts(service: Service): [string, string][] {
  return (service.ports ?? []).map((port): [string, string] => {
    if (typeof port === 'object') return [String(port.published ?? ''), String(port.target)];
    const parts = String(port).split('/')[0]?.split(':') ?? [];
    const container = parts.at(-1) ?? '';
    const host = parts.length >= 2 ? (parts.at(-2) ?? '') : '';
    return [host, container];
  });
}

describe('docker-compose.yml', () => {
  let compose: Compose;
  let postgresName: string;
  let postgres: Service;
  let app: Service;

  beforeAll(() => {
    const doc = parseDocument(read('docker-compose.yml'));
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    compose = zCompose.parse(doc.toJS());
    const dbEntry = Object.entries(compose.services).find(([, s]) => s.image?.startsWith('postgres'));
    if (!dbEntry) throw new Error('no service runs a postgres image');
    [postgresName, postgres] = dbEntry;
    const appService = compose.services.app;
    if (!appService) throw new Error('no `app` service');
    app = appService;
  });

  it('runs PostgreSQL with a healthcheck and its data on a named volume', () => {
    expect(postgresName).toBe('postgres');
    expect(postgres.image).toMatch(/^postgres:\d+/);
    const test = postgres.healthcheck?.test;
    expect([test].flat().join(' ')).toContain('pg_isready');

    const dataMount = (postgres.volumes ?? [])
      .map((v) => (typeof v === 'string' ? { source: v.split(':')[0], target: v.split(':')[1] } : v))
      .find((v) => v.target?.startsWith('/var/lib/postgresql'));
    expect(dataMount, 'a volume mounted at /var/lib/postgresql/data').toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataMount?.source);
    for (const key of ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB']) {
      expect(postgres.environment[key], key).toBeTruthy();
    }
  });

  it('builds the app from the Dockerfile', () => {
    const build = app.build;
    expect(build).toBeDefined();
    const context = typeof build === 'string' ? build : (build?.context ?? '.');
    const dockerfile = typeof build === 'object' ? (build.dockerfile ?? 'Dockerfile') : 'Dockerfile';
    expect(existsSync(join(root, context, dockerfile)), `${context}/${dockerfile}`).toBe(true);
    expect(join(root, context, dockerfile)).toBe(join(root, 'Dockerfile'));
  });

  it("points the app's DATABASE_URL at the postgres service with its credentials and database", () => {
    const raw = app.environment.DATABASE_URL;
    expect(raw).toBeTruthy();
    const url = new URL(raw ?? '');
    expect(url.protocol).toMatch(/^postgres(ql)?:$/);
    expect(url.hostname).toBe(postgresName);
    expect(['', '5432']).toContain(url.port);
    expect(decodeURIComponent(url.username)).toBe(postgres.environment.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(postgres.environment.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${postgres.environment.POSTGRES_DB}`);
  });

  it('gives the app a PUBLIC_URL defaulting to http://localhost:3000', () => {
    expect(app.environment.PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('starts the app only once PostgreSQL is healthy, and restarts it', () => {
    const dependsOn = app.depends_on;
    expect(dependsOn && !Array.isArray(dependsOn) ? dependsOn[postgresName]?.condition : undefined).toBe(
      'service_healthy',
    );
    expect(app.restart).toBe('unless-stopped');
  });

  it('publishes port 3000', () => {
    expect(publishedPorts(app)).toContainEqual(['3000', '3000']);
  });
});

describe('Dockerfile', () => {
  const path = join(root, 'Dockerfile');
  const dockerfile = existsSync(path) ? readFileSync(path, 'utf8') : '';
  /** Instructions with line continuations joined and comments dropped. */
  const instructions = dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages = instructions.filter((i) => /^FROM\s/i.test(i));
  const lastStageStart = instructions.findLastIndex((i) => /^FROM\s/i.test(i));
  const runtime = instructions.slice(lastStageStart);

  it('exists and builds on node 20 in stages', () => {
    expect(existsSync(path)).toBe(true);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM\s+node:20/i);
  });

  it('installs from the lock file and runs npm run build', () => {
    expect(instructions.some((i) => /^RUN\s.*\bnpm ci\b/i.test(i))).toBe(true);
    expect(instructions.some((i) => /^RUN\s.*\bnpm run build\b/i.test(i))).toBe(true);
  });

  it('starts server/dist/server.js as a non-root user, listening on 3000 on all interfaces', () => {
    const start = runtime.filter((i) => /^(CMD|ENTRYPOINT)\s/i.test(i)).join(' ');
    expect(start).toContain('server/dist/server.js');
    const user = runtime.filter((i) => /^USER\s/i.test(i)).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(:|\s*$)/i);
    expect(runtime.some((i) => /^EXPOSE\s+3000\b/i.test(i))).toBe(true);
    expect(runtime.join('\n')).toMatch(/HOST=0\.0\.0\.0/);
  });

  it('has a healthcheck on /api/health', () => {
    const healthcheck = runtime.find((i) => /^HEALTHCHECK\s/i.test(i));
    expect(healthcheck).toContain('/api/health');
  });

  it('keeps dependencies and build output out of the build context', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split(/\r?\n/);
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git']));
  });
});
