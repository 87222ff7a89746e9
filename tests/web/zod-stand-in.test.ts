import { zChangePassword, zMe, zSignInRequest, zUpdateMe } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The web build swaps zod's JSON Schema modules for stand-ins (web/zod-without-json-schema.ts);
 * the web test project runs zod through the same plugin. These tests show that the swap is in
 * force here and that what the browser does with zod — parse, report issues, read a schema's
 * limits, validate through `~standard` — is unchanged.
 */
const me = {
  id: '0190c0de-0000-7000-8000-000000000001',
  name: 'Ana',
  email: 'ana@example.org',
  role: 'participant',
  language: 'es',
  organisation: { id: '0190c0de-0000-7000-8000-000000000002', name: 'Riverside' },
};

describe('zod in the web app', () => {
  it('has no JSON Schema generator', () => {
    expect(() => zMe.toJSONSchema()).toThrow(/left out of the web app/);
    expect(() => z.string()['~standard'].jsonSchema.input({ target: 'draft-2020-12' })).toThrow(/left out/);
  });

  it('parses the shared schemas as before', () => {
    expect(zMe.parse(me)).toEqual(me);
    expect(zSignInRequest.parse({ email: '  Ana@Example.org ', password: 'x' })).toEqual({
      email: 'ana@example.org',
      password: 'x',
    });
    const wrong = zSignInRequest.safeParse({ email: 'not an email', password: '', extra: 1 });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_format', 'email'],
      ['too_small', 'password'],
      ['unrecognized_keys', ''],
    ]);
    expect(zUpdateMe.safeParse({ name: '' }).success).toBe(false);
    expect(zChangePassword.safeParse({}).success).toBe(false);
  });

  it('reads limits, formats and encodes as before', () => {
    const name = z.string().min(1).max(100);
    expect([name.minLength, name.maxLength]).toEqual([1, 100]);
    expect(z.int().min(0).max(9).maxValue).toBe(9);
    expect(z.email().format).toBe('email');
    expect(z.iso.datetime().safeParse('2026-12-04T21:00:00Z').success).toBe(true);
    expect(zMe['~standard'].validate(me)).toEqual({ value: me });
    expect(z.codec(z.string(), z.number(), { decode: Number, encode: String }).encode(4)).toBe('4');
  });
});
