import { NextResponse, type NextRequest } from "next/server";

/** The site only reads: every other method gets 405, before any page code runs. */
export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") {
    // The error page's own address would answer 500 with nothing wrong: treat it as unknown.
    if (request.nextUrl.pathname === "/500") return NextResponse.rewrite(new URL("/404", request.url));
    return NextResponse.next();
  }
  return new NextResponse("Method not allowed. This site only answers GET and HEAD requests.\n", {
    status: 405,
    headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const config = {
  matcher: "/:path*",
};
