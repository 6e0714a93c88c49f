import type { GetServerSideProps } from "next";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import type { ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { NO_STORE } from "@/lib/http/cache-control";

/**
 * Every 404 ends here (next.config.ts rewrites unmatched addresses to it). Once app/ holds a
 * route, Next.js renders its own 404s with the App Router's built-in page, which ships React;
 * this page answers 404 with our markup and no script instead (docs/decisions/0005).
 */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<{ shell: ShellProps }> = async ({ res }) => {
  res.statusCode = 404;
  // As Next.js does for its own 404s; deploy/server.mjs gives the plain-address ones a short public lifetime.
  res.setHeader("Cache-Control", NO_STORE);
  return { props: { shell: shellFor(getNavigation(), "/404", []) } };
};

export default NotFoundPage;
