import { SITE_FILES } from "@/lib/http/cache-control";
import { NO_SECURITY_CONTACT, securityTxt } from "@/lib/http/security-txt";
import { OPERATOR_CONTACT } from "@/lib/operator-contact";
import { SITE } from "@/lib/site";

/** GET /.well-known/security.txt (RFC 9116), from the operator contact setting. */
export function GET(): Response {
  const body = securityTxt(OPERATOR_CONTACT, SITE.url, new Date());
  if (body === null) {
    return new Response(NO_SECURITY_CONTACT, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": SITE_FILES } });
}
