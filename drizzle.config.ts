import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema (npm run db:generate) and never edited afterwards.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle'
});
