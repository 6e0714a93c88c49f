import { describe, expect, it } from "vitest";
import { logPathMap } from "@/deploy/nginx-policy.mjs";

/** What nginx's access log records for a path: the first regex of the map that matches, as nginx does. */
function loggedAs(path: string): string {
  const entries = logPathMap()
    .split("\n")
    .map((line) => line.match(/^\s+~(\S+) "([^"]*)";$/))
    .filter((match): match is RegExpMatchArray => match !== null);
  const hit = entries.find(([, pattern]) => new RegExp(pattern!).test(path));
  return hit ? hit[2]! : path;
}

describe("nginx's access-log map", () => {
  it("records personal addresses as their route only", () => {
    expect(loggedAs("/find-advocacy/mha")).toBe("/find-advocacy/*");
    expect(loggedAs("/search")).toBe("/search");
    expect(loggedAs("/api/finder")).toBe("/api/*");
  });

  it("never records which finder question a data route names", () => {
    expect(loggedAs("/_next/data/DjhchqLtnO5CjM2ygHfCw/find-advocacy/mha.json")).toBe("/_framework-only");
    expect(loggedAs("/_next/image")).toBe("/_framework-only");
  });

  it("keeps ordinary pages and build files as they are", () => {
    expect(loggedAs("/your-rights")).toBe("/your-rights");
    expect(loggedAs("/_next/static/chunks/a.css")).toBe("/_next/static/chunks/a.css");
  });
});
