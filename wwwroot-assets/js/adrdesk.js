// Marks the page once its circuit is up, so that people (a busy indicator) and browser tests can
// tell a prerendered page from an interactive one.
window.adrDesk = {
  markInteractive: () => document.body.setAttribute("data-circuit", "up"),
};

// Reconnecting (issue 9: after 10 s offline a circuit resumes within 3 s). .NET 9's default schedule is
// ten immediate attempts, then one every 5 s, then every 30 s: after a short outage the next attempt can be
// seconds away. AdrDesk tries at once, then every second for as long as the server keeps a disconnected
// circuit (3 minutes, plus a margin), and tries at once when the browser reports the network is back.
// When the server no longer has the circuit ("rejected") the page reloads: signed-in users' wizards come
// back from their saved drafts.
(() => {
  const keepTryingMs = 200_000; // CircuitOptions.DisconnectedCircuitRetentionPeriod (3 min) + 20 s
  let downSince = null;

  // blazor.web.js (9.0) calls this with the number of attempts so far and waits the answer (ms) before the
  // next attempt; null ends the attempts ("failed").
  const retryInterval = (previousAttempts) => {
    if (previousAttempts === 0) downSince = Date.now();
    if (Date.now() - downSince > keepTryingMs) return null;
    return previousAttempts === 0 ? 0 : 1000;
  };

  const modal = () => document.getElementById("components-reconnect-modal");
  const state = () => {
    const m = modal();
    if (!m) return "";
    for (const s of ["show", "failed", "rejected"]) if (m.classList.contains(`components-reconnect-${s}`)) return s;
    return "";
  };

  // While an attempt waits on its timer, blazor.web.js ends the wait when the page becomes visible; the same
  // event ends it when the network comes back. After "failed" nothing waits any more: try once ourselves.
  window.addEventListener("online", () => {
    const now = state();
    if (now === "show") document.dispatchEvent(new Event("visibilitychange"));
    else if (now === "failed") Blazor.reconnect().then(ok => { if (!ok) location.reload(); }, () => { });
  });

  const watchRejected = () => {
    const m = modal();
    if (!m) return;
    new MutationObserver(() => { if (state() === "rejected") location.reload(); })
      .observe(m, { attributes: true, attributeFilter: ["class"] });
  };

  // The reconnect dialog's buttons (static markup, no inline handlers: the content security policy forbids them).
  document.addEventListener("click", e => {
    const action = e.target.closest?.("[data-reconnect-action]")?.getAttribute("data-reconnect-action");
    if (action === "retry") Blazor.reconnect().then(ok => { if (!ok) location.reload(); }, () => location.reload());
    else if (action === "reload") location.reload();
  });

  window.adrDesk.startBlazor = () => {
    watchRejected();
    return Blazor.start({
      circuit: {
        reconnectionOptions: { maxRetries: 1_000_000, retryIntervalMilliseconds: retryInterval },
      },
    });
  };
})();

// The menu button on statically rendered pages (the account pages: no circuit, so MudDrawer cannot toggle itself).
// Issue 16: below 960 px the drawer is hidden until the button shows it; interactive pages leave this to MudBlazor.
document.addEventListener("click", e => {
  const button = e.target.closest?.("[data-adr-menu=static]");
  if (!button) return;
  const drawer = document.getElementById(button.getAttribute("aria-controls"));
  if (!drawer) return;
  const open = !drawer.classList.contains("adr-drawer-shown");
  drawer.classList.toggle("adr-drawer-shown", open);
  drawer.classList.toggle("mud-drawer--initial", !open);
  drawer.classList.toggle("mud-drawer--open", open);
  drawer.classList.toggle("mud-drawer--closed", !open);
  button.setAttribute("aria-expanded", open ? "true" : "false");
});

// Issue 21: the "n van max tekens" counter under a case-file text box (PlainTextArea) while typing, without a message to the
// server per character: the box names its counter (data-adr-counter), the counter carries its words with {n} for the count
// (data-adr-counter-text, in the page's language). The server writes the same words whenever it renders the box.
document.addEventListener("input", e => {
  const box = e.target;
  const id = box?.getAttribute?.("data-adr-counter");
  if (!id) return;
  const counter = document.getElementById(id);
  const words = counter?.getAttribute("data-adr-counter-text");
  if (!words) return;
  const count = new Intl.NumberFormat(document.documentElement.lang || "nl").format(box.value.length);
  // The text node Blazor rendered is changed in place, not replaced: the server's next render of the counter (a cleared
  // box after sending) writes to that node, and a replaced one would no longer be on the page.
  const text = counter.firstChild;
  if (text && text.nodeType === Node.TEXT_NODE) text.nodeValue = words.replace("{n}", count);
});
