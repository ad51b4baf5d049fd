import { defineConfig } from 'drizzle-kit';

// Generate with `npm run db:generate -- --name <purpose>` and review the SQL before committing.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src-main/db/schema.ts',
  out: './src-main/db/migrations',
});
