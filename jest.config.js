/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Rebuilds dist/ when a source is newer (the CLI tests run the built program).
  globalSetup: "<rootDir>/test/globalSetup.js",
  // Browser API stand-ins for jsdom tests (Fluent UI); a no-op in the node environment.
  setupFilesAfterEnv: ["<rootDir>/test/setup-jsdom.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 30000,
};
