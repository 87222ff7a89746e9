import { planCommandTypes } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the OpenAPI document (/api/docs)', () => {
  it('lists every plan command route and every plan read, generated from the zod schemas', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    const plan = '/api/participants/{participantId}/plan';
    for (const type of planCommandTypes) expect(paths).toContain(`${plan}/commands/${type}`);
    for (const read of ['', '/goals', '/suggestions', '/choices', '/check-ins', '/supports', '/history']) {
      expect(paths).toContain(`${plan}${read === '' ? '/' : read}`);
    }
    expect(paths).toContain('/api/live-sessions/{liveSessionId}/join');
    expect(paths).toContain('/api/notes/{noteId}/respond');
  });

  it('describes a command body with its fields and limits', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: unknown }> } } }>;
    }>();
    const schema = doc.paths['/api/participants/{participantId}/plan/commands/goal.create']?.post?.requestBody?.content[
      'application/json'
    ]?.schema as {
      properties: Record<string, { maxLength?: number; description?: string }>;
      additionalProperties?: boolean;
    };
    expect(schema.properties.title?.maxLength).toBe(280);
    expect(schema.properties.targetDate?.description).toBe('A day from 2000-01-01 to ten years after today.');
    expect(schema.additionalProperties).toBe(false);
  });

  it('serves the browsable page', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
