import { BookOpen, CalendarHeart, LineChart, MessagesSquare, NotebookPen, ShoppingBag } from 'lucide-react';

const features = [
  {
    icon: NotebookPen,
    title: 'A daily log in under a minute',
    text: 'Pick your symptoms, rate severity, mood, energy and sleep from 1 to 10, and add a note.',
  },
  {
    icon: LineChart,
    title: 'Trends you can see',
    text: 'Charts over 7, 30 and 90 days, your most frequent symptoms and your logging streak.',
  },
  {
    icon: BookOpen,
    title: 'Clear, careful articles',
    text: 'A library on PCOS, thyroid health, endometriosis, menopause, PMS and nutrition, in plain language.',
  },
  {
    icon: MessagesSquare,
    title: 'A kind community',
    text: 'Ask questions and share what helped, with people who have been there.',
  },
  {
    icon: CalendarHeart,
    title: 'Expert consultations',
    text: 'Book a video, phone or chat session with gynaecologists, endocrinologists and nutritionists.',
  },
  {
    icon: ShoppingBag,
    title: 'A considered shop',
    text: 'Heat packs, trackers and supplements, paid securely in rupees through Razorpay.',
  },
];

export function FeaturesSection() {
  return (
    <section aria-labelledby="features-heading" className="border-y border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2
          id="features-heading"
          className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl"
        >
          What you can do with HormoHelp
        </h2>
        <ul className="mt-8 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {features.map(({ icon: Icon, title, text }) => (
            <li key={title} className="flex gap-4">
              <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
                <Icon className="h-5 w-5" aria-hidden="true" />
              </span>
              <div>
                <h3 className="font-semibold text-stone-900">{title}</h3>
                <p className="mt-1 text-sm text-stone-700">{text}</p>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
