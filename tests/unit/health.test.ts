import { describe, expect, it } from "vitest";
import { healthLogLine, healthText } from "@/lib/health";

const broken = { ok: false, problems: ["The search index .next/search-index.json is broken (MiniSearch: cannot deserialize). Run `npm run build` again to rebuild it."] };

describe("/healthz", () => {
  it("tells the public only ok or unhealthy: no file names or library errors", () => {
    expect(healthText({ ok: true, problems: [] })).toBe("ok\n");
    expect(healthText(broken)).toBe("unhealthy\n");
  });

  it("gives the operator's log the problem and the fix, once", () => {
    const line = healthLogLine(broken, undefined);
    expect(line).toContain(".next/search-index.json is broken");
    expect(line).toContain("npm run build");
    expect(healthLogLine(broken, line)).toBeUndefined();
    expect(healthLogLine({ ok: true, problems: [] }, undefined)).toBeUndefined();
  });
});
