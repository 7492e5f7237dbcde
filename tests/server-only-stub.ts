// Stands in for `server-only` under vitest, where no client bundle exists to guard.
export {};
