export default async function globalTeardown() {
  await globalThis.shubhTestDatabase?.drop();
}
