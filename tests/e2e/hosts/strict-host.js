// The host's side of the iframe alternative: hears the reader's messages, sizes the list's frame.
// (Deferred, so the iframes above exist when it runs.)
window.heard = [];
addEventListener('message', (event) => {
  if (!String(event.data?.type).startsWith('lectern-')) return;
  window.heard.push({ origin: event.origin, ...event.data });
  const list = document.getElementById('list');
  if (event.data.type === 'lectern-height' && event.source === list.contentWindow) {
    list.style.height = `${event.data.detail.height}px`;
  }
});
// A frame may have said its height before this script ran: ask each one again.
for (const frame of document.querySelectorAll('iframe')) {
  frame.contentWindow?.postMessage({ type: 'lectern-hello' }, '*');
  frame.addEventListener('load', () => frame.contentWindow?.postMessage({ type: 'lectern-hello' }, '*'));
}
