import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
    },
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"],
    testTimeout: 60_000,
    // The content tests compile every MDX page once in beforeAll; that grows with the site.
    hookTimeout: 60_000,
  },
});
