import type { Db } from '../db/client';

/** Loads the demo city into an empty database (first start). Replaced by the real loader. */
export async function ensureDemoData(_db: Db): Promise<void> {}
