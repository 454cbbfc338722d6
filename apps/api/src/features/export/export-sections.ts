import type { ExportDocument } from '@hormohelp/contracts';
import type { BookingRow } from '../consultations/booking-repository';
import { toBooking } from '../consultations/to-booking';
import type { OrderRow } from '../orders/order-rows';
import { toOrder } from '../orders/order-rows';
import type { SymptomLogRow } from '../symptoms/symptom-repository';
import { toSymptomLog } from '../symptoms/to-symptom-log';
import { EXPORT_QUERIES } from './export-repository';

type ArrayKey = keyof typeof EXPORT_QUERIES;

interface Section<K extends ArrayKey> {
  key: K;
  sql: string;
  toItem(row: never): ExportDocument[K][number];
}

const iso = (date: Date) => date.toISOString();

/** The array sections of the export, in document order, each with the contract shape of its items. */
export const EXPORT_SECTIONS: Section<ArrayKey>[] = [
  {
    key: 'consentHistory',
    sql: EXPORT_QUERIES.consentHistory,
    toItem: (row: { granted: boolean; policy_version: string | null; recorded_at: Date }) => ({
      granted: row.granted,
      policyVersion: row.policy_version,
      at: iso(row.recorded_at),
    }),
  },
  { key: 'symptomLogs', sql: EXPORT_QUERIES.symptomLogs, toItem: (row: SymptomLogRow) => toSymptomLog(row) },
  {
    key: 'posts',
    sql: EXPORT_QUERIES.posts,
    toItem: (row: { id: string; title: string; body: string; category: string; created_at: Date }) => ({
      id: row.id,
      title: row.title,
      body: row.body,
      category: row.category,
      createdAt: iso(row.created_at),
    }),
  },
  {
    key: 'comments',
    sql: EXPORT_QUERIES.comments,
    toItem: (row: { id: string; post_id: string; body: string; created_at: Date }) => ({
      id: row.id,
      postId: row.post_id,
      body: row.body,
      createdAt: iso(row.created_at),
    }),
  },
  {
    key: 'likes',
    sql: EXPORT_QUERIES.likes,
    toItem: (row: { post_id: string; created_at: Date }) => ({
      postId: row.post_id,
      createdAt: iso(row.created_at),
    }),
  },
  { key: 'bookings', sql: EXPORT_QUERIES.bookings, toItem: (row: BookingRow) => toBooking(row) },
  {
    key: 'cart',
    sql: EXPORT_QUERIES.cart,
    toItem: (row: {
      id: string;
      product_id: number;
      product_name: string;
      quantity: number;
      created_at: Date;
    }) => ({
      id: row.id,
      productId: row.product_id,
      productName: row.product_name,
      quantity: row.quantity,
      createdAt: iso(row.created_at),
    }),
  },
  { key: 'orders', sql: EXPORT_QUERIES.orders, toItem: (row: OrderRow) => toOrder(row) },
  {
    key: 'sessions',
    sql: EXPORT_QUERIES.sessions,
    toItem: (row: {
      family_id: string;
      created_at: Date;
      last_used_at: Date;
      user_agent: string | null;
      expires_at: Date;
      revoked_at: Date | null;
    }) => ({
      id: row.family_id,
      createdAt: iso(row.created_at),
      lastUsedAt: iso(row.last_used_at),
      userAgent: row.user_agent,
      expiresAt: iso(row.expires_at),
      endedAt: row.revoked_at && iso(row.revoked_at),
    }),
  },
];
