import type { GetStaticProps } from "next";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import type { ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ shell: ShellProps }> = () => ({
  props: { shell: shellFor(getNavigation(), "/404", []) },
});

export default NotFoundPage;
