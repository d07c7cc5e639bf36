import { sql } from 'drizzle-orm';

/**
 * Which transactions the database counts as committed right now (PostgreSQL's
 * pg_current_snapshot: the oldest still running, the next id to be given, the ones running
 * between). Only a transaction that writes is given an id, so the same text twice means that
 * nothing was written and committed in between, and anything read after the first was read
 * from the same data. Unlike a counter kept by triggers, it needs no lock and no table, and a
 * write that is not yet committed cannot be seen in it. The page cache (http/page-cache.ts)
 * keys its pages by it, read as a column of the session's query, which every request makes
 * anyway (auth/validate-session.ts).
 */
export const currentSnapshot = sql<string>`pg_current_snapshot()::text`;
