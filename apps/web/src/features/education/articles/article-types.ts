export type ConditionTag = 'pcos' | 'thyroid' | 'endometriosis' | 'menopause' | 'pms' | 'nutrition';

export interface ArticleSection {
  heading?: string;
  paragraphs: string[];
}

export interface Article {
  slug: string;
  title: string;
  condition: ConditionTag;
  summary: string;
  sections: ArticleSection[];
  /** Signs that mean this is a conversation for a doctor, not for an app. */
  seeADoctor: string[];
}
