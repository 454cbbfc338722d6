import type { Article } from './article-types';

export const menopauseArticles: Article[] = [
  {
    slug: 'perimenopause-the-years-of-change',
    title: 'Perimenopause: the years of change before the last period',
    condition: 'menopause',
    summary:
      'Perimenopause can begin in your early forties and last several years. Recognising it helps you get the right support sooner.',
    sections: [
      {
        paragraphs: [
          "Menopause is a single moment: the date of your final period, confirmed once you have gone 12 months without one. Perimenopause is the time leading up to it, when the ovaries' hormone production becomes erratic before it falls. It often begins in the early to mid forties and typically lasts about four years, sometimes much longer. Studies in India find that the average age at menopause is around 46 to 47, a few years earlier than in many Western countries.",
        ],
      },
      {
        heading: 'What you might notice',
        paragraphs: [
          'Changes in your periods are usually the first sign: cycles become shorter, then longer and irregular, and bleeding may be lighter or much heavier. Hot flushes and night sweats, trouble sleeping, irritability, anxiety or low mood, difficulty concentrating, joint aches, vaginal dryness and a lower sex drive are all common. Because oestrogen and progesterone rise and fall unpredictably, symptoms can come and go from month to month, and a single blood test of hormone levels is usually not helpful in women over 45.',
        ],
      },
      {
        heading: 'Things to know',
        paragraphs: [
          'You can still become pregnant during perimenopause. Use contraception until you have had no period for two years if your last period was before 50, or for one year if it was after 50.',
          'Menopause before the age of 40 is called premature ovarian insufficiency, and before 45 early menopause. Both deserve a medical assessment, because hormone treatment until the natural age of menopause protects bones and heart health.',
          'Tracking your cycles and symptoms over a few months gives a clear picture for your doctor, and shows you whether what you try is working.',
        ],
      },
    ],
    seeADoctor: [
      'Your periods become very heavy, come more often than every three weeks, or you bleed between periods or after sex.',
      'Your periods stop before the age of 45.',
      'Symptoms are affecting your work, relationships or mood.',
    ],
  },
  {
    slug: 'menopause-symptoms-and-treatment',
    title: 'Menopause: hot flushes, sleep, bones and treatment choices',
    condition: 'menopause',
    summary:
      'Hormone therapy is the most effective treatment for hot flushes, and it is safer than many people fear. Non-hormonal options exist too.',
    sections: [
      {
        heading: 'Hot flushes and night sweats',
        paragraphs: [
          'Around three in four women have hot flushes, sudden waves of heat with sweating and flushing, and for many they last seven years or more. Simple measures help a little: layers you can remove, a fan, cooler bedrooms, and noticing triggers such as spicy food, alcohol or stress. Cognitive behavioural therapy (CBT) has good evidence for making flushes less distressing and improving sleep.',
        ],
      },
      {
        heading: 'Menopausal hormone therapy (HRT)',
        paragraphs: [
          'Hormone therapy replaces oestrogen, with a progestogen to protect the womb lining if you still have a womb. It is the most effective treatment for hot flushes and night sweats, and it also protects against bone loss. For most women who start it before 60 or within ten years of their last period, the benefits outweigh the risks. Oestrogen through the skin (patch or gel) does not raise the risk of blood clots the way tablets can. The small increase in breast cancer risk with combined therapy depends on the type and the length of use; your doctor can weigh it against your own history.',
          'Vaginal dryness and discomfort respond very well to low-dose vaginal oestrogen, which is safe for most women, including many who cannot take other hormone therapy.',
        ],
      },
      {
        heading: 'Non-hormonal options',
        paragraphs: [
          'If hormone therapy is not right for you, some antidepressants (SSRIs or SNRIs), gabapentin and, where it is available, the newer medicine fezolinetant reduce hot flushes. Many herbal remedies sold for menopause have weak evidence and can interact with other medicines; ask before taking them.',
        ],
      },
      {
        heading: 'Protecting bones and heart',
        paragraphs: [
          'Bone loss speeds up for several years after menopause. Weight-bearing exercise (walking, stair climbing, dancing) and muscle strengthening, enough calcium and vitamin D, not smoking, and limiting alcohol all help. Ask about a bone density (DEXA) scan if you have had a fracture from a minor fall, an early menopause, or a family history of osteoporosis. Heart disease risk also rises after menopause, so it is a good time to check blood pressure, blood sugar and cholesterol.',
        ],
      },
    ],
    seeADoctor: [
      'You bleed from the vagina a year or more after your last period: get checked promptly.',
      'Symptoms disturb your sleep or daily life and you want to discuss treatment.',
      'You have had a fracture after a minor fall.',
    ],
  },
];
