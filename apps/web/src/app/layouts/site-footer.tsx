import { Link } from 'react-router-dom';

const linkClass =
  'rounded text-stone-700 underline-offset-4 hover:text-brand-800 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600';

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p className="text-stone-600">
          © {new Date().getFullYear()} HormoHelp. General information, not medical advice. In an emergency,
          call 112.
        </p>
        <nav aria-label="Legal">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link to="/privacy" className={linkClass}>
                Privacy policy
              </Link>
            </li>
            <li>
              <Link to="/terms" className={linkClass}>
                Terms of service
              </Link>
            </li>
            <li>
              <a href="mailto:support@hormohelp.in" className={linkClass}>
                Contact
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
