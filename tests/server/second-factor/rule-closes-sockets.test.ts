import { liveCloseCodes } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import { LiveTestClient } from '../../helpers/live-client.js';
import { enrolTotp } from '../../helpers/second-factor.js';
import { invitePerson } from '../../helpers/test-app.js';
import { connectAndSubscribe, liveAppForFile } from '../live/live-fixtures.js';

/**
 * Turning on "staff must use a second factor" holds staff without one at enrolment from their next
 * request — and a live socket they already hold is closed at once, not left open until it reconnects.
 */
const live = liveAppForFile();

describe('turning the second-factor rule on', () => {
  it("closes the live sockets of staff without a method; the person's own and an enrolled colleague's stay open", async () => {
    const { t, baseUrl, cast } = live.app;
    const enrolled = await invitePerson(t, cast.admin, 'specialist', { name: 'Eli Enrolled' });
    await enrolTotp(t, enrolled);
    const specialist = await connectAndSubscribe(baseUrl, cast.specialist, cast.participant.me.id);
    const person = await connectAndSubscribe(baseUrl, cast.participant, cast.participant.me.id);
    const colleague = await LiveTestClient.connect(baseUrl, enrolled);
    live.sockets.push(specialist.client, person.client, colleague);

    const closed = specialist.client.waitForClose(5000);
    const on = await t.request({
      method: 'PATCH',
      url: '/api/organisation',
      as: cast.admin,
      body: { settings: { staffSecondFactor: true } },
    });
    expect(on.statusCode, on.body).toBe(200);
    expect((await closed).code).toBe(liveCloseCodes.accessEnded);

    // Nobody else's connection was touched: both still answer.
    for (const client of [person.client, colleague]) {
      client.send({ type: 'ping' });
      await client.sync();
      expect(client.all('pong').length).toBeGreaterThan(0);
    }
    // And the held-back specialist cannot open another until they add a method.
    await expect(LiveTestClient.connect(baseUrl, cast.specialist)).rejects.toThrow('upgrade refused: 403');
  });
});
