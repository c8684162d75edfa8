// Jest loads global set-up outside its module system, so the TypeScript set-up is loaded through tsx.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { setUpTestDatabase } = await tsImport('./database-setup.ts', import.meta.url);
  globalThis.shubhTestDatabase = await setUpTestDatabase();
}
