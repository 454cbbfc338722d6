export interface Option {
  value: string;
  label: string;
}

export const CONDITION_OPTIONS: Option[] = [
  { value: 'pcos', label: 'PCOS (polycystic ovary syndrome)' },
  { value: 'hypothyroidism', label: 'Hypothyroidism (underactive thyroid)' },
  { value: 'hyperthyroidism', label: 'Hyperthyroidism (overactive thyroid)' },
  { value: 'endometriosis', label: 'Endometriosis' },
  { value: 'perimenopause', label: 'Perimenopause' },
  { value: 'menopause', label: 'Menopause' },
  { value: 'pms', label: 'PMS (premenstrual syndrome)' },
  { value: 'pmdd', label: 'PMDD (premenstrual dysphoric disorder)' },
  { value: 'exploring', label: 'No diagnosis: I am trying to understand my symptoms' },
];

export const GOAL_OPTIONS: Option[] = [
  { value: 'understand-symptoms', label: 'Understand my symptoms and their patterns' },
  { value: 'track-cycle', label: 'Track my cycle' },
  { value: 'manage-pain', label: 'Manage pain' },
  { value: 'energy-sleep', label: 'Improve my energy and sleep' },
  { value: 'nutrition', label: 'Eat in a way that supports my hormones' },
  { value: 'doctor-visits', label: 'Prepare for doctor visits' },
  { value: 'community', label: 'Connect with people who understand' },
  { value: 'expert', label: 'Talk to an expert' },
];

export const REGULARITY_OPTIONS: Option[] = [
  { value: 'regular', label: 'Mostly regular' },
  { value: 'irregular', label: 'Irregular' },
  { value: 'not-sure', label: 'Not sure' },
  { value: 'no-periods', label: 'I do not have periods at the moment' },
];

export const AGE_RANGE_OPTIONS: Option[] = [
  { value: '18-24', label: '18–24' },
  { value: '25-34', label: '25–34' },
  { value: '35-44', label: '35–44' },
  { value: '45-54', label: '45–54' },
  { value: '55+', label: '55 or over' },
  { value: 'prefer-not-to-say', label: 'Prefer not to say' },
];
