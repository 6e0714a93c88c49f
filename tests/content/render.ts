import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toString } from "hast-util-to-string";
import { getMDXComponent } from "mdx-bundler/client";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { mdxComponents } from "@/components/mdx-components";
import type { CompiledPage } from "@/lib/content/loader";
import { GLOSSARY } from "@/lib/content/glossary";
import { ORGANISATIONS } from "@/lib/organisations";

/** The page body as the site renders it (a two-voice letter in the voice at its address). */
export function renderBody(page: CompiledPage): string {
  const Body = getMDXComponent(page.code);
  return renderToStaticMarkup(createElement(Body, { components: mdxComponents({ organisations: ORGANISATIONS, glossary: GLOSSARY, operatorContact: null, letterVoice: page.letterVoice }) }));
}

export function linksIn(html: string): string[] {
  return selectAll("a[href]", fromHtml(html, { fragment: true })).map((a) => String(a.properties.href));
}

export function idsIn(html: string): Set<string> {
  return new Set(selectAll("[id]", fromHtml(html, { fragment: true })).map((el) => String(el.properties.id)));
}

/** The plain text of every element matching the selector, e.g. ".letter". */
export function textIn(html: string, selector: string): string {
  return selectAll(selector, fromHtml(html, { fragment: true })).map((el) => toString(el)).join("\n");
}
