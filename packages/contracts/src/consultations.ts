import { z } from 'zod';
import { isoDateSchema, listOf, timestampSchema, uuidSchema } from './common';

export const CONSULTATION_TYPES = ['video', 'phone', 'chat'] as const;
export type ConsultationType = (typeof CONSULTATION_TYPES)[number];

export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');

export const slotSchema = z.object({ date: isoDateSchema, time: timeSchema });

export const expertSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  specialties: z.array(z.string()),
  consultationTypes: z.array(z.enum(CONSULTATION_TYPES)),
  slots: z.array(slotSchema),
});
export type Expert = z.infer<typeof expertSchema>;
export const expertListSchema = z.object({ items: z.array(expertSchema) });
export type ExpertList = z.infer<typeof expertListSchema>;

export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled'] as const;

export const bookingSchema = z.object({
  id: uuidSchema,
  expertId: z.string(),
  type: z.enum(CONSULTATION_TYPES),
  date: isoDateSchema,
  time: timeSchema,
  status: z.string(),
  notes: z.string(),
  createdAt: timestampSchema,
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingListSchema = listOf(bookingSchema);

export const createBookingBodySchema = z.object({
  expertId: z.string().min(1).max(100),
  type: z.enum(CONSULTATION_TYPES),
  date: isoDateSchema,
  time: timeSchema,
  notes: z.string().max(2000).optional(),
});
