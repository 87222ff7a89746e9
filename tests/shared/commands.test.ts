import { can, planCommandTypes, zCommandRequest, zPlanCommand } from '@alongside/shared';
import { describe, expect, it } from 'vitest';

describe('the plan command union', () => {
  it('names every command once', () => {
    expect(new Set(planCommandTypes).size).toBe(planCommandTypes.length);
    expect(planCommandTypes).toContain('suggestion.accept');
  });

  it('refuses keys a client must not set, such as voice or createdBy', () => {
    const base = { type: 'goal.create', title: 'Sleep better', lifeArea: 'health' };
    expect(zPlanCommand.safeParse(base).success).toBe(true);
    for (const key of ['voice', 'createdBy', 'orgId', 'participantId']) {
      const result = zPlanCommand.safeParse({ ...base, [key]: 'x' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
    }
  });

  it('trims text and enforces the limits people see in the forms', () => {
    expect(zPlanCommand.safeParse({ type: 'goal.create', title: '   ', lifeArea: 'home' }).success).toBe(false);
    expect(zPlanCommand.safeParse({ type: 'goal.create', title: 'x'.repeat(281), lifeArea: 'home' }).success).toBe(
      false,
    );
    const ok = zPlanCommand.parse({ type: 'goal.create', title: '  Find a room  ', lifeArea: 'home' });
    expect(ok.type === 'goal.create' && ok.title).toBe('Find a room');
    expect(zPlanCommand.safeParse({ type: 'check-in.record', confidence: 11 }).success).toBe(false);
  });

  it('accepts an operation id only of a safe shape', () => {
    const command = { type: 'goal.delete', goalId: '10000000-0000-4000-8000-000000000001' };
    expect(zCommandRequest.safeParse({ clientOpId: 'op-1234-abcd', command }).success).toBe(true);
    expect(zCommandRequest.safeParse({ clientOpId: 'has spaces in it', command }).success).toBe(false);
  });
});

describe('the role → capability table the web and server share', () => {
  it('keeps supervisors and admins away from plans and notes', () => {
    for (const role of ['supervisor', 'admin'] as const) {
      expect(can(role, 'plan:read')).toBe(false);
      expect(can(role, 'notes:use')).toBe(false);
    }
    expect(can('supervisor', 'reports:read')).toBe(true);
    expect(can('participant', 'plan:change')).toBe(true);
    expect(can('specialist', 'org:manage')).toBe(false);
  });
});
