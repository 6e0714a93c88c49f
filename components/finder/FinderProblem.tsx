import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";

/** Shown when the web address holds an answer the finder does not know. */
export function FinderProblem({ shell, message, startHref }: { shell: ShellProps; message: string; startHref: string }) {
  return (
    <SiteLayout {...shell}>
      <PageHead title="Error: there is a problem with this web address" description={message} path="/find-advocacy/problem" />
      <h1>There is a problem with this web address</h1>
      <div className="error-summary" role="alert">
        <p>{message}</p>
      </div>
      <p>This can happen if part of the address was changed or cut off.</p>
      <p>
        <a href={startHref}>Start the advocacy finder again</a>
      </p>
    </SiteLayout>
  );
}
