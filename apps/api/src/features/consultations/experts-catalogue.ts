import type { ConsultationType } from '@hormohelp/contracts';

/** Weekdays as in Date#getUTCDay: 0 is Sunday. */
type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CatalogueExpert {
  id: string;
  name: string;
  title: string;
  specialties: string[];
  consultationTypes: ConsultationType[];
  /** Start times (HH:MM, India Standard Time) of 30-minute consultations, by weekday. */
  weeklySchedule: Partial<Record<Weekday, string[]>>;
}

const MORNING = ['10:00', '10:30', '11:00', '11:30'];
const AFTERNOON = ['14:00', '14:30', '15:00', '15:30'];
const EVENING = ['18:00', '18:30', '19:00'];

/**
 * The experts a person can book. Checked in rather than stored: it changes with a release, and
 * bookings refer to an expert by this stable id.
 */
export const EXPERTS: readonly CatalogueExpert[] = [
  {
    id: 'dr-ananya-iyer',
    name: 'Dr. Ananya Iyer',
    title: 'Gynaecologist & PCOS specialist',
    specialties: ['PCOS', 'Irregular cycles', 'Insulin resistance'],
    consultationTypes: ['video', 'phone', 'chat'],
    weeklySchedule: { 1: MORNING, 3: MORNING, 5: [...MORNING, ...AFTERNOON] },
  },
  {
    id: 'dr-rohan-mehta',
    name: 'Dr. Rohan Mehta',
    title: 'Endocrinologist & thyroid specialist',
    specialties: ['Thyroid', 'Hypothyroidism', "Hashimoto's"],
    consultationTypes: ['video', 'phone'],
    weeklySchedule: { 2: AFTERNOON, 4: AFTERNOON, 6: MORNING },
  },
  {
    id: 'dr-kavita-deshpande',
    name: 'Dr. Kavita Deshpande',
    title: 'Gynaecologist & certified menopause practitioner',
    specialties: ['Perimenopause', 'Menopause', 'Hormone therapy'],
    consultationTypes: ['video', 'chat'],
    weeklySchedule: { 1: AFTERNOON, 2: MORNING, 4: MORNING },
  },
  {
    id: 'dr-sneha-reddy',
    name: 'Dr. Sneha Reddy',
    title: 'Reproductive medicine & fertility specialist',
    specialties: ['Fertility', 'Ovulation tracking', 'Endometriosis'],
    consultationTypes: ['video', 'phone'],
    weeklySchedule: { 3: AFTERNOON, 5: MORNING, 6: AFTERNOON },
  },
  {
    id: 'priya-nair',
    name: 'Priya Nair',
    title: 'Clinical nutritionist for hormonal health',
    specialties: ['Nutrition', 'PCOS diet', 'Thyroid diet'],
    consultationTypes: ['video', 'phone', 'chat'],
    weeklySchedule: { 1: EVENING, 2: EVENING, 3: EVENING, 4: EVENING, 5: EVENING },
  },
  {
    id: 'dr-arjun-kapoor',
    name: 'Dr. Arjun Kapoor',
    title: 'Psychiatrist for women’s mental health',
    specialties: ['Mental health', 'PMDD', 'Postpartum mood', 'Anxiety'],
    consultationTypes: ['video', 'chat'],
    weeklySchedule: { 2: EVENING, 4: EVENING, 6: [...MORNING, ...AFTERNOON] },
  },
];

export const findExpert = (id: string) => EXPERTS.find((expert) => expert.id === id);
