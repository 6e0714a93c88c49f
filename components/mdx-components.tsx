import type { ComponentProps } from "react";
import { Blank } from "./content/Blank";
import { AskSheet, Point } from "./content/EasyRead";
import { Glossary } from "./content/Glossary";
import { InsetText } from "./content/InsetText";
import { AboutThePerson, Letter, LetterHead, Voice, VoiceText } from "./content/Letter";
import { OperatorContact } from "./content/OperatorContact";
import { OrganisationList } from "./content/OrganisationList";
import { StartButton } from "./content/StartButton";
import { TickList } from "./content/TickList";
import { WarningText } from "./content/WarningText";
import { FindYourCouncil } from "./local/FindYourCouncil";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { linkInVoice, type LetterVoice } from "@/lib/letter-voices";
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
  /** On a letter written in two voices, the voice at this address (see lib/letter-voices.ts). */
  letterVoice?: LetterVoice | null;
}

export function mdxComponents(data: MdxData) {
  return {
    InsetText,
    WarningText,
    StartButton,
    Letter: (props: Omit<ComponentProps<typeof Letter>, "voice">) => <Letter voice={data.letterVoice ?? null} {...props} />,
    LetterHead,
    Voice: (props: Omit<ComponentProps<typeof Voice>, "voice">) => <Voice voice={data.letterVoice ?? null} {...props} />,
    VoiceText: (props: Omit<ComponentProps<typeof VoiceText>, "voice">) => <VoiceText voice={data.letterVoice ?? null} {...props} />,
    AboutThePerson: (props: Omit<ComponentProps<typeof AboutThePerson>, "voice">) => <AboutThePerson voice={data.letterVoice ?? null} {...props} />,
    Blank,
    TickList,
    OrganisationList: (props: Omit<ComponentProps<typeof OrganisationList>, "organisations">) => (
      <OrganisationList organisations={data.organisations} {...props} />
    ),
    Glossary: () => <Glossary entries={data.glossary} />,
    OperatorContact: () => <OperatorContact contact={data.operatorContact} />,
    Point,
    AskSheet,
    // A letter for someone else links the other letters in that voice too (a refusal letter, say).
    a: ({ href, ...props }: ComponentProps<"a">) => <a href={href === undefined ? href : linkInVoice(href, data.letterVoice ?? null)} {...props} />,
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
