import { zOk } from '@alongside/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, setReconfirmListener } from '../../../web/src/data/client.js';

/**
 * A sensitive act answered 403 `reconfirmation_required`: the API client asks the person to
 * confirm (the listener), then sends the same request again — or, if they cancel, fails as before.
 */
const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refusal = { error: 'reconfirmation_required', message: 'Confirm it is you.', requestId: 'r1' };

afterEach(() => {
  vi.unstubAllGlobals();
  setReconfirmListener(undefined);
});

describe('re-confirmation in the API client', () => {
  it('asks once, then sends the same request again and returns its answer', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(answer(403, refusal))
      .mockResolvedValueOnce(answer(200, { ok: true }));
    vi.stubGlobal('fetch', fetch);
    const ask = vi.fn(async () => true);
    setReconfirmListener(ask);
    await expect(call('/invitations', zOk, { method: 'POST', body: { role: 'admin' } })).resolves.toEqual({ ok: true });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    const [first, second] = fetch.mock.calls as [URL, RequestInit][];
    expect(second?.[1].body).toBe(first?.[1].body);
  });

  it('fails with the refusal when the person cancels, and never asks for other refusals', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(answer(403, refusal))
      .mockResolvedValueOnce(answer(403, { error: 'forbidden', message: 'No.', requestId: 'r2' }));
    vi.stubGlobal('fetch', fetch);
    const ask = vi.fn(async () => false);
    setReconfirmListener(ask);
    await expect(call('/organisation', zOk, { method: 'PATCH', body: {} })).rejects.toMatchObject({
      code: 'reconfirmation_required',
    });
    await expect(call('/organisation', zOk, { method: 'PATCH', body: {} })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
