import { dayBounds, earliestDay, int4Max } from '@alongside/shared';
import type { PlanFixture } from './plan-fixtures.js';

/**
 * Requests built from the app's own OpenAPI document: for each operation, its path parameters,
 * query parameters and body fields at and past the edges their schemas declare, plus requests
 * malformed as a whole. Used by the boundary test, which sends them as every role.
 */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: Record<string, JsonSchema>;
  body?: { contentType: string; schema: JsonSchema };
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema: JsonSchema }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = op.parameters ?? [];
      const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
        ...(contentType && media ? { body: { contentType, schema: media.schema } } : {}),
      };
    }),
  );
}

/**
 * Real values for fields by name (ids from the test's fixture), so a request can get past lookups;
 * a function gives a fresh value each time (an operation id, which must differ between requests).
 */
export type Known = Record<string, unknown>;

/** The fixture's plan items under the field names requests give their ids. */
export function knownFromPlan(fx: PlanFixture): Known {
  return {
    goalId: fx.goalId,
    stepId: fx.stepId,
    choiceId: fx.choiceId,
    optionId: fx.optionIds[1],
    supportId: fx.supportId,
    suggestionId: fx.suggestionId,
    resourceId: fx.resourceId,
    referralId: fx.referralId,
  };
}

/** A valid-looking value for the schema: every property filled, ids from `known`. */
export function baseValue(schema: JsonSchema, name: string, known: Known): unknown {
  if (name in known) {
    const value = known[name];
    return typeof value === 'function' ? value() : value;
  }
  if (schema.enum) return schema.enum[0];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.[0]) return baseValue(variants[0], name, known);
  if (schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, baseValue(s, k, known)]));
  }
  switch (schema.type) {
    case 'array':
      return schema.items && (schema.minItems ?? 0) > 0 ? [baseValue(schema.items, name, known)] : [];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 0, 1);
    case 'boolean':
      return true;
  }
  if (schema.format === 'uuid') return crypto.randomUUID();
  if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
  if (schema.format === 'uri') return 'https://example.org/';
  if (schema.format === 'email') return 'someone@example.org';
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
}

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Dates at and past the ends of every range a date field may have, and ones PostgreSQL refuses. */
function dateEdges(): unknown[] {
  const ends = (['past', 'planned', 'report'] as const).flatMap((kind) => {
    const { latest } = dayBounds(kind);
    return [latest, shift(latest, 1)];
  });
  return ['0000-01-01', '9999-12-31', shift(earliestDay, -1), earliestDay, ...ends, '2026-02-30', '20261204'];
}

/** Values at and past the edges of a leaf schema, and one of the wrong type: a sample, not every kind of wrong. */
function leafEdges(schema: JsonSchema): unknown[] {
  if (schema.enum) return ['not-one-of-them', 1];
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const { minimum = 0, maximum } = schema;
      const edges = [minimum, minimum - 1, int4Max, int4Max + 1, 2 ** 53, -1, 1.5, '7'];
      if (maximum !== undefined) edges.push(maximum, maximum + 1);
      return [...new Set(edges)];
    }
    case 'boolean':
      return ['true', null];
  }
  if (schema.format === 'date') return dateEdges();
  if (schema.format === 'uuid') return ['not-a-uuid', 'f'.repeat(101), '00000000-0000-0000-0000-000000000000', 1];
  const edges: unknown[] = ['', 'a\u0000b', null, 'x'.repeat((schema.maxLength ?? 300) + 1)];
  if (schema.maxLength !== undefined) edges.push('x'.repeat(schema.maxLength));
  if ((schema.minLength ?? 0) > 1) edges.push('x'.repeat((schema.minLength ?? 1) - 1));
  return edges;
}

/** One change to a value: `value` put at `at` (a path of property names; empty = the whole value). */
export interface Case {
  at: string[];
  value: unknown;
}

/**
 * Every edge case of a value of `schema`, field by field, nested objects and small unions included.
 * With `only`, just the edges of the leaf fields it picks (dates and integers, say).
 */
export function casesOf(schema: JsonSchema, name: string, known: Known, only?: (leaf: JsonSchema) => boolean): Case[] {
  const whole = (cases: Case[]) => (only ? [] : cases);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    // A union of many members (a command of any type) is covered member by member on its own routes.
    if (variants.length > 10)
      return whole([
        { at: [], value: null },
        { at: [], value: {} },
      ]);
    return [
      ...whole([{ at: [], value: null }]),
      ...variants.flatMap((variant) => {
        const base = baseValue(variant, name, known);
        return casesOf(variant, name, known, only).map((c) => ({ at: [], value: setAt(base, c.at, c.value) }));
      }),
    ];
  }
  if (schema.properties) {
    return [
      ...whole([
        { at: [], value: null },
        { at: [], value: [] },
        { at: ['unknownKey'], value: 1 },
      ]),
      ...Object.entries(schema.properties).flatMap(([key, s]) =>
        casesOf(s, key, known, only).map((c) => ({ at: [key, ...c.at], value: c.value })),
      ),
    ];
  }
  if (only) return only(schema) ? leafEdges(schema).map((value) => ({ at: [], value })) : [];
  if (schema.type === 'array') {
    const item = schema.items ? baseValue(schema.items, name, known) : null;
    const cases: Case[] = [
      { at: [], value: 'x' },
      { at: [], value: [null] },
    ];
    if (schema.maxItems !== undefined) cases.push({ at: [], value: Array(schema.maxItems + 1).fill(item) });
    return cases;
  }
  return leafEdges(schema).map((value) => ({ at: [], value }));
}

/** A copy of `base` with `value` at `at`. */
export function setAt(base: unknown, at: string[], value: unknown): unknown {
  const [key, ...rest] = at;
  if (key === undefined) return value;
  const object = typeof base === 'object' && base !== null && !Array.isArray(base) ? base : {};
  return { ...object, [key]: setAt((object as Record<string, unknown>)[key], rest, value) };
}

/** Integers an operation takes without a bound that fits an int4 column: `path field` for each. */
export function unboundedIntegers(op: Operation): string[] {
  const found: string[] = [];
  const walk = (schema: JsonSchema, where: string) => {
    if (schema.type === 'integer' && (schema.maximum === undefined || schema.maximum > int4Max)) found.push(where);
    for (const [k, s] of Object.entries(schema.properties ?? {})) walk(s, `${where}.${k}`);
    for (const s of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) walk(s, where);
    if (schema.items) walk(schema.items, `${where}[]`);
  };
  for (const [name, schema] of Object.entries(op.query)) walk(schema, name);
  if (op.body) walk(op.body.schema, 'body');
  return found.map((where) => `${op.method} ${op.path} ${where}`);
}
