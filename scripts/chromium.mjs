// Debian's Chromium as every tool here launches it: the tests (playwright.config.mjs), the
// screenshots and the bench. The flags keep it off the network it cannot reach on these machines
// (background networking, component updates, sync) and headless without a GPU or a sandbox.
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
