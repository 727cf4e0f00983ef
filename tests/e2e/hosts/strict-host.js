// The host's side of the iframe alternative: hears the reader's messages, sizes the list's frame.
window.heard = [];
addEventListener('message', (event) => {
  if (!String(event.data?.type).startsWith('lectern-')) return;
  window.heard.push({ origin: event.origin, ...event.data });
  const list = document.getElementById('list');
  if (event.data.type === 'lectern-height' && event.source === list.contentWindow) {
    list.style.height = `${event.data.detail.height}px`;
  }
});
