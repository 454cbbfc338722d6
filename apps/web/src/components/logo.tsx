import { HeartPulse } from 'lucide-react';
import { Link } from 'react-router-dom';

export function Logo({ to = '/' }: { to?: string }) {
  return (
    <Link
      to={to}
      className="flex items-center gap-2 rounded-lg text-lg font-semibold text-brand-800 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-700 text-white">
        <HeartPulse className="h-5 w-5" aria-hidden="true" />
      </span>
      HormoHelp
    </Link>
  );
}
