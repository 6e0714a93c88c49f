import type { GetServerSideProps } from "next";
import { SITE_FILES } from "@/lib/http/cache-control";
import { robotsTxt } from "@/lib/seo";
import { SITE } from "@/lib/site";

export const getServerSideProps: GetServerSideProps = async ({ res }) => {
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", SITE_FILES);
  res.end(robotsTxt(SITE.url));
  return { props: {} };
};

export default function Robots() {
  return null;
}
