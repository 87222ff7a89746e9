/**
 * The record the export benchmark downloads, written through the HTTP API as people would:
 * `goals` goals, steps up to `planEvents` plan events in all (with the check-ins), `checkIns`
 * confidence ratings, and `notes` sessions each with a drafted note.
 */
export interface ExportSeedSize {
  goals: number;
  planEvents: number;
  notes: number;
  checkIns: number;
}

export interface Caller {
  base: string;
  participantId: string;
  participantCookie: string;
  specialistCookie: string;
}

async function call(c: Caller, cookie: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${c.base}${path}`, {
    method,
    headers: {
      cookie: `alongside_session=${cookie}`,
      origin: c.base,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

export async function seedRecord(c: Caller, size: ExportSeedSize): Promise<void> {
  const command = async (command: Record<string, unknown>) =>
    (
      (await call(c, c.participantCookie, 'POST', `/api/participants/${c.participantId}/plan/commands`, {
        command,
      })) as {
        ids: string[];
      }
    ).ids[0] ?? '';
  const areas = ['health', 'home', 'purpose', 'community'];
  const goalIds: string[] = [];
  for (let i = 0; i < size.goals; i++) {
    goalIds.push(
      await command({
        type: 'goal.create',
        title: `Goal ${i + 1}: a few words in the person's own voice`,
        why: 'Because it matters to me, in a sentence or two of my own.',
        lifeArea: areas[i % areas.length],
      }),
    );
  }
  const steps = Math.max(0, size.planEvents - size.goals - size.checkIns);
  for (let i = 0; i < steps; i++) {
    await command({
      type: 'step.create',
      goalId: goalIds[i % goalIds.length],
      text: `Step ${i + 1}, small and doable`,
    });
  }
  for (let i = 0; i < size.checkIns; i++) {
    await command({ type: 'check-in.record', goalId: goalIds[i % goalIds.length], confidence: i % 11, note: 'ok' });
  }
  for (let i = 0; i < size.notes; i++) {
    const session = (await call(c, c.specialistCookie, 'POST', '/api/live-sessions', {
      participantId: c.participantId,
      mode: 'phone',
    })) as { id: string };
    await call(c, c.participantCookie, 'POST', `/api/live-sessions/${session.id}/join`);
    await call(c, c.specialistCookie, 'POST', `/api/live-sessions/${session.id}/end`);
    await call(c, c.specialistCookie, 'POST', `/api/live-sessions/${session.id}/note`, {
      workedOn: `Session ${i + 1}: what we worked on, in a few lines.`,
      chosen: 'What the person chose, in their words.',
      nextSteps: 'The next small steps.',
    });
  }
}
