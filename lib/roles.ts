// The three roles, and how a stored role reads: anything unknown is a student (the least
// trusted). Pure, so the auth code and the data layer share it without importing each other.
export type Role = 'student' | 'teacher' | 'admin';

export function toRole(value: unknown): Role {
  return value === 'teacher' || value === 'admin' ? value : 'student';
}
