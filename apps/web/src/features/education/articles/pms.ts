import type { Article } from './article-types';

export const pmsArticles: Article[] = [
  {
    slug: 'pms-the-days-before-your-period',
    title: 'PMS: why the days before your period feel different',
    condition: 'pms',
    summary:
      'Premenstrual syndrome is common and real. Tracking two cycles shows whether your symptoms follow the pattern, and what helps.',
    sections: [
      {
        paragraphs: [
          'Premenstrual syndrome (PMS) is a group of physical and emotional symptoms that appear in the week or two before a period and ease within a few days after it starts. Most people who menstruate notice some premenstrual changes; for a smaller number they are strong enough to disrupt daily life. PMS is not caused by abnormal hormone levels. It is thought to come from a heightened sensitivity of the brain to the normal rise and fall of oestrogen and progesterone after ovulation, affecting chemical messengers such as serotonin.',
        ],
      },
      {
        heading: 'Common symptoms',
        paragraphs: [
          'Physical symptoms include bloating, breast tenderness, headaches, tiredness, food cravings and trouble sleeping. Emotional symptoms include irritability, mood swings, tearfulness, anxiety and feeling overwhelmed. What defines PMS is the timing: symptoms in the second half of the cycle and a clear symptom-free stretch after the period.',
        ],
      },
      {
        heading: 'Track to see the pattern',
        paragraphs: [
          'Doctors recommend rating your symptoms every day for at least two cycles. If your mood and energy dip only in the days before your period, that points to PMS; if they are low all month, something else, such as depression, anxiety or a thyroid problem, may be involved and deserves attention in its own right. Your HormoHelp tracker and dashboard show exactly this pattern.',
        ],
      },
      {
        heading: 'What helps',
        paragraphs: [
          'Regular aerobic exercise, enough sleep, and regular meals that avoid long gaps help many people. Cutting down on caffeine and alcohol in the second half of the cycle can ease anxiety and breast tenderness. Calcium, from food or supplements, has some evidence for reducing symptoms. Cognitive behavioural therapy helps with the emotional side. For stronger symptoms, doctors may suggest hormonal contraception that stops ovulation, or an SSRI antidepressant, which for PMS can work within days and may be taken only in the second half of the cycle.',
        ],
      },
    ],
    seeADoctor: [
      'Symptoms regularly affect your work, studies or relationships.',
      'Your low mood does not lift after your period starts.',
    ],
  },
  {
    slug: 'pmdd-severe-premenstrual-symptoms',
    title: 'PMDD: when premenstrual symptoms are severe',
    condition: 'pms',
    summary:
      'Premenstrual dysphoric disorder is a severe, recognised condition that affects mood for days every cycle. It is treatable.',
    sections: [
      {
        paragraphs: [
          'Premenstrual dysphoric disorder (PMDD) affects roughly 3 to 8 percent of people who menstruate. It follows the same timing as PMS, starting after ovulation and easing soon after the period begins, but the emotional symptoms are severe: intense irritability or anger, sudden mood swings, deep sadness or hopelessness, and anxiety or tension. Many people describe feeling like a different person for a week or two each month, then returning to themselves.',
        ],
      },
      {
        heading: 'How PMDD is diagnosed',
        paragraphs: [
          'There is no blood test. Diagnosis is based on daily symptom ratings over at least two cycles, showing at least five symptoms, including at least one of the core mood symptoms above, in the final week before periods, improving within a few days of bleeding, and minimal or absent in the week after. Other symptoms can include losing interest in usual activities, difficulty concentrating, fatigue, appetite changes, sleep changes, feeling overwhelmed, and physical symptoms such as bloating and breast tenderness. Daily tracking is therefore not just helpful but essential.',
          'PMDD is different from premenstrual exacerbation, where an existing condition such as depression or anxiety gets worse before periods. Both are real, and the distinction matters for treatment.',
        ],
      },
      {
        heading: 'Treatment',
        paragraphs: [
          'SSRI antidepressants are the first-line medicine and work for most people, either daily or only in the second half of the cycle. A combined pill containing drospirenone, taken with a short or no break, helps some. Cognitive behavioural therapy reduces the impact of symptoms. For severe PMDD that does not respond, specialists may use medicines that suppress the cycle, and surgery is a last resort.',
        ],
      },
    ],
    seeADoctor: [
      'You have thoughts of harming yourself at any point in your cycle: seek help now. Call 112, or Tele-MANAS on 14416, free and at any hour.',
      'Premenstrual symptoms damage your relationships or put your job or studies at risk.',
    ],
  },
];
