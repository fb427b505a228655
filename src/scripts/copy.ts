/**
 * Copy buttons. The absolute URL is made in the browser from the page's own
 * address, so it is right on any host and under any base path.
 *   data-copy="link"    copies the permalink
 *   data-copy="ticket"  copies a Markdown link: [label](permalink)
 */
import { ticketMarkdown } from '../utils/ticket.ts';

export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    button.addEventListener('click', async () => {
      const url = new URL(button.dataset.path!, location.href).href;
      const text = button.dataset.copy === 'ticket' ? ticketMarkdown(button.dataset.label!, url) : url;
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = `Copied ${button.dataset.copy === 'ticket' ? 'for a ticket' : 'link'}: ${text}`;
      } catch {
        if (status) status.textContent = 'Could not copy. Select the text and copy it by hand.';
      }
    });
  }
}
