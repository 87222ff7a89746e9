import { describe, expect, it } from 'vitest';
import { draftFromSession } from '../../../web/src/features/notes/note-prefill.js';
import { event, goal, plan, step, suggestion } from '../fixtures.js';

/**
 * A session's note starts from what happened in it: the goals touched and the confidence rated,
 * what the person decided about suggestions, the choices they made, and the steps added.
 */
describe('the first words of a session note', () => {
  const g = goal({ title: 'Sleep well' });
  const accepted = suggestion({ kind: 'step', goalId: g.id, text: 'No coffee after noon' }, { status: 'accepted' });
  const declined = suggestion(
    { kind: 'goal', title: 'Stop seeing old friends', lifeArea: 'community' },
    { status: 'declined' },
  );
  const newStep = step(g.id, { text: 'Lights out at eleven' });
  const events = [
    event(4, { type: 'suggestion.accept', suggestionId: accepted.id }, [
      { kind: 'step', value: step(g.id, { text: 'No coffee after noon', voice: 'specialist' }) },
      { kind: 'suggestion', value: accepted },
    ]),
    event(5, { type: 'suggestion.decline', suggestionId: declined.id }, [{ kind: 'suggestion', value: declined }]),
    event(6, { type: 'step.create', goalId: g.id, text: newStep.text }, [{ kind: 'step', value: newStep }]),
    event(7, { type: 'check-in.record', goalId: g.id, confidence: 6 }, [
      {
        kind: 'check-in',
        value: {
          id: '50000000-0000-4000-8000-000000000001',
          goalId: g.id,
          confidence: 6,
          wellbeing: null,
          note: null,
          recordedTogether: true,
          recordedBy: 'participant',
          at: '2026-12-01T10:00:00.000Z',
        },
      },
    ]),
  ];
  const p = plan({ goals: [g], suggestions: [accepted, declined], steps: [newStep] });

  it('names the goals, the rating, the decisions and the new steps, in plain words', () => {
    expect(draftFromSession(events, p)).toEqual({
      workedOn: 'Goals: “Sleep well”.\nConfidence in “Sleep well”: 6 out of 10.',
      chosen: 'Pat Participant accepted “No coffee after noon”.\nPat Participant declined “Stop seeing old friends”.',
      nextSteps: 'New steps: “No coffee after noon”, “Lights out at eleven”.',
    });
  });

  it('leaves every text empty for a session where nothing changed', () => {
    expect(draftFromSession([], p)).toEqual({ workedOn: '', chosen: '', nextSteps: '' });
  });
});
