import {
  type Resource,
  type ResourceImportResult,
  type ResourceInput,
  type ResourcePatch,
  type ResourceSearchQuery,
  resourceStaleAfterDays,
} from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import { type CsvProblem, readResourcesCsv, resourcesToCsv } from './resources.csv.js';
import type { ResourceRow, ResourcesRepo, ResourceUpdate } from './resources.repo.js';

const dayMs = 86_400_000;

/**
 * Out of date: last checked more than 180 days ago. An entry never marked as checked counts from
 * the day it was added — whoever added it looked it up then — so a new entry is not flagged the
 * day it appears, and one nobody has checked since is flagged after the same 180 days.
 */
export function isStale(lastVerifiedOn: string | null, createdAt: Date, today: Date): boolean {
  const since = lastVerifiedOn ? Date.parse(`${lastVerifiedOn}T00:00:00Z`) : createdAt.getTime();
  return today.getTime() - since > resourceStaleAfterDays * dayMs;
}

function toResource(r: ResourceRow, today: Date): Resource {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    description: r.description,
    languages: r.languages,
    addressLine: r.addressLine,
    city: r.city,
    region: r.region,
    postalCode: r.postalCode,
    hours: r.hours,
    phone: r.phone,
    email: r.email,
    website: r.website,
    pathways: r.pathways,
    cost: r.cost,
    lastVerifiedOn: r.lastVerifiedOn,
    stale: isStale(r.lastVerifiedOn, r.createdAt, today),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Input → columns; `undefined` leaves a column as it is (patch), `null` clears it. */
function toColumns(input: ResourcePatch): ResourceUpdate {
  const out: ResourceUpdate = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

const fullInput = (input: ResourceInput) => ({
  description: '',
  languages: [],
  pathways: [],
  ...toColumns(input),
  name: input.name,
  category: input.category,
  cost: input.cost,
});

export type ImportOutcome = { ok: true; result: ResourceImportResult } | { ok: false; problems: CsvProblem[] };

/**
 * The organisation's community-resource directory: admins and specialists maintain it,
 * participants of the organisation read it. Not participant data, so no access-log rows.
 */
export interface ResourcesDeps {
  resources: Pick<ResourcesRepo, 'search' | 'findInOrg' | 'insert' | 'update' | 'delete' | 'listAll'>;
  unitOfWork: UnitOfWork<{ resources: Pick<ResourcesRepo, 'insert' | 'update'> }>;
  clock: Clock;
}

export function createResourcesService(deps: ResourcesDeps) {
  const { resources: repo, unitOfWork, clock } = deps;

  return {
    async search(ctx: RequestContext, query: ResourceSearchQuery): Promise<Resource[]> {
      const today = clock.now();
      return (await repo.search(ctx.actor.organisationId, query, 200)).map((r) => toResource(r, today));
    },

    async get(ctx: RequestContext, id: string): Promise<Resource> {
      const row = await repo.findInOrg(ctx.actor.organisationId, id);
      if (!row) throw new NotFoundError();
      return toResource(row, clock.now());
    },

    async create(ctx: RequestContext, input: ResourceInput): Promise<Resource> {
      const now = clock.now();
      const row = await repo.insert({
        ...fullInput(input),
        organisationId: ctx.actor.organisationId,
        createdAt: now,
        updatedAt: now,
      });
      return toResource(row, now);
    },

    async update(ctx: RequestContext, id: string, patch: ResourcePatch): Promise<Resource> {
      const now = clock.now();
      const row = await repo.update(ctx.actor.organisationId, id, { ...toColumns(patch), updatedAt: now });
      if (!row) throw new NotFoundError();
      return toResource(row, now);
    },

    async remove(ctx: RequestContext, id: string): Promise<void> {
      if (!(await repo.delete(ctx.actor.organisationId, id))) throw new NotFoundError();
    },

    async exportCsv(ctx: RequestContext): Promise<string> {
      const today = clock.now();
      return resourcesToCsv((await repo.listAll(ctx.actor.organisationId)).map((r) => toResource(r, today)));
    },

    /**
     * All rows or none: every row is validated first, then written in one transaction; a row whose
     * id is not a resource of this organisation fails the whole import with its line number.
     */
    async importCsv(ctx: RequestContext, text: string): Promise<ImportOutcome> {
      const read = readResourcesCsv(text);
      if ('problems' in read) return { ok: false, problems: read.problems };
      const org = ctx.actor.organisationId;
      const now = clock.now();
      class ImportRefused extends Error {
        constructor(readonly problem: CsvProblem) {
          super(problem.message);
        }
      }
      try {
        const result = await unitOfWork.run(async (tx) => {
          const txRepo = tx.resources;
          let created = 0;
          let updated = 0;
          for (const row of read.rows) {
            if (row.id) {
              const done = await txRepo.update(org, row.id, {
                ...fullInput(row.input),
                addressLine: row.input.addressLine ?? null,
                city: row.input.city ?? null,
                region: row.input.region ?? null,
                postalCode: row.input.postalCode ?? null,
                hours: row.input.hours ?? null,
                phone: row.input.phone ?? null,
                email: row.input.email ?? null,
                website: row.input.website ?? null,
                lastVerifiedOn: row.input.lastVerifiedOn ?? null,
                updatedAt: now,
              });
              if (!done) {
                throw new ImportRefused({
                  line: row.line,
                  field: 'id',
                  code: 'unknown_id',
                  message: 'no resource with this id here',
                });
              }
              updated++;
            } else {
              await txRepo.insert({ ...fullInput(row.input), organisationId: org, createdAt: now, updatedAt: now });
              created++;
            }
          }
          return { created, updated };
        });
        return { ok: true, result };
      } catch (err) {
        if (err instanceof ImportRefused) return { ok: false, problems: [err.problem] };
        throw err;
      }
    },
  };
}

export type ResourcesService = ReturnType<typeof createResourcesService>;
