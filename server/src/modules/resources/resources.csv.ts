import {
  dayRangeOf,
  type Resource,
  type ResourceImportProblem,
  type ResourceInput,
  resourceCsvColumns,
  zResourceInput,
} from '@alongside/shared';
import type { z } from 'zod';
import { csvQuote, csvSafe } from '../../lib/csv.js';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside quotes). */
export function parseCsv(text: string): { records: string[][]; lineOf: number[] } | { problem: CsvProblem } {
  const records: string[][] = [];
  const lineOf: number[] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== '') {
        const message = 'a quote in the middle of an unquoted field';
        return { problem: { line, field: 'csv', code: 'quote_in_unquoted_field', message } };
      }
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      lineOf.push(recordLine);
      field = '';
      record = [];
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) {
    return {
      problem: { line: recordLine, field: 'csv', code: 'unclosed_quote', message: 'a quoted field is not closed' },
    };
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
    lineOf.push(recordLine);
  }
  // Blank lines carry nothing.
  const keep = records.map((r) => !(r.length === 1 && r[0] === ''));
  return { records: records.filter((_, i) => keep[i]), lineOf: lineOf.filter((_, i) => keep[i]) };
}

/** The leading ' that `csvSafe` adds on export is taken off again, so export → import gives back the same text. */
const unsafe = (value: string) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value);

export function resourcesToCsv(rows: readonly Resource[]): string {
  const lines = [resourceCsvColumns.join(',')];
  for (const r of rows) {
    const cells: Record<(typeof resourceCsvColumns)[number], string> = {
      id: r.id,
      name: r.name,
      description: r.description,
      category: r.category,
      languages: r.languages.join(';'),
      address_1: r.addressLine ?? '',
      city: r.city ?? '',
      state_province: r.region ?? '',
      postal_code: r.postalCode ?? '',
      schedule_description: r.hours ?? '',
      phone: r.phone ?? '',
      email: r.email ?? '',
      url: r.website ?? '',
      pathways: r.pathways.join(';'),
      fees: r.cost,
      assured_date: r.lastVerifiedOn ?? '',
    };
    lines.push(resourceCsvColumns.map((c) => csvQuote(csvSafe(cells[c]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface CsvRow {
  line: number;
  id: string | undefined;
  input: ResourceInput;
}
export type CsvProblem = ResourceImportProblem;

const columnOf: Record<string, string> = {
  name: 'name',
  description: 'description',
  category: 'category',
  languages: 'languages',
  addressLine: 'address_1',
  city: 'city',
  region: 'state_province',
  postalCode: 'postal_code',
  hours: 'schedule_description',
  phone: 'phone',
  email: 'email',
  website: 'url',
  pathways: 'pathways',
  cost: 'fees',
  lastVerifiedOn: 'assured_date',
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A schema issue as a problem with a stable code and the numbers its wording needs. An empty cell is
 * `required` whatever zod calls it (a missing enum value is `invalid_value` to zod, not `invalid_type`).
 */
function issueProblem(line: number, issue: z.core.$ZodIssue, candidate: Record<string, unknown>): CsvProblem {
  const key = String(issue.path[0] ?? 'csv');
  const base = { line, field: columnOf[key] ?? key, message: issue.message };
  if (key in candidate && candidate[key] === undefined) return { ...base, code: 'required' };
  switch (issue.code) {
    case 'too_big':
      // Only texts and `;` lists have a maximum here; anything else is not worth its own wording.
      if (issue.origin !== 'string' && issue.origin !== 'array') break;
      return {
        ...base,
        code: 'too_long',
        params: { maximum: Number(issue.maximum), unit: issue.origin === 'string' ? 'characters' : 'items' },
      };
    case 'invalid_value':
      return { ...base, code: 'invalid_value', params: { allowed: issue.values.map(String) } };
    case 'invalid_format':
      return { ...base, code: 'invalid_format', params: { format: issue.format } };
    case 'custom': {
      const range = dayRangeOf(issue);
      if (range) return { ...base, code: 'date_out_of_range', params: range };
    }
  }
  return { ...base, code: 'invalid' };
}

/** Turns CSV text into validated rows, or every problem with its line number (1 = the header). */
export function readResourcesCsv(text: string): { rows: CsvRow[] } | { problems: CsvProblem[] } {
  const parsed = parseCsv(text);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const [header, ...body] = parsed.records;
  if (!header) return { problems: [{ line: 1, field: 'csv', code: 'empty_file', message: 'the file is empty' }] };
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: CsvProblem[] = [];
  const known = [...resourceCsvColumns];
  for (const n of names) {
    if (!(resourceCsvColumns as readonly string[]).includes(n)) {
      problems.push({
        line: 1,
        field: n,
        code: 'unknown_column',
        params: { known },
        message: `unknown column; known: ${known.join(', ')}`,
      });
    }
  }
  for (const required of ['name', 'category', 'fees']) {
    if (!names.includes(required)) {
      problems.push({ line: 1, field: required, code: 'required_column_missing', message: 'required column missing' });
    }
  }
  if (problems.length > 0) return { problems };

  const rows: CsvRow[] = [];
  body.forEach((record, index) => {
    const line = parsed.lineOf[index + 1] ?? index + 2;
    if (record.length !== names.length) {
      problems.push({
        line,
        field: 'csv',
        code: 'field_count',
        params: { found: record.length, expected: names.length },
        message: `${record.length} fields where the header has ${names.length}`,
      });
      return;
    }
    const cell = (column: string): string | undefined => {
      const i = names.indexOf(column);
      const v = i < 0 ? undefined : record[i]?.trim();
      return v === '' || v === undefined ? undefined : unsafe(v);
    };
    const list = (column: string) =>
      cell(column)
        ?.split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    const id = cell('id');
    if (id !== undefined && !uuid.test(id)) {
      problems.push({
        line,
        field: 'id',
        code: 'not_an_export_id',
        message: 'not an id exported from Alongside (leave it empty for a new resource)',
      });
      return;
    }
    const candidate = {
      name: cell('name'),
      category: cell('category'),
      description: cell('description'),
      languages: list('languages'),
      addressLine: cell('address_1') ?? null,
      city: cell('city') ?? null,
      region: cell('state_province') ?? null,
      postalCode: cell('postal_code') ?? null,
      hours: cell('schedule_description') ?? null,
      phone: cell('phone') ?? null,
      email: cell('email') ?? null,
      website: cell('url') ?? null,
      pathways: list('pathways'),
      cost: cell('fees'),
      lastVerifiedOn: cell('assured_date') ?? null,
    };
    const result = zResourceInput.safeParse(
      Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)),
    );
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(issueProblem(line, issue, candidate));
      return;
    }
    rows.push({ line, id, input: result.data });
  });
  return problems.length > 0 ? { problems } : { rows };
}
