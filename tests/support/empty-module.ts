// Stands in for "server-only" under Vitest, which runs on the server anyway.
export {};
