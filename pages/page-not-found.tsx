import type { GetStaticProps } from "next";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";

/**
 * The page for every unknown address. Not pages/404: once app/ holds route handlers, Next.js
 * builds its App Router not-found page (with scripts) in place of pages/404, so deploy/server.mjs
 * sends this page's prerendered HTML with every HTML 404 instead.
 */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ shell: ShellProps }> = () => ({
  props: { shell: shellFor(getNavigation(), "/page-not-found", []) },
});

export default function NotFound({ shell }: { shell: ShellProps }) {
  return (
    <SiteLayout {...shell}>
      <PageHead title="Page not found" description="We could not find the page you asked for." path="/page-not-found" />
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can go to the <a href="/">home page</a>, <a href="/search">search this site</a> or use the{" "}
        <a href="/find-advocacy">advocacy finder</a>.
      </p>
    </SiteLayout>
  );
}
