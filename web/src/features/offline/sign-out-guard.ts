import { unsentCount } from '../../data/offline/read-cache.js';
import { toff } from '../../i18n/offline-i18n.js';
import '../../ui/al-confirm.js';

/**
 * Before signing out: when some of the person's changes have not reached the server, a modal
 * says how many would be lost (signing out wipes this device's copy) and asks. True to go ahead.
 */
export async function confirmSignOut(userId: string, host: ParentNode): Promise<boolean> {
  const count = await unsentCount(userId).catch(() => 0);
  if (count === 0) return true;
  const dialog = document.createElement('al-confirm');
  dialog.heading = toff('offline.signOutTitle');
  dialog.body = toff('offline.signOutConfirm', { count });
  dialog.confirmLabel = toff('offline.signOutYes');
  dialog.cancelLabel = toff('offline.signOutNo');
  host.append(dialog);
  await dialog.open();
  const answer = new Promise<boolean>((resolve) => {
    dialog.addEventListener('al-confirm', () => resolve(true), { once: true });
    // Escape or the cancel button: the inner <dialog> closes (its event does not leave the shadow root).
    dialog.renderRoot.querySelector('dialog')?.addEventListener('close', () => resolve(false), { once: true });
  });
  const yes = await answer;
  dialog.close();
  dialog.remove();
  return yes;
}
