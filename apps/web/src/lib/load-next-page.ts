import toast from 'react-hot-toast';
import { getErrorMessage } from './api-client';

type FetchNextPage = (options: {
  cancelRefetch: boolean;
}) => Promise<{ isFetchNextPageError: boolean; error: unknown }>;

/**
 * "Load more" of a list already shown: the next page, or a toast saying why it did not come, since
 * the list stays where it was. A press while the page is on its way waits for that one.
 */
export async function loadNextPage(fetchNextPage: FetchNextPage): Promise<void> {
  const result = await fetchNextPage({ cancelRefetch: false });
  if (result.isFetchNextPageError) toast.error(getErrorMessage(result.error));
}
