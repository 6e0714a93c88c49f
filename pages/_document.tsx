import { Head, Html, Main, NextScript } from "next/document";
import { SkipLink } from "@/components/layout/SkipLink";

/**
 * Pages ship no framework JavaScript (see docs/decisions/0001-rendering.md).
 * The only script is /enhance.js: small, first-party, optional.
 */
export default function Document() {
  return (
    <Html lang="en-GB">
      <Head>
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <meta name="theme-color" content="#1d4f91" />
        <script src="/enhance.js" defer />
      </Head>
      <body>
        <SkipLink />
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
