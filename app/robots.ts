import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/seo";
import { SITE } from "@/lib/site";

/** /robots.txt, written once at build time. */
export default function robots(): MetadataRoute.Robots {
  return robotsRules(SITE.url);
}
