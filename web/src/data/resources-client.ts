import {
  type ResourceImportResult,
  type ResourceInput,
  type ResourcePatch,
  type ResourceSearchQuery,
  zErrorBody,
  zOk,
  zResource,
  zResourceImportErrors,
  zResourceImportProblem,
  zResourceImportProblemBase,
  zResourceImportResult,
  zResourceList,
} from '@alongside/shared';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { call } from './client.js';

/** The community-resource directory; loaded with the resource pages, not the first screen. */
const id = (value: string) => encodeURIComponent(value);

/**
 * A refusal as this page reads it: a problem whose code it does not know (from a newer server during
 * an upgrade) still arrives, without its code, and is shown in the server's own words.
 */
const zImportRefusal = zResourceImportErrors.extend({
  lines: zResourceImportProblem.or(zResourceImportProblemBase).array(),
});
export type ImportRefusal = z.infer<typeof zImportRefusal>;
export type ImportOutcome = { ok: true; result: ResourceImportResult } | { ok: false; errors: ImportRefusal };

export const resourcesApi = {
  search: (query: ResourceSearchQuery, signal?: AbortSignal) =>
    call('/resources', zResourceList, { query: { ...query }, signal }),
  get: (resourceId: string, signal?: AbortSignal) => call(`/resources/${id(resourceId)}`, zResource, { signal }),
  create: (body: ResourceInput) => call('/resources', zResource, { method: 'POST', body }),
  update: (resourceId: string, body: ResourcePatch) =>
    call(`/resources/${id(resourceId)}`, zResource, { method: 'PATCH', body }),
  remove: (resourceId: string) => call(`/resources/${id(resourceId)}`, zOk, { method: 'DELETE' }),
  /** The directory as CSV, as a link the browser downloads. */
  csvHref: '/api/resources/export.csv',
  /** Sends a CSV file as it is; a refused file comes back with every bad line (nothing imported). */
  importCsv: async (text: string): Promise<ImportOutcome> => {
    let response: Response;
    try {
      response = await fetch('/api/resources/import.csv', {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'text/csv' },
        credentials: 'same-origin',
        body: text,
      });
    } catch {
      throw new ApiError({ status: 0, code: 'network', message: 'Could not reach Alongside.' });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const parsed = zResourceImportResult.safeParse(payload);
      if (parsed.success) return { ok: true, result: parsed.data };
    } else {
      const refused = zImportRefusal.safeParse(payload);
      if (refused.success) return { ok: false, errors: refused.data };
      const body = zErrorBody.safeParse(payload);
      if (body.success) throw new ApiError({ status: response.status, ...body.data, code: body.data.error });
    }
    throw new ApiError({
      status: response.status,
      code: response.status >= 500 ? 'internal' : 'unexpected_response',
      message: response.statusText || 'Request failed.',
    });
  },
};
