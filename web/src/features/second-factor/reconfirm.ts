import { secondFactorApi } from '../../data/second-factor-client.js';
import type { AlReconfirmDialog } from './al-reconfirm-dialog.js';
import './al-reconfirm-dialog.js';

/**
 * Asks the signed-in person to confirm it is them (the API client calls this when a sensitive act
 * answers 403 `reconfirmation_required`); resolves true once they did, false if they cancelled.
 * Only one dialog at a time: a second request waiting for the same answer shares it.
 */
let pending: Promise<boolean> | undefined;

export function reconfirm(): Promise<boolean> {
  pending ??= ask().finally(() => {
    pending = undefined;
  });
  return pending;
}

async function ask(): Promise<boolean> {
  const status = await secondFactorApi.status();
  const kinds = new Set(status.methods.map((m) => m.kind));
  // Staff without a factor (the rule off) confirm with their password instead.
  const methods = kinds.size ? ([...kinds].sort() as ('passkey' | 'totp')[]) : (['password'] as const);
  const dialog = document.createElement('al-reconfirm-dialog') as AlReconfirmDialog;
  dialog.methods = [...methods];
  document.body.append(dialog);
  try {
    return await dialog.ask();
  } finally {
    dialog.remove();
  }
}
