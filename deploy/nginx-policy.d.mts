// Types for nginx-policy.mjs (plain JavaScript, run unbuilt by deploy/run-local.sh).
export function securityHeadersSnippet(): string;
export function logPathMap(): string;
