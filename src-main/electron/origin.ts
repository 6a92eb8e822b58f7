/** The renderer is served from this privileged custom scheme in Electron (secure context, own origin). */
export const appScheme = 'app';
export const appHost = 'loket';
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;
/** Draws a card PDF as images of exact size for printing (src-renderer/print-card.html). */
export const appPrintCardUrl = `${appScheme}://${appHost}/print-card.html`;

/** True only for URLs of our own renderer; every IPC call and permission request is checked with it. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}
