// Starts Blazor with AdrDesk's reconnection schedule (adrdesk.js). A file, not an inline script: the content
// security policy allows scripts from AdrDesk itself only.
adrDesk.startBlazor();
