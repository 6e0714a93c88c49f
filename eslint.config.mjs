import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const framework = ["react", "react-dom", "react-dom/*", "next", "next/*", "mdx-bundler", "mdx-bundler/*"];
const files = ["fs", "node:fs", "fs/*", "node:fs/*"];

/** Folder boundaries: pure rules know nothing of React or files; components never read files. */
const boundary = (patterns) => ({
  "@typescript-eslint/no-restricted-imports": ["error", { patterns, paths: [] }],
});

/** App Router files that render UI: each would ship React's client runtime (decision 0005). */
const APP_UI_FILES = "{page,layout,template,default,loading,error,global-error,not-found,forbidden,unauthorized}";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".bench-build/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "public/**"],
  },
  {
    rules: {
      // Pages ship no client router, so plain <a> links are right; next/link would add nothing.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: [`app/**/${APP_UI_FILES}.{js,jsx,ts,tsx,mdx}`],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Program", message: "app/ holds HTTP-only routes (route handlers, metadata routes). HTML pages go in pages/ (docs/decisions/0005)." },
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/content/loader.ts"],
    rules: boundary([
      { group: [...framework, ...files], message: "lib/ is pure: no React, Next.js or file access (only lib/content/loader.ts reads files)." },
      { group: ["@/components/*", "@/pages/*", "**/components/*", "**/pages/*"], message: "lib/ must not depend on components or pages." },
    ]),
  },
  {
    files: ["lib/finder/**/*.ts", "lib/organisations.ts"],
    rules: boundary([
      { group: [...framework, ...files], message: "The finder rules are pure: zod and data only." },
      { regex: "^(@/lib/content/|(\\.\\./)+content/(?!data/))", message: "The finder rules must not depend on the content pipeline." },
    ]),
  },
  {
    files: ["components/**/*.tsx", "components/**/*.ts"],
    rules: boundary([
      { group: files, message: "Components take props; they never read files." },
      { group: ["@/lib/content/loader", "**/lib/content/loader"], allowTypeImports: true, message: "Components take props; only pages call the content loader." },
      { group: ["@/pages/*", "**/pages/*"], message: "Components must not depend on pages." },
    ]),
  },
];

export default config;
