// Marks the page once its circuit is up, so that people (a busy indicator) and browser tests can
// tell a prerendered page from an interactive one.
window.adrDesk = {
  markInteractive: () => document.body.setAttribute("data-circuit", "up"),
};
