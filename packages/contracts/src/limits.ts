// Plain values with no zod import, so the web app can show the rules and choices without bundling the schemas.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** The curated symptom list the tracker offers as chips; free text is allowed beside it. */
export const COMMON_SYMPTOMS = [
  'Cramps',
  'Bloating',
  'Headache',
  'Fatigue',
  'Acne',
  'Hot flashes',
  'Night sweats',
  'Mood swings',
  'Anxiety',
  'Low mood',
  'Irritability',
  'Brain fog',
  'Insomnia',
  'Breast tenderness',
  'Back pain',
  'Pelvic pain',
  'Hair loss',
  'Cold intolerance',
  'Heart palpitations',
  'Sugar cravings',
  'Nausea',
  'Joint pain',
  'Heavy bleeding',
  'Spotting',
  'Low libido',
  'Dry skin',
] as const;

export const POST_CATEGORIES = [
  'General Discussion',
  'PCOS',
  'Thyroid',
  'Endometriosis',
  'Perimenopause & Menopause',
  'PMS & PMDD',
  'Fertility',
  'Nutrition & Lifestyle',
  'Mental Health',
] as const;

export const MAX_CART_QUANTITY = 99;

/** Upcoming consultations (not cancelled, not yet started) one person may hold at once. */
export const MAX_UPCOMING_BOOKINGS = 3;
