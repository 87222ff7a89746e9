import type { ErrorBody, LiveServerMessage, PlanCommand } from '@alongside/shared';
import { describe, expect, it } from 'vitest';
import type { SignedInPerson } from '../../helpers/test-app.js';
import {
  connectAndSubscribe,
  goal,
  liveAppForFile,
  restCommand,
  restCommandRefused,
  snapshotOf,
  socketCommand,
} from './live-fixtures.js';

/**
 * A command refused over REST and the same command refused over the live channel read the same:
 * the web app words both with one table of codes, and shows the message or the current value the
 * server sent, whichever way the command went.
 */
const file = liveAppForFile();

/** What a person is told, from a REST error body or a nack. */
const told = (status: number, e: { code: string; message: string; field?: string; current?: unknown }) => ({
  status,
  code: e.code,
  message: e.message,
  field: e.field,
  current: e.current,
});
const fromRest = ({ status, body }: { status: number; body: ErrorBody }) => told(status, { ...body, code: body.error });
function fromNack(answer: Extract<LiveServerMessage, { type: 'ack' | 'nack' }>) {
  if (answer.type !== 'nack') throw new Error(`expected a nack, got ${JSON.stringify(answer)}`);
  return told(answer.status, answer.error);
}

/** Sends the command both ways, changing nothing, and returns what each way was told. */
async function bothWays(as: SignedInPerson, command: PlanCommand) {
  const { t, baseUrl, cast } = file.app;
  const pid = cast.participant.me.id;
  const before = await snapshotOf(t, cast.participant, pid);
  const { client } = await connectAndSubscribe(baseUrl, as, pid);
  file.sockets.push(client);
  const rest = fromRest(await restCommandRefused(t, as, pid, command));
  const socket = fromNack(await socketCommand(client, pid, command));
  expect(await snapshotOf(t, cast.participant, pid)).toEqual(before);
  return { rest, socket };
}

describe('a refused command reads the same over REST and the live channel', () => {
  it('a stale edit: 409 stale_version, the same message and the same current goal', async () => {
    const { t, cast } = file.app;
    const pid = cast.participant.me.id;
    const goalId = (await restCommand(t, cast.participant, pid, goal('Walk in the park'))).ids[0] ?? '';
    await restCommand(t, cast.participant, pid, { type: 'goal.edit', goalId, version: 1, title: 'Walk by the river' });

    const { rest, socket } = await bothWays(cast.participant, {
      type: 'goal.edit',
      goalId,
      version: 1,
      title: 'Walk to the shop',
    });
    expect(rest).toMatchObject({ status: 409, code: 'stale_version' });
    expect(rest.current).toMatchObject({ id: goalId, title: 'Walk by the river', version: 2 });
    expect(socket).toEqual(rest);
  });

  it('a rule of the partnership: 403 participant_decides, the same message', async () => {
    const { t, cast } = file.app;
    const pid = cast.participant.me.id;
    const target = (await snapshotOf(t, cast.participant, pid)).goals[0];
    if (!target) throw new Error('no goal');
    const { rest, socket } = await bothWays(cast.specialist, {
      type: 'goal.edit',
      goalId: target.id,
      version: target.version,
      title: 'Walk where I say',
    });
    expect(rest).toMatchObject({ status: 403, code: 'participant_decides', field: undefined });
    expect(rest.message.length).toBeGreaterThan(0);
    expect(socket).toEqual(rest);
  });

  it('a refusal naming a field: 400 goal_required on goalId, the same message', async () => {
    const { rest, socket } = await bothWays(file.app.cast.participant, { type: 'check-in.record', confidence: 4 });
    expect(rest).toMatchObject({ status: 400, code: 'goal_required', field: 'goalId' });
    expect(socket).toEqual(rest);
  });
});
