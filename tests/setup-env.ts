import { inject } from 'vitest';

// lib/db reads DATABASE_URL on first use, so this must run before any test touches it.
process.env.DATABASE_URL = inject('databaseUrl');
