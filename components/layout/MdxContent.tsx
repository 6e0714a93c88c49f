import { getMDXComponent } from "mdx-bundler/client";
import { useMemo } from "react";
import { mdxComponents, type MdxData } from "../mdx-components";

/** Evaluates a page compiled at build time. Pages render only on the server, once per build. */
export function MdxContent({ code, data }: { code: string; data: MdxData }) {
  const Body = useMemo(() => getMDXComponent(code), [code]);
  // eslint-disable-next-line react-hooks/static-components -- the component is memoised per compiled page
  return <Body components={mdxComponents(data)} />;
}
