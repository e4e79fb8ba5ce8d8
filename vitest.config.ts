import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    globalSetup: ["test/setup/build.ts"],
    // Under CI a JSON report is written too, so .ci/run can print a plain "N passed, N failed".
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".vitest/results.json" }]] : ["default"],
  },
});
