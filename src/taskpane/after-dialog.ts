/**
 * Runs a callback once no dialog is left in the page. A Fluent dialog plays its closing animation and traps the
 * focus until it is gone, so focus can only be put back on the page after that.
 */
const DIALOG = '[role="dialog"], [role="alertdialog"]';
const POLL_MS = 16;
const GIVE_UP_MS = 2000;

export function afterDialogsClose(callback: () => void, doc: Document = document): void {
  const deadline = Date.now() + GIVE_UP_MS;
  const poll = (): void => {
    if (!doc.querySelector(DIALOG) || Date.now() > deadline) callback();
    else setTimeout(poll, POLL_MS);
  };
  setTimeout(poll, 0);
}
