import type { GetStaticPaths, GetStaticProps } from "next";
import { GuidancePage } from "@/components/layout/GuidancePage";
import { MdxContent } from "@/components/layout/MdxContent";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getContentIndex, getNavigation, getPage, type CompiledPage } from "@/lib/content/loader";
import { easyReadLinks, type EasyReadLinks } from "@/lib/content/easy-read";
import { previousAndNext, shellFor, type NavLink } from "@/lib/content/navigation";
import { GLOSSARY } from "@/lib/content/glossary";
import { CONTACT_PATH, OPERATOR_CONTACT, reportProblemHref } from "@/lib/operator-contact";
import { ORGANISATIONS } from "@/lib/organisations";
import { showsQuickExit } from "@/lib/content/quick-exit";
import { absoluteUrl } from "@/lib/site";
import type { MdxData } from "@/components/mdx-components";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

interface Props {
  page: Omit<CompiledPage, "blocks">;
  shell: ShellProps;
  pager: { previous: NavLink | null; next: NavLink | null };
  easyRead: EasyReadLinks;
  data: MdxData;
  /** Null on /contact itself, which is where the link would go. */
  report: { href: string; pageUrl: string; byEmail: boolean } | null;
}

export const getStaticPaths: GetStaticPaths = () => ({
  paths: getContentIndex().map((page) => ({ params: { slug: page.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props> = async ({ params }) => {
  const slug = params?.slug;
  const href = `/${(Array.isArray(slug) ? slug : []).join("/")}`;
  const page = await getPage(href);
  if (!page) return { notFound: true };
  const nav = getNavigation();
  // A letter's someone-else voice sits in the navigation where its own address does.
  const navHref = page.letterVoice?.me ?? href;
  // The text blocks are for checks and search, not for the page: keep them out of the props.
  const { blocks: _blocks, ...pageProps } = page;
  return {
    props: {
      page: pageProps,
      shell: shellFor(nav, navHref),
      pager: previousAndNext(nav, navHref),
      easyRead: easyReadLinks(getContentIndex(), href),
      data: { organisations: ORGANISATIONS, glossary: GLOSSARY, operatorContact: OPERATOR_CONTACT, letterVoice: page.letterVoice },
      report:
        href === CONTACT_PATH
          ? null
          : { href: reportProblemHref(OPERATOR_CONTACT, absoluteUrl(href), href), pageUrl: absoluteUrl(href), byEmail: Boolean(OPERATOR_CONTACT?.email) },
    },
  };
};

export default function ContentPage({ page, shell, pager, easyRead, data, report }: Props) {
  return (
    <SiteLayout {...shell} quickExit={showsQuickExit(page.frontmatter)}>
      <GuidancePage page={page} pager={pager} report={report} easyRead={easyRead}>
        <MdxContent code={page.code} data={data} />
      </GuidancePage>
    </SiteLayout>
  );
}
