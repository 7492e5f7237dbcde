// Shared steps for reading form fields.

/** An empty or blank form field is a field not filled in: optional, or "enter a …", never a 0. */
export function blankAsMissing(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}
