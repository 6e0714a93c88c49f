import type { GetServerSideProps } from "next";
import { NO_STORE } from "@/lib/http/cache-control";

/** For load balancers and process managers: 200 while this instance can answer requests. */
export const getServerSideProps: GetServerSideProps = async ({ res }) => {
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", NO_STORE);
  res.end("ok\n");
  return { props: {} };
};

export default function Healthz() {
  return null;
}
