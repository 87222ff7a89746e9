import { z } from 'zod';

/** Every user has exactly one role inside exactly one organisation. */
export const roles = ['specialist', 'participant', 'supervisor', 'admin'] as const;
export const zRole = z.enum(roles);
export type Role = z.infer<typeof zRole>;

/** Roles that are staff: they get the shorter idle timeout. */
export const staffRoles: readonly Role[] = ['specialist', 'supervisor', 'admin'];
