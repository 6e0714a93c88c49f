import type { GetServerSideProps } from "next";
import { healthStatus, healthText } from "@/lib/health";
import { NO_STORE } from "@/lib/http/cache-control";

/** For load balancers and process managers: 200 while this instance can answer requests. */
export const getServerSideProps: GetServerSideProps = async ({ res }) => {
  const status = await healthStatus();
  res.statusCode = status.ok ? 200 : 503;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", NO_STORE);
  res.end(healthText(status));
  return { props: {} };
};

export default function Healthz() {
  return null;
}
