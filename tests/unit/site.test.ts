import { describe, expect, it } from "vitest";
import { siteUrlWarning } from "@/lib/site";

describe("SITE_URL warning", () => {
  it("names the setting when a production build has none", () => {
    expect(siteUrlWarning({ NODE_ENV: "production" })).toMatch(/SITE_URL is not set/);
    expect(siteUrlWarning({ NODE_ENV: "production", SITE_URL: " " })).toMatch(/SITE_URL=https:/);
  });

  it("stays quiet when it is set, and in development", () => {
    expect(siteUrlWarning({ NODE_ENV: "production", SITE_URL: "https://example.org" })).toBeNull();
    expect(siteUrlWarning({ NODE_ENV: "development" })).toBeNull();
  });
});
