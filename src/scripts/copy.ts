/**
 * Copy buttons. The absolute URL is made in the browser from the page's own
 * address, so it is right on any host and under any base path.
 *   data-copy="link"    copies the permalink
 *   data-copy="ticket"  copies a Markdown link: [label](permalink)
 *   data-copy="block"   copies the example block that follows the button
 */
import { ticketMarkdown } from '../utils/ticket.ts';

const DONE: Record<string, string> = { link: 'Copied link', ticket: 'Copied for a ticket', block: 'Copied the example' };

function textFor(button: HTMLButtonElement): string {
  if (button.dataset.copy === 'block') return button.nextElementSibling?.textContent ?? '';
  const url = new URL(button.dataset.path!, location.href).href;
  return button.dataset.copy === 'ticket' ? ticketMarkdown(button.dataset.label!, url) : url;
}

export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    button.addEventListener('click', async () => {
      const text = textFor(button);
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = button.dataset.copy === 'block' ? `${DONE.block}.` : `${DONE[button.dataset.copy!]}: ${text}`;
      } catch {
        if (status) status.textContent = 'Could not copy. Select the text and copy it by hand.';
      }
    });
  }
}
