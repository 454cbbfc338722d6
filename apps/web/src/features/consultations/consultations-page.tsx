import { MAX_UPCOMING_BOOKINGS } from '@hormohelp/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Stethoscope } from 'lucide-react';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Skeleton } from '@/components/skeleton';
import { useAuth } from '@/features/auth';
import { getErrorMessage } from '@/lib/api-client';
import { itemsOfPages } from '@/lib/cursor-pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { bookingsQueryOptions } from './api/bookings-query';
import { expertsQueryOptions } from './api/experts-query';
import { BookingLimitHint, BookingLimitNotice } from './components/booking-limit-notice';
import { BookingList } from './components/booking-list';
import { BookingWizard } from './components/booking-wizard';
import { isUpcomingBooking } from './lib/slots';

export default function ConsultationsPage() {
  useDocumentTitle('Consultations');
  const { user } = useAuth();
  const experts = useQuery(expertsQueryOptions());
  const bookings = useInfiniteQuery(bookingsQueryOptions());
  const canBook = user?.emailVerified === true;
  const isAtBookingLimit =
    itemsOfPages(bookings.data).filter((booking) => isUpcomingBooking(booking)).length >=
    MAX_UPCOMING_BOOKINGS;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Consultations"
        description="Book a private video, phone or chat consultation with a gynaecologist, endocrinologist, nutritionist or therapist who knows hormonal health."
      />
      <section aria-labelledby="book-title">
        <Card>
          <h2 id="book-title" className="mb-4 text-lg font-semibold text-stone-900">
            Book a consultation
          </h2>
          {!canBook ? (
            <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
              Verify your email to book a consultation, so your expert can reach you. Open the link we emailed
              you when you signed up.
            </p>
          ) : isAtBookingLimit ? (
            <BookingLimitNotice />
          ) : experts.isPending ? (
            <div className="grid gap-3 md:grid-cols-2" aria-busy="true">
              {[0, 1, 2, 3].map((key) => (
                <Skeleton key={key} className="h-32 w-full rounded-xl" />
              ))}
            </div>
          ) : !experts.data || experts.data.length === 0 ? (
            <EmptyState
              icon={Stethoscope}
              title={experts.data ? 'No experts are available' : 'The experts could not be loaded'}
              description={experts.data ? 'Please check back soon.' : getErrorMessage(experts.error)}
              action={
                <Button loading={experts.isFetching} onClick={() => void experts.refetch()}>
                  Try again
                </Button>
              }
            />
          ) : (
            <>
              <BookingLimitHint />
              <BookingWizard experts={experts.data} />
            </>
          )}
        </Card>
      </section>
      <section aria-labelledby="bookings-title">
        <h2 id="bookings-title" className="mb-4 text-lg font-semibold text-stone-900">
          Your bookings
        </h2>
        <BookingList experts={experts.data ?? []} />
      </section>
    </div>
  );
}
