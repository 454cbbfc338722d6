import type { Article } from './article-types';

export const pcosArticles: Article[] = [
  {
    slug: 'understanding-pcos',
    title: 'Understanding PCOS: what it is and how it is diagnosed',
    condition: 'pcos',
    summary:
      'Polycystic ovary syndrome is one of the most common hormonal conditions. Here is what the name means, what it is not, and how doctors reach a diagnosis.',
    sections: [
      {
        paragraphs: [
          'Polycystic ovary syndrome (PCOS) affects roughly one in ten women of reproductive age, and studies in India find it at least as often. Despite the name, it is not a disease of "cysts". The small round shapes seen on an ultrasound are follicles, eggs that began to mature but did not get released. The core of PCOS is a change in how the ovaries and the body\'s hormones talk to each other: ovulation happens rarely or irregularly, and the ovaries tend to make more androgens (hormones such as testosterone that everyone has in some amount).',
          'Insulin plays a large part. Many people with PCOS, including many who are not overweight, have insulin resistance: the body needs more insulin to keep blood sugar steady, and high insulin levels push the ovaries to make more androgens. That is why PCOS is linked not only to periods and skin, but also to a higher risk of type 2 diabetes, high cholesterol and sleep apnoea over the years.',
        ],
      },
      {
        heading: 'Common signs',
        paragraphs: [
          'The signs vary a great deal from person to person. The most common are periods that come more than 35 days apart, fewer than eight periods a year, or no periods at all; excess hair on the face, chest or stomach (hirsutism); persistent acne; thinning hair on the scalp; and difficulty getting pregnant. Darker, velvety skin in the folds of the neck or armpits (acanthosis nigricans) is a sign of insulin resistance. Weight gain is common but not universal, and PCOS is also linked to anxiety and low mood.',
        ],
      },
      {
        heading: 'How PCOS is diagnosed',
        paragraphs: [
          'Most doctors use the Rotterdam criteria, updated by the 2023 international PCOS guideline. An adult is diagnosed with PCOS when two of these three are present: irregular or absent ovulation; signs of high androgens, seen either in the body (such as hirsutism or acne) or in a blood test; and polycystic ovaries on an ultrasound, or a high level of anti-Müllerian hormone (AMH) in the blood. In the first eight years after periods start, ultrasound is not used, because many healthy teenagers have ovaries that look polycystic.',
          'Before confirming PCOS, a doctor should rule out conditions that can look like it: thyroid problems, a high prolactin level, and a rare adrenal condition called non-classic congenital adrenal hyperplasia. Expect blood tests for these, and often a check of blood sugar and cholesterol.',
        ],
      },
      {
        heading: 'Why tracking helps',
        paragraphs: [
          'A record of your cycle dates, skin, hair, energy and mood gives your doctor far more to work with than memory alone. It also shows you what changes when you adjust sleep, food, activity or medicine. There is no cure for PCOS, but its symptoms and long-term risks respond well to treatment, and many people with PCOS have children.',
        ],
      },
    ],
    seeADoctor: [
      'You have had no period for three months or more and you are not pregnant.',
      'Hair growth, acne or hair loss is changing quickly.',
      'You have been trying to conceive for a year (six months if you are over 35).',
    ],
  },
  {
    slug: 'living-well-with-pcos',
    title: 'Living well with PCOS: food, movement, sleep and treatment options',
    condition: 'pcos',
    summary:
      'No single diet cures PCOS, but everyday habits and the right medicines make a real difference to cycles, skin, energy and long-term health.',
    sections: [
      {
        heading: 'Food: steady, not strict',
        paragraphs: [
          'There is no special PCOS diet that works better than others in good studies. What helps most is a way of eating you can keep: meals built around vegetables, pulses, whole grains or millets, and a source of protein, with fewer sugary drinks and refined snacks. This keeps blood sugar and insulin steadier, which in turn can lower androgen levels. Crash diets tend to backfire; so do long lists of forbidden foods.',
          'If you carry extra weight, losing even 5 to 10 percent of your body weight can make periods more regular and improve ovulation. If you do not, PCOS is still worth managing: insulin resistance can be present at any size.',
        ],
      },
      {
        heading: 'Movement and sleep',
        paragraphs: [
          'The international guideline suggests at least 150 minutes a week of moderate activity, such as brisk walking, cycling or dancing, plus muscle-strengthening exercise on two days. Muscle uses glucose, so strength training improves insulin sensitivity even without weight change. A ten-minute walk after meals lowers the rise in blood sugar that follows them.',
          'PCOS is linked to obstructive sleep apnoea, and poor sleep worsens insulin resistance and mood. Loud snoring, gasping at night or waking unrefreshed are worth mentioning to your doctor.',
        ],
      },
      {
        heading: 'Medicines your doctor may discuss',
        paragraphs: [
          'The combined oral contraceptive pill is the usual first treatment to regulate periods and reduce acne and hair growth, and it protects the lining of the womb. Metformin improves insulin resistance and may help cycles and weight, especially alongside lifestyle changes. For unwanted hair, anti-androgen medicines such as spironolactone can be added, but only with reliable contraception, because they can harm a developing baby. When you want to conceive, letrozole is now the first-choice medicine to help ovulation.',
          'If periods stay very infrequent (fewer than four a year) without treatment, the lining of the womb can thicken. Your doctor may suggest a progestogen course or a hormonal coil to protect it.',
        ],
      },
      {
        heading: 'Looking after your mind',
        paragraphs: [
          'Anxiety, depression and body-image worries are more common with PCOS, and they are part of the condition, not a personal failing. Telling your doctor how you feel is as important as telling them about your periods.',
        ],
      },
    ],
    seeADoctor: [
      'Your mood has been low or anxious for more than two weeks.',
      'You snore loudly or stop breathing in your sleep.',
      'You want to stop contraception to try for a baby: plan it with your doctor.',
    ],
  },
];
