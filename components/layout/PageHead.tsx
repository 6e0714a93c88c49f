import Head from "next/head";
import { isIndexable } from "@/lib/http/route-policy.mjs";
import { SITE, absoluteUrl } from "@/lib/site";

interface Props {
  title: string;
  description: string;
  /** Site path, e.g. "/your-rights". */
  path: string;
  lastReviewed?: string;
}

export function PageHead({ title, description, path, lastReviewed }: Props) {
  // Whether search engines may list the page comes from the route-policy table, not the page.
  const noindex = !isIndexable(path);
  const fullTitle = path === "/" ? `${SITE.name}: ${SITE.tagline}` : `${title} - ${SITE.name}`;
  const url = absoluteUrl(path);
  const jsonLd = lastReviewed
    ? {
        "@context": "https://schema.org",
        "@type": "WebPage",
        name: title,
        description,
        url,
        inLanguage: "en-GB",
        lastReviewed,
        dateModified: lastReviewed,
        isPartOf: { "@type": "WebSite", name: SITE.name, url: absoluteUrl("/") },
      }
    : null;
  return (
    <Head>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {noindex ? <meta name="robots" content="noindex, nofollow" /> : <link rel="canonical" href={url} />}
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={SITE.name} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content="en_GB" />
      {jsonLd && (
        <script
          type="application/ld+json"
          // JSON-LD is data, not code: it is never executed, so the CSP does not apply to it.
          dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
        />
      )}
    </Head>
  );
}
