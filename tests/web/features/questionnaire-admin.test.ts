import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../web/src/features/organisation/al-questionnaire-admin.js';
import { button, mount, press, settle } from '../dom.js';

/** The admin's upload form: what the person reads when a file is refused, in words. */
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function withFile(text: string, answer: () => Response) {
  const sent: unknown[] = [];
  vi.stubGlobal('fetch', async (_url: URL, init: RequestInit) => {
    if (init.method === 'POST') {
      sent.push(JSON.parse(String(init.body)));
      return answer();
    }
    return Response.json({ questionnaires: [] });
  });
  const admin = await mount(document.createElement('al-questionnaire-admin'));
  await settle(admin);
  const root = admin.shadowRoot as ShadowRoot;
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'q.json', { type: 'application/json' })] });
  await press(button(root, 'Upload'));
  await settle(admin);
  return { alert: root.querySelector('[role="alert"]')?.textContent?.trim(), sent };
}

describe('uploading a questionnaire', () => {
  it('a file that is not JSON is explained and not sent', async () => {
    const { alert, sent } = await withFile('{"resourceType": "Questionnaire",', () => Response.json({}));
    expect(alert).toBe('This file is not valid JSON. Check that it is the Questionnaire file and try again.');
    expect(sent).toEqual([]);
  });

  it('a refused questionnaire names where the problem is', async () => {
    const refusal = () =>
      Response.json(
        {
          error: 'validation_failed',
          message: 'Supported item types: integer, choice, boolean, string.',
          field: 'item.3.type',
          requestId: 'r1',
        },
        { status: 400 },
      );
    const { alert, sent } = await withFile('{"resourceType": "Questionnaire"}', refusal);
    expect(sent).toEqual([{ resourceType: 'Questionnaire' }]);
    expect(alert).toBe('At item.3.type: Supported item types: integer, choice, boolean, string.');
  });
});
