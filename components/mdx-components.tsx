import type { ComponentProps } from "react";
import { Blank } from "./content/Blank";
import { AskSheet, Point } from "./content/EasyRead";
import { Glossary } from "./content/Glossary";
import { InsetText } from "./content/InsetText";
import { Letter, LetterHead } from "./content/Letter";
import { OperatorContact } from "./content/OperatorContact";
import { OrganisationList } from "./content/OrganisationList";
import { StartButton } from "./content/StartButton";
import { TickList } from "./content/TickList";
import { WarningText } from "./content/WarningText";
import { FindYourCouncil } from "./local/FindYourCouncil";
import type { GlossaryEntry } from "@/lib/content/glossary";
import type { OperatorContact as Contact } from "@/lib/operator-contact";
import type { Organisation } from "@/lib/organisations";

/**
 * The ONE map of components an MDX page may use, by name. MDX files never import.
 * Components that need data get it here, bound from the page's props.
 */
export interface MdxData {
  organisations: Organisation[];
  glossary: GlossaryEntry[];
  /** Whoever runs this copy of the site, or null when they have set no contact. */
  operatorContact: Contact | null;
}

export function mdxComponents(data: MdxData) {
  return {
    InsetText,
    WarningText,
    StartButton,
    Letter,
    LetterHead,
    Blank,
    TickList,
    OrganisationList: (props: Omit<ComponentProps<typeof OrganisationList>, "organisations">) => (
      <OrganisationList organisations={data.organisations} {...props} />
    ),
    Glossary: () => <Glossary entries={data.glossary} />,
    OperatorContact: () => <OperatorContact contact={data.operatorContact} />,
    Point,
    AskSheet,
    FindYourCouncil,
    table: (props: ComponentProps<"table">) => (
      <div className="table-wrap">
        <table {...props} />
      </div>
    ),
  };
}

/** Names authors may use in MDX (the map's capitalised keys). tests/content/mdx-components.test.ts checks MDX files and docs against it. */
export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents({ organisations: [], glossary: [], operatorContact: null })).filter((name) => /^[A-Z]/.test(name));
