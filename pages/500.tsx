import type { GetStaticProps } from "next";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ shell: ShellProps }> = () => ({
  props: { shell: shellFor(getNavigation(), "/500", []) },
});

export default function ServerError({ shell }: { shell: ShellProps }) {
  return (
    <SiteLayout {...shell}>
      <PageHead title="Sorry, there is a problem" description="Something went wrong on our side." path="/500" />
      <h1>Sorry, there is a problem with this page</h1>
      <p>Try again later. Nothing you entered has been stored.</p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </SiteLayout>
  );
}
