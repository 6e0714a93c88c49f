import type { NextPageContext } from "next";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout } from "@/components/layout/SiteLayout";
import navigationJson from "@/content/navigation.json";
import { navigationSchema, shellFor } from "@/lib/content/navigation";

/**
 * Every error Next.js answers without a page of its own (404 and 500 have theirs), above all 400
 * for a web address with broken %-encoding. Like every page it ships no JavaScript: Next's
 * default error page would add its scripts and __NEXT_DATA__. The navigation is read from its
 * data file directly because _error cannot use getStaticProps.
 */
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

interface Props {
  statusCode: number;
}

const shell = shellFor(navigationSchema.parse(navigationJson), "/_error", []);

export default function ErrorPage({ statusCode }: Props) {
  const badAddress = statusCode === 400;
  const title = badAddress ? "Sorry, we could not read that web address" : "Sorry, there is a problem";
  return (
    <SiteLayout {...shell}>
      <PageHead title={title} description="Something went wrong with this request." path="/_error" />
      <h1>{title}</h1>
      {badAddress ? (
        <p>If you typed the web address, check it is correct. If you pasted it, check you copied all of it.</p>
      ) : (
        <p>Try again later. Nothing you entered has been stored.</p>
      )}
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </SiteLayout>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => ({
  statusCode: res?.statusCode ?? err?.statusCode ?? 500,
});
