import type { Me } from '@alongside/shared';
import { createContext } from '@lit/context';
import type { LivePlan } from './live-plan.js';

/**
 * Data every element below a provider may ask for, instead of having it handed down through the
 * properties of each element in between (`@lit/context`).
 *
 * - `meContext`: the signed-in person (`null` when nobody is), provided by the app root and
 *   updated when they sign in, out, or change their name.
 * - `livePlanContext`: the participant's plan, live, provided by the page that opened it (the
 *   person's own plan page, their specialist's page of them, their notes). Parts send their
 *   commands and presence through it; what they show comes to them as properties.
 */
export const meContext = createContext<Me | null>(Symbol('me'));
export const livePlanContext = createContext<LivePlan | undefined>(Symbol('live-plan'));
