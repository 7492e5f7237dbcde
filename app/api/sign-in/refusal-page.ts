// The sign-in form as POST /api/sign-in answers a refused no-JavaScript form post: the page
// itself, with the refusal's status (400, 401, 429), its message and the email as typed, so the
// student only types the password again. The email stays out of the URL (a redirect to
// /sign-in?email=... would put it in access logs and history). A route handler cannot render
// the app's React pages, so this is plain HTML that looks like app/(auth)/sign-in: the same
// labels, field ids and messages, the app's colours in a small inline stylesheet (the CSP
// allows inline styles), light and dark, and 44 px touch targets.

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
:root{color-scheme:light dark;--bg:#fafaf9;--fg:#1c1917;--muted:#57534e;--bar:#fff;--line:#e7e5e4;--input-line:#a8a29e;--input-bg:#fff;
--btn:#0369a1;--btn-hover:#075985;--ring:#0284c7;--alert-line:#fca5a5;--alert-bg:#fef2f2;--alert-fg:#991b1b;--error:#b91c1c;--hover:#e7e5e4}
@media (prefers-color-scheme:dark){:root{--bg:#0c0a09;--fg:#f5f5f4;--muted:#a8a29e;--bar:#1c1917;--line:#292524;--input-line:#57534e;--input-bg:#1c1917;
--btn:#0284c7;--btn-hover:#0ea5e9;--ring:#38bdf8;--alert-line:#991b1b;--alert-bg:#450a0a;--alert-fg:#fecaca;--error:#f87171;--hover:#292524}}
body{margin:0;min-height:100vh;background:var(--bg);color:var(--fg);line-height:1.5;-webkit-font-smoothing:antialiased;
font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
:focus-visible{outline:2px solid var(--ring);outline-offset:2px}
a{color:inherit}
.skip{position:absolute;left:-10000px}.skip:focus{left:.5rem;top:.5rem;z-index:10;background:#fff;color:#1c1917;padding:.5rem .75rem;border-radius:.25rem}
header{border-bottom:1px solid var(--line);background:var(--bar)}
nav{max-width:64rem;margin:0 auto;padding:.25rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:0 .25rem}
nav a{display:inline-flex;min-height:2.75rem;align-items:center;padding:0 .75rem;border-radius:.375rem;text-decoration:none}
nav a:hover{background:var(--hover)}
nav .brand{margin-right:auto;padding-left:0;font-size:1.125rem;font-weight:600;letter-spacing:-.025em}
nav .brand:hover{background:none}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem 4rem}
.box{max-width:24rem;margin:0 auto}
h1{margin:0 0 1.5rem;font-size:1.5rem;line-height:2rem;font-weight:600}
form{display:flex;flex-direction:column;gap:1rem}
.alert{margin:0;padding:.75rem;border:1px solid var(--alert-line);border-radius:.375rem;background:var(--alert-bg);color:var(--alert-fg)}
.field{display:flex;flex-direction:column;gap:.25rem}
label{font-weight:500}
input{min-height:2.75rem;padding:.5rem .75rem;font:inherit;font-size:1rem;color:inherit;background:var(--input-bg);border:1px solid var(--input-line);border-radius:.375rem}
.error{margin:0;font-size:.875rem;color:var(--error)}
button{min-height:2.75rem;padding:.5rem 1rem;font:inherit;font-weight:500;color:#fff;background:var(--btn);border:0;border-radius:.375rem;cursor:pointer}
button:hover{background:var(--btn-hover)}
.small{margin:0;font-size:.875rem}
`;

export interface RefusalPage {
  message: string;
  /** The email as typed (never the password). */
  email: string;
  next?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

function field(name: 'email' | 'password', label: string, attrs: string, errors: string[] | undefined, describedBy: string[]): string {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const ids = [...describedBy, ...(errors?.length ? [errorId] : [])];
  return `<div class="field"><label for="${id}">${label}</label><input id="${id}" name="${name}" ${attrs}${errors?.length ? ' aria-invalid="true"' : ''}${
    ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''
  }>${errors?.length ? `<p id="${errorId}" class="error">${escapeHtml(errors.join(' '))}</p>` : ''}</div>`;
}

/**
 * The whole page. The field that needs typing gets the focus and is described by the message,
 * so a screen reader reads why as it lands there: the password when an email was given and
 * accepted, the email otherwise.
 */
export function renderRefusalPage({ message, email, next, fieldErrors }: RefusalPage): string {
  const focusEmail = email === '' || Boolean(fieldErrors?.email?.length);
  const emailAttrs = `type="email" autocomplete="email" required value="${escapeHtml(email)}"${focusEmail ? ' autofocus' : ''}`;
  const passwordAttrs = `type="password" autocomplete="current-password" required${focusEmail ? '' : ' autofocus'}`;
  const signUp = next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Gleaner</title><style>${STYLE}</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Main"><a class="brand" href="/">Gleaner</a><a href="/">Library</a><a href="/sign-in">Sign in</a><a href="/sign-up">Sign up</a></nav></header>
<main id="main"><div class="box"><h1>Sign in</h1>
<form method="post" action="/api/sign-in" novalidate>
<p role="alert" id="sign-in-message" class="alert">${escapeHtml(message)}</p>
${next ? `<input type="hidden" name="next" value="${escapeHtml(next)}">` : ''}
${field('email', 'Email', emailAttrs, fieldErrors?.email, focusEmail ? ['sign-in-message'] : [])}
${field('password', 'Password', passwordAttrs, fieldErrors?.password, focusEmail ? [] : ['sign-in-message'])}
<button type="submit">Sign in</button>
<p class="small">New here? <a href="${escapeHtml(signUp)}">Create an account</a></p>
</form></div></main></body></html>`;
}
