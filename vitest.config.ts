import { defineConfig } from "vitest/config";

// Tests that start processes, build, pack or drive a browser: slower, and slower still under load, so they get a
// longer timeout. Everything else is the fast inner loop, `npm run test:unit`; its timeout still leaves room for a
// machine busy with other work, since a timeout is no speed check (the benchmarks are).
const PROCESS_TESTS = [
  "tests/package/**/*.test.ts",
  "tests/site/explorer.test.ts",
  "tests/cli/process.test.ts",
  "tests/scripts/build/quiet.test.ts",
  "tests/scripts/release/data-diff-cli.test.ts",
];

export default defineConfig({
  test: {
    // One worker per core (vitest's default leaves one core free): many files wait on processes they start.
    maxWorkers: "100%",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: PROCESS_TESTS, testTimeout: 30_000 },
      },
      { extends: true, test: { name: "process", include: PROCESS_TESTS, testTimeout: 180_000, hookTimeout: 300_000 } },
    ],
  },
});
