export interface LegalSection {
  id: string;
  heading: string;
  paragraphs?: string[];
  items?: string[];
  after?: string[];
  /** A page of the app where the section can be acted on, shown after its text. */
  link?: { to: string; label: string };
}

export interface LegalDocumentContent {
  title: string;
  lastUpdated: string;
  intro: string;
  sections: LegalSection[];
}
