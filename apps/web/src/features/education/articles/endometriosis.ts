import type { Article } from './article-types';

export const endometriosisArticles: Article[] = [
  {
    slug: 'endometriosis-more-than-period-pain',
    title: 'Endometriosis: more than bad period pain',
    condition: 'endometriosis',
    summary:
      'Endometriosis affects about one in ten women and people assigned female at birth, yet it takes years to diagnose. Knowing the signs shortens that wait.',
    sections: [
      {
        paragraphs: [
          'In endometriosis, tissue similar to the lining of the womb grows outside it: on the ovaries, the ligaments behind the womb, the bowel, the bladder and the lining of the pelvis. This tissue responds to the monthly cycle and causes inflammation, pain and scarring (adhesions) that can bind organs together. The World Health Organization estimates that it affects around 10 percent of women and girls of reproductive age, about 190 million people worldwide.',
          'On average, people wait seven years or more between their first symptoms and a diagnosis. Period pain is often dismissed as normal, and the symptoms overlap with other conditions such as irritable bowel syndrome. Pain that stops you from going to work, college or school is not normal, and deserves investigation.',
        ],
      },
      {
        heading: 'Symptoms',
        paragraphs: [
          'The most common symptoms are period pain that painkillers do not control, pelvic pain at other times of the month, deep pain during or after sex, pain when opening the bowels or passing urine (especially during a period), tiredness, and difficulty getting pregnant. The amount of endometriosis does not predict the amount of pain: some people with small patches have severe pain, and some with extensive disease have little.',
          'A related condition, adenomyosis, is when the lining-like tissue grows into the muscle of the womb. It causes heavy, painful periods and can occur together with endometriosis.',
        ],
      },
      {
        heading: 'Diagnosis',
        paragraphs: [
          'Diagnosis starts with your history, which is why a symptom diary is so useful. A transvaginal ultrasound or MRI, done by someone experienced, can find endometriosis cysts on the ovaries (endometriomas) and deep endometriosis, but a normal scan does not rule out endometriosis. Laparoscopy (keyhole surgery) can confirm it and remove it in the same operation. Current guidance allows treatment to start on the basis of symptoms, without waiting for surgery.',
        ],
      },
    ],
    seeADoctor: [
      'Period pain makes you miss work, study or daily activities.',
      'You have pain during sex, or pain with bowel movements or urination around your period.',
      'You have been trying to conceive for a year (six months if you are over 35).',
    ],
  },
  {
    slug: 'managing-endometriosis-pain',
    title: 'Managing endometriosis: treatments and everyday pain relief',
    condition: 'endometriosis',
    summary:
      'There is no cure yet, but the combination of hormonal treatment, surgery when needed, and everyday pain strategies helps most people live well.',
    sections: [
      {
        heading: 'Pain relief',
        paragraphs: [
          'Anti-inflammatory painkillers such as ibuprofen or mefenamic acid work best when started at the first sign of pain, or a day before a period is due, and taken regularly for the worst days rather than waiting until pain peaks. Take them with food, and check with a doctor first if you have stomach ulcers, asthma that worsens with these medicines, or kidney problems.',
        ],
      },
      {
        heading: 'Hormonal treatments',
        paragraphs: [
          'Endometriosis tissue is fed by oestrogen and the monthly cycle, so calming the cycle calms the disease. Options include the combined pill (often taken continuously to skip periods), progestogen-only treatments such as dienogest tablets, the progestogen injection or implant, and the levonorgestrel hormonal coil. For severe cases, GnRH medicines create a temporary menopause-like state, usually with "add-back" hormone to protect bones. These treatments control symptoms while you take them, but they are contraceptive, so they are paused when you want to conceive.',
        ],
      },
      {
        heading: 'Surgery',
        paragraphs: [
          'Laparoscopic surgery to remove endometriosis can reduce pain and, for some, improve fertility. Deep endometriosis involving the bowel or bladder should be treated in a specialist centre. Endometriosis can return after surgery, which is why hormonal treatment often follows it.',
        ],
      },
      {
        heading: 'Everyday strategies',
        paragraphs: [
          'Heat on the lower abdomen or back, gentle movement, pelvic floor physiotherapy, and TENS machines help many people. Pacing your energy on the hardest days, and planning around them using your tracked pattern, reduces the number of days lost to pain. Long-term pain affects sleep and mood; support from a counsellor or a pain clinic is a legitimate part of treatment, not a sign that the pain is "in your head".',
        ],
      },
    ],
    seeADoctor: [
      'Your current treatment no longer controls the pain.',
      'You have sudden, severe pelvic pain with fever, vomiting or fainting: go to an emergency department.',
      'You are planning a pregnancy and take hormonal treatment.',
    ],
  },
];
