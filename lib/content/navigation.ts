import { z } from "zod";

const linkSchema = z.object({ title: z.string().min(1), href: z.string().startsWith("/") }).strict();

export const navigationSchema = z
  .object({
    header: z.array(linkSchema).min(1),
    sections: z.array(
      z.object({ title: z.string().min(1), href: z.string().startsWith("/"), pages: z.array(linkSchema).min(1) }).strict(),
    ),
    footer: z.array(linkSchema),
  })
  .strict();

export type Navigation = z.infer<typeof navigationSchema>;
export type NavLink = z.infer<typeof linkSchema>;

/** Every page in reading order: the order previous/next links follow. */
export function readingOrder(nav: Navigation): NavLink[] {
  return nav.sections.flatMap((section) => section.pages);
}

/** Home, then the section (unless this page is the section's own page), then the page itself. */
export function breadcrumbsFor(nav: Navigation, href: string): NavLink[] {
  const home: NavLink = { title: "Home", href: "/" };
  if (href === "/") return [];
  const section = nav.sections.find((s) => s.pages.some((p) => p.href === href));
  const page = section?.pages.find((p) => p.href === href);
  if (!section || !page) return [home];
  const trail = [home];
  if (section.href !== href) trail.push({ title: section.title, href: section.href });
  trail.push(page);
  return trail;
}

export function previousAndNext(nav: Navigation, href: string): { previous: NavLink | null; next: NavLink | null } {
  const order = readingOrder(nav);
  const index = order.findIndex((p) => p.href === href);
  if (index === -1) return { previous: null, next: null };
  return { previous: order[index - 1] ?? null, next: order[index + 1] ?? null };
}

/** Everything the site shell needs for one page, as plain props. */
export function shellFor(nav: Navigation, href: string, breadcrumbs: NavLink[] = breadcrumbsFor(nav, href)) {
  return { headerLinks: nav.header, footerLinks: nav.footer, breadcrumbs, currentHref: href };
}
