import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The package test packs and installs the tarball; it sets its own, longer timeout.
    testTimeout: 10_000,
  },
});
