// The load runner's in-page probe (AddInitScript: runs before the page's own scripts).
// Latency: arm(selector[, until]) watches a region; the next click/submit/keydown sets the start, the first
// mutation inside the region after it sets the end (both performance.now(), inside the page).
// Reconnects: counts each time the reconnect modal gets the class components-reconnect-show.
// Sockets: keeps the page's WebSockets so that the reconnect test can drop them (offline emulation
// does not close an open WebSocket).
(() => {
  if (window.__adrPerf) return;
  const perf = window.__adrPerf = {
    armed: null, reconnectShows: 0, reconnectHides: 0, lastShowAt: null, lastHideAt: null,
    sockets: [], messagesIn: 0, socketsOpened: 0,
  };

  // until (optional): a JS expression; the end is the first mutation after which it is true (e.g. the
  // confirmation is there), not the first mutation at all (which may be a busy state).
  perf.arm = (selector, until) => {
    if (perf.armed) perf.armed.observer.disconnect();
    const target = document.querySelector(selector);
    if (!target) return false;
    const done = until ? new Function(`return (${until});`) : () => true;
    const m = { start: null, end: null, resolve: null };
    m.observer = new MutationObserver(() => {
      if (m.start !== null && m.end === null && done()) {
        m.end = performance.now();
        m.observer.disconnect();
        if (m.resolve) m.resolve(m.end - m.start);
      }
    });
    m.observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: false });
    perf.armed = m;
    return true;
  };

  const mark = () => { const m = perf.armed; if (m && m.start === null) m.start = performance.now(); };
  for (const type of ['click', 'submit', 'keydown']) document.addEventListener(type, mark, true);

  // Resolves with the latency in ms, or -1 after timeoutMs (no mutation), -2 if no action was seen.
  perf.wait = (timeoutMs) => new Promise(resolve => {
    const m = perf.armed;
    if (!m) { resolve(-2); return; }
    if (m.end !== null) { resolve(m.end - m.start); return; }
    m.resolve = resolve;
    setTimeout(() => { m.observer.disconnect(); resolve(m.start === null ? -2 : -1); }, timeoutMs);
  });

  const NativeWebSocket = window.WebSocket;
  window.WebSocket = function (...args) {
    const socket = new NativeWebSocket(...args);
    perf.sockets.push(socket);
    socket.addEventListener('open', () => perf.socketsOpened++);
    socket.addEventListener('message', () => perf.messagesIn++);
    return socket;
  };
  window.WebSocket.prototype = NativeWebSocket.prototype;
  for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) window.WebSocket[k] = NativeWebSocket[k];

  // An abnormal close code: SignalR treats it as a lost connection and Blazor starts reconnecting.
  perf.dropSockets = () => {
    let n = 0;
    for (const s of perf.sockets) if (s.readyState === 1) { s.close(4000, 'load runner: offline'); n++; }
    return n;
  };
  perf.openSockets = () => perf.sockets.filter(s => s.readyState === 1).length;

  const watchModal = () => {
    const modal = document.getElementById('components-reconnect-modal');
    if (!modal) return;
    let shown = modal.classList.contains('components-reconnect-show');
    new MutationObserver(() => {
      const now = modal.classList.contains('components-reconnect-show');
      if (now && !shown) { perf.reconnectShows++; perf.lastShowAt = performance.now(); }
      if (!now && shown) { perf.reconnectHides++; perf.lastHideAt = performance.now(); }
      shown = now;
    }).observe(modal, { attributes: true, attributeFilter: ['class'] });
  };
  perf.modalState = () => document.getElementById('components-reconnect-modal')?.className ?? '';
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchModal);
  else watchModal();
})();
