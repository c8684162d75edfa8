/** @type {import('jest').Config} The console's browser tests: `npm run test:e2e` (Debian's Chromium at /usr/bin/chromium). */
import base from '../../jest.config.js';

export default {
  ...base,
  rootDir: '../..',
  testMatch: ['<rootDir>/console/e2e/**/*.e2e.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  maxWorkers: 1,
  // A whole hub and a browser on a shared 2-core machine: generous, and the waits inside are generous too.
  testTimeout: 600_000,
};
