// The header proxy.ts sets on every request with the path and query asked for, so a page that
// needs a signed-in visitor can send them to sign in and back (lib/auth.ts requireViewer).
// No 'server-only' import: proxy.ts imports it too.
export const RETURN_TO_HEADER = 'x-gleaner-return-to';
