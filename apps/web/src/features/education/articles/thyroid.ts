import type { Article } from './article-types';

export const thyroidArticles: Article[] = [
  {
    slug: 'hypothyroidism-explained',
    title: 'Hypothyroidism: when the thyroid runs slow',
    condition: 'thyroid',
    summary:
      'Tiredness, feeling cold, weight gain and heavy periods can all come from an underactive thyroid. It is common, easy to test and well treated.',
    sections: [
      {
        paragraphs: [
          'The thyroid is a small gland at the front of the neck. Its hormones, T4 and T3, set the pace of almost every cell: how fast you burn energy, how warm you feel, how quickly your gut moves, even how your periods behave. In hypothyroidism the gland makes too little hormone, and everything slows down. It is several times more common in women than in men.',
          "Where the diet has enough iodine, as it does in most of India thanks to iodised salt, the most common cause is Hashimoto's thyroiditis: the immune system slowly damages the gland. It often runs in families and appears alongside other autoimmune conditions. Hypothyroidism can also follow thyroid surgery, radioactive iodine treatment, some medicines, or pregnancy.",
        ],
      },
      {
        heading: 'Symptoms',
        paragraphs: [
          'Symptoms come on slowly and are easy to blame on a busy life: tiredness, feeling cold when others are not, weight gain, constipation, dry skin, thinning hair, a hoarse voice, slowed thinking and low mood. Periods may become heavier, longer or irregular, and it can be harder to conceive.',
        ],
      },
      {
        heading: 'Tests',
        paragraphs: [
          'A blood test for TSH (thyroid-stimulating hormone) is the first step. When the thyroid is slow, the brain produces more TSH to push it, so a high TSH with a low free T4 means hypothyroidism. A high TSH with a normal free T4 is called subclinical hypothyroidism; whether it needs treatment depends on the level, your symptoms, and whether you are pregnant or planning to be. Thyroid peroxidase (TPO) antibodies show whether the cause is autoimmune.',
        ],
      },
      {
        heading: 'Treatment',
        paragraphs: [
          "Treatment is a daily tablet of levothyroxine, a copy of the body's own T4. Take it on an empty stomach with water, 30 to 60 minutes before breakfast (or consistently at bedtime), and keep it at least four hours apart from iron and calcium supplements, which block its absorption. The dose is adjusted using TSH tests six to eight weeks after each change; it can take a few months to feel fully well.",
          'If you are planning a pregnancy or become pregnant, tell your doctor straight away: the body needs more thyroid hormone in pregnancy and the dose usually goes up.',
        ],
      },
    ],
    seeADoctor: [
      'You have several of the symptoms above for weeks.',
      'You take levothyroxine and become pregnant.',
      'You notice a lump or swelling in your neck, or difficulty swallowing.',
    ],
  },
  {
    slug: 'hyperthyroidism-and-thyroid-tests',
    title: 'Hyperthyroidism: when the thyroid runs fast',
    condition: 'thyroid',
    summary:
      'A racing heart, weight loss, heat intolerance and light periods can signal an overactive thyroid. Here is how it is found and treated.',
    sections: [
      {
        paragraphs: [
          "In hyperthyroidism the thyroid makes too much hormone, and the body runs too fast. The most common cause is Graves' disease, in which the immune system makes an antibody that switches the gland on. Other causes are nodules in the thyroid that make hormone on their own, and inflammation of the gland (thyroiditis), which can briefly release stored hormone, for example in the months after giving birth.",
        ],
      },
      {
        heading: 'Symptoms',
        paragraphs: [
          "Typical symptoms are a fast or irregular heartbeat, weight loss despite a good appetite, feeling hot and sweaty, shaky hands, anxiety and irritability, poor sleep, frequent bowel movements, and muscle weakness. Periods often become lighter or less frequent. Graves' disease can also affect the eyes, making them gritty, red, or look more prominent; smoking makes this worse.",
        ],
      },
      {
        heading: 'Tests',
        paragraphs: [
          "The blood test shows a low TSH, because the brain stops pushing a gland that is already overactive, with a high free T4, free T3, or both. Antibodies against the TSH receptor confirm Graves' disease. A thyroid scan can show whether nodules or inflammation are the cause.",
        ],
      },
      {
        heading: 'Treatment',
        paragraphs: [
          "Beta-blockers calm the heart rate and tremor while other treatment takes effect. Antithyroid medicines (carbimazole or thiamazole; propylthiouracil is preferred in early pregnancy) reduce hormone production and are often taken for 12 to 18 months, after which Graves' disease may go into remission. Radioactive iodine and surgery are permanent options; afterwards most people need levothyroxine for life.",
          'Antithyroid medicines rarely lower the white blood cells that fight infection. If you take one and develop a sore throat, mouth ulcers or a fever, stop the tablet and get a blood count the same day.',
        ],
      },
    ],
    seeADoctor: [
      'Your heart races or beats irregularly at rest.',
      'You are losing weight without trying.',
      'You take an antithyroid medicine and get a fever or sore throat: this is urgent.',
    ],
  },
];
