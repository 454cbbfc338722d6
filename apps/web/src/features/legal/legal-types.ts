export interface LegalSection {
  id: string;
  heading: string;
  paragraphs?: string[];
  items?: string[];
  after?: string[];
}

export interface LegalDocumentContent {
  title: string;
  lastUpdated: string;
  intro: string;
  sections: LegalSection[];
}
