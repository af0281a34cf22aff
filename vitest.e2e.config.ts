import { defineConfig } from 'vitest/config';

// Real browsers load the built extension (.output/); run `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
