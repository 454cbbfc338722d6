import type { Article } from './article-types';

export const nutritionArticles: Article[] = [
  {
    slug: 'iron-heavy-periods-and-anaemia',
    title: 'Iron, heavy periods and anaemia',
    condition: 'nutrition',
    summary:
      'More than half of women in India are anaemic, and heavy periods are a common reason. Here is how to spot it and rebuild your iron.',
    sections: [
      {
        paragraphs: [
          "India's National Family Health Survey (NFHS-5, 2019–21) found that 57 percent of women aged 15 to 49 were anaemic. The most common cause is iron deficiency, and heavy menstrual bleeding is a major reason: every period costs iron, and a diet that would be enough for someone else may not keep up.",
          'A period is considered heavy if you need to change a pad or tampon every one to two hours, bleed through to your clothes or bedding, pass clots larger than a one-rupee coin, or bleed for more than seven days. Heavy bleeding can have a cause that needs treatment, such as fibroids, adenomyosis, a thyroid problem or a bleeding disorder, so it is worth a check-up in its own right.',
        ],
      },
      {
        heading: 'Signs of low iron',
        paragraphs: [
          'Tiredness and breathlessness on stairs are the classic signs, along with pale skin, headaches, a fast heartbeat, hair shedding, brittle nails, restless legs at night and cravings for ice or non-food items. Iron stores (ferritin) can fall long before haemoglobin does, so ask for both in a blood test.',
        ],
      },
      {
        heading: 'Eating for iron',
        paragraphs: [
          'Iron from meat, fish and poultry is absorbed most easily. Plant sources, such as rajma, chana, lentils, soya, green leafy vegetables like spinach and amaranth, ragi, sesame and dried fruit, add up well, especially when eaten with vitamin C: a squeeze of lemon, amla, guava, oranges or tomatoes in the same meal can multiply absorption. Tea and coffee reduce absorption, so have them an hour or more away from iron-rich meals rather than with them. Cooking in cast-iron pans adds a little iron too.',
        ],
      },
      {
        heading: 'Supplements',
        paragraphs: [
          'If a test shows deficiency, diet alone is usually too slow to catch up, and your doctor will suggest iron tablets. Taking them every other day, with water or orange juice rather than tea or milk, is often absorbed as well as daily dosing and causes less stomach upset. Constipation and dark stools are common side effects. Do not take iron supplements without a test: too much iron is harmful, and they are a leading cause of accidental poisoning in young children, so keep them out of reach.',
        ],
      },
    ],
    seeADoctor: [
      'Your periods are heavy by the description above.',
      'You feel breathless, dizzy or your heart races with ordinary activity.',
      'You have taken iron for three months and still feel the same.',
    ],
  },
  {
    slug: 'eating-for-steady-blood-sugar',
    title: 'Eating for steady blood sugar',
    condition: 'nutrition',
    summary:
      'Insulin resistance sits behind many symptoms of PCOS and the years around menopause. Simple changes to how you build a meal make a difference.',
    sections: [
      {
        paragraphs: [
          'After a meal, carbohydrates are broken down into glucose, and insulin moves that glucose into cells. When cells respond less to insulin, the pancreas makes more of it. High insulin levels drive many symptoms of PCOS, make weight harder to manage, and over time raise the risk of type 2 diabetes, which is common in India and often starts at a lower body weight than in other populations.',
        ],
      },
      {
        heading: 'Build the plate, not a list of banned foods',
        paragraphs: [
          'A helpful pattern is half the plate vegetables, a quarter protein (dal, pulses, paneer, tofu, eggs, fish or chicken) and a quarter grains. Whole grains and millets such as jowar, bajra and ragi release glucose more slowly than refined flour and polished rice. Fibre, protein and a little fat in the same meal slow the rise in blood sugar, so rice with dal and sabzi behaves very differently from rice alone.',
          'Some research suggests that eating the vegetables and protein of a meal before the starch lowers the glucose peak. Sugary drinks, including packaged juices and sweetened tea, raise blood sugar fastest of all and are the most useful single thing to cut down.',
        ],
      },
      {
        heading: 'Move after meals, sleep enough',
        paragraphs: [
          'Working muscles take up glucose without needing as much insulin. A 10 to 15 minute walk after your main meals reliably blunts the rise in blood sugar. Short sleep and ongoing stress both make insulin resistance worse, so they are part of the picture too.',
        ],
      },
      {
        heading: 'Get tested',
        paragraphs: [
          'If you have PCOS, a family history of diabetes, had diabetes in pregnancy, or are over 30 with a larger waist, ask about a fasting glucose or HbA1c test. Finding prediabetes early means it can often be reversed.',
        ],
      },
    ],
    seeADoctor: [
      'You are very thirsty, pass urine often, or lose weight without trying.',
      'You have PCOS or had diabetes in pregnancy and have not had a recent glucose test.',
    ],
  },
  {
    slug: 'calcium-vitamin-d-and-bones',
    title: 'Calcium and vitamin D: bones for life',
    condition: 'nutrition',
    summary:
      'Bone density peaks around age 30 and falls faster after menopause. What you eat and do now decides how strong your bones are later.',
    sections: [
      {
        paragraphs: [
          'Bones are living tissue, constantly broken down and rebuilt. You build most of your bone mass by your late twenties; after that the aim is to keep it. Oestrogen protects bone, so conditions that lower it, such as early menopause, long gaps between periods, very low body weight or over-exercising, speed up bone loss. After menopause, bone loss is fastest in the first five to ten years.',
        ],
      },
      {
        heading: 'Calcium',
        paragraphs: [
          'The Indian Council of Medical Research recommends about 1,000 mg of calcium a day for adult women and 1,200 mg after menopause. Good sources are milk, curd and paneer, ragi (one of the richest plant sources), sesame seeds, tofu, rajma and other pulses, and green leafy vegetables. Food is the best source; if you need a supplement, smaller doses of 500 mg or less are absorbed better than one large dose, and very high supplement doses can raise the risk of kidney stones.',
        ],
      },
      {
        heading: 'Vitamin D',
        paragraphs: [
          'Vitamin D lets the gut absorb calcium. The skin makes it in sunlight, yet studies across India find low vitamin D in most adults, because of indoor lives, covered skin, pollution and darker skin, which needs longer exposure. Food sources are few: oily fish, egg yolks and fortified milk or oil. A blood test shows whether you need a supplement and how much; very high doses taken without a test can be harmful.',
        ],
      },
      {
        heading: 'Beyond the plate',
        paragraphs: [
          'Bones respond to load. Weight-bearing activity such as brisk walking, climbing stairs and dancing, plus strength training twice a week, slows bone loss and improves balance, which prevents falls. Smoking and more than one or two alcoholic drinks a day weaken bone.',
        ],
      },
    ],
    seeADoctor: [
      'You broke a bone in a minor fall.',
      'Your periods stopped for months outside pregnancy, or menopause came before 45.',
      'You have been told you are losing height or developing a stoop.',
    ],
  },
];
