// What a server action receives from a form post, for tests that call actions directly.

/** The FormData a form with these fields posts. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
