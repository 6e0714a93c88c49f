import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import vnu from "vnu-jar";
import { ERROR_PATHS, UNLISTED_PATHS, sitemapPaths } from "./support";

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

test("every page is valid HTML (Nu HTML checker)", async ({ request }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), "vnu-"));
  const paths = [...(await sitemapPaths(request)), ...UNLISTED_PATHS, ...ERROR_PATHS];
  for (const [i, pagePath] of paths.entries()) {
    const html = await (await request.get(pagePath)).text();
    writeFileSync(path.join(dir, `${i}-${pagePath.replace(/[^a-z0-9]+/gi, "_")}.html`), html);
  }
  let output = "";
  try {
    execFileSync("java", ["-jar", vnu, "--errors-only", "--format", "json", dir], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    // vnu exits 1 when it finds errors and writes its report to stderr.
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages: VnuMessage[] = output ? JSON.parse(output).messages : [];
  const errors = messages.filter((m) => m.type === "error").map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ""}`);
  expect(errors).toEqual([]);
});
