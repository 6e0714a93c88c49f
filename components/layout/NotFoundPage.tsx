import { PageHead } from "./PageHead";
import { SiteLayout, type ShellProps } from "./SiteLayout";

/** "Page not found": the one 404 body, for pages/404 and every route that answers 404 itself. */
export function NotFoundPage({ shell }: { shell: ShellProps }) {
  return (
    <SiteLayout {...shell}>
      <PageHead title="Page not found" description="We could not find the page you asked for." path="/404" />
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
