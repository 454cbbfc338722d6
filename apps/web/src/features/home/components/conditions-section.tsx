const conditions = [
  {
    name: 'PCOS',
    text: 'Irregular cycles, acne, hair changes and insulin resistance: track what shifts with food, sleep and stress.',
  },
  {
    name: 'Thyroid conditions',
    text: 'Hypothyroidism and hyperthyroidism affect energy, weight, mood and periods. Log how you feel between tests.',
  },
  {
    name: 'Endometriosis',
    text: 'Record pain, its timing and what helps, so your gynaecologist sees the whole picture, not a single bad day.',
  },
  {
    name: 'Perimenopause & menopause',
    text: 'Hot flushes, night sweats, sleep and mood changes: notice the pattern and prepare for your next appointment.',
  },
  {
    name: 'PMS & PMDD',
    text: 'See which days of your cycle are hardest, plan around them, and learn when symptoms deserve more support.',
  },
];

export function ConditionsSection() {
  return (
    <section aria-labelledby="conditions-heading" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
      <h2
        id="conditions-heading"
        className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl"
      >
        Who HormoHelp is for
      </h2>
      <p className="mt-3 max-w-2xl text-stone-700">
        Anyone living with a hormonal condition, or wondering whether they might be. You do not need a
        diagnosis to start noticing patterns.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {conditions.map((condition) => (
          <li key={condition.name} className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm">
            <h3 className="font-semibold text-brand-800">{condition.name}</h3>
            <p className="mt-2 text-sm text-stone-700">{condition.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
