/**
 * A sample of bench/fuzz.mjs's hostile addresses: each must get an answer below 500.
 * None may start with "//": a client would read that as another host, not a path.
 */
export const FUZZ_SAMPLE: string[] = [
  "/%",
  "/%00",
  "/%ff%fe",
  "/..%2f..%2fetc%2fpasswd",
  "/a/../../b",
  "/.//evil.example/",
  "/%2F%2Fevil.example/",
  "/_next/static/..%2f..%2fpackage.json",
  "/_next/data/x/y.json",
  "/_next/image?url=%2Ffavicon.ico&w=64&q=75",
  `/${"a".repeat(4000)}`,
  "/search?q=%E0%A4%A",
  "/search?q=%00%01%02",
  "/search?q[]=a&q[]=b",
  "/search?q=(a%2B)%2B%24",
  `/search?q=${"%F0%9F%98%80".repeat(60)}`,
  "/search?q=__proto__&constructor=1",
  "/find-advocacy/result?nation=%00",
  "/find-advocacy/result?nation=england&nation=wales",
  "/find-advocacy/__proto__?nation=england",
  "/find-advocacy/nation?answering=%ZZ",
  "/api/finder?nation[]=england",
  "/api/finder?%=%",
  "/sitemap.xml?x=%",
  "/what-is-independent-advocacy?__nextDataReq=1",
  "/what-is-independent-advocacy/%2e%2e",
  "/500",
  "/500?nation=wales",
];
