import type {} from "mdast-util-mdxjs-esm";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

/** Content is data: MDX files may use the shared component map, but never import or export code. */
export function remarkNoEsm() {
  return (tree: Root, file: VFile) => {
    visit(tree, "mdxjsEsm", () => {
      file.fail("MDX files may not contain import or export statements; use components from components/mdx-components.tsx");
    });
  };
}
