import type { LegalDocumentContent } from './legal-types';

export const termsOfService: LegalDocumentContent = {
  title: 'Terms of service',
  lastUpdated: '2026-11-27',
  intro:
    'These terms are the agreement between you and HormoHelp, a service operated from India, for using the HormoHelp website and app: the symptom tracker, education library, community, expert consultations and shop. Please read them with our privacy policy. By creating an account you accept them.',
  sections: [
    {
      id: 'not-medical-advice',
      heading: 'HormoHelp is not medical advice',
      paragraphs: [
        'Articles, charts, community posts and the tracker give general information and help you notice patterns. They do not diagnose, treat or replace a qualified doctor, and nothing on HormoHelp is a prescription. Always talk to your doctor before starting, stopping or changing a treatment.',
        'HormoHelp is not an emergency service. If you have severe pain, heavy bleeding, thoughts of harming yourself or any other emergency, call 112 or go to the nearest hospital. In India, Tele-MANAS (14416) offers free mental-health support at any hour.',
      ],
    },
    {
      id: 'eligibility',
      heading: 'Who can use HormoHelp',
      paragraphs: [
        'You must be 18 or older and able to enter a binding contract under Indian law. One person, one account: keep your password to yourself, and tell us at once at support@hormohelp.in if you think someone else has used your account. You are responsible for what happens in your account until you tell us.',
      ],
    },
    {
      id: 'your-content',
      heading: 'Your data and your content',
      paragraphs: [
        'What you log stays yours. You give us only the permission we need to store it, show it to you and, for community posts, show them to other members. You can delete your logs, posts and account at any time; see the privacy policy for what happens then.',
      ],
    },
    {
      id: 'community',
      heading: 'Community rules',
      paragraphs: ['The community works because people feel safe in it. When you post or comment:'],
      items: [
        'Be kind. No harassment, hate, shaming of bodies, choices or conditions.',
        'Share experience, not prescriptions. Do not tell others to take or stop medicines, and do not sell or promote products or services.',
        "Protect privacy, yours and other people's: no phone numbers, addresses, or someone else's health details.",
        'Nothing illegal, sexually explicit, or misleading about health, such as claims that something cures a condition.',
      ],
      after: [
        'We may remove content that breaks these rules and suspend accounts that break them repeatedly. Report a problem to support@hormohelp.in; we act on reports within the times Indian law sets for intermediaries.',
      ],
    },
    {
      id: 'consultations',
      heading: 'Expert consultations',
      paragraphs: [
        "Consultations are with independent, registered practitioners: gynaecologists, endocrinologists, nutritionists and mental-health professionals. HormoHelp arranges the booking; the practitioner is responsible for the advice they give, under the rules of their profession and India's Telemedicine Practice Guidelines. A slot is yours once the booking is confirmed. You can cancel a booking from your Consultations page, and the slot becomes free for someone else.",
      ],
    },
    {
      id: 'shop',
      heading: 'Shop, prices and payment',
      items: [
        'Prices are in Indian rupees and include applicable taxes unless stated otherwise. The price you pay is the price on our server when you check out; if it changed since you added an item, you see the new price before you pay.',
        'Payments are processed by Razorpay. Your order is confirmed only once Razorpay confirms the payment to us; if a payment fails, you are not charged and your cart stays as it was.',
        'Products are delivered within India to the address you give. Supplements are food products, not medicines; read the label and ask your doctor if you are pregnant, breastfeeding or take other medication.',
        'You may return unopened products within 7 days of delivery for a refund, and we refund or replace anything that arrives damaged or wrong. Refunds go back to the original payment method, usually within 5–7 working days of our approval. For hygiene reasons, opened personal-care products cannot be returned unless faulty.',
      ],
    },
    {
      id: 'acceptable-use',
      heading: 'Using the service fairly',
      paragraphs: [
        "Do not try to break into accounts or systems, overload the service, scrape other members' content, or use HormoHelp to break the law. We limit how often some actions can be repeated to protect everyone.",
      ],
    },
    {
      id: 'liability',
      heading: 'Our responsibility to you',
      paragraphs: [
        'We work to keep HormoHelp available, accurate and secure, but we cannot promise it will never be interrupted. To the extent the law allows, we are not liable for indirect losses, or for decisions you make based on general information on HormoHelp without consulting a doctor. Nothing in these terms limits your rights as a consumer under the Consumer Protection Act, 2019, or our liability where the law does not allow it to be limited.',
      ],
    },
    {
      id: 'ending',
      heading: 'Ending the agreement',
      paragraphs: [
        'You can stop using HormoHelp and delete your account at any time. We may suspend or close an account that seriously or repeatedly breaks these terms; unless the law or safety prevents it, we will tell you why and let you download your data first.',
      ],
    },
    {
      id: 'law',
      heading: 'Changes, law and disputes',
      paragraphs: [
        'We will tell you by email at least 30 days before a change to these terms that affects you, unless a change is required sooner by law. These terms are governed by the laws of India. Please contact support@hormohelp.in first so we can try to resolve any problem; otherwise, disputes go to the courts of India, and you keep any right to use a consumer commission.',
      ],
    },
    {
      id: 'contact',
      heading: 'Contact',
      paragraphs: [
        'Questions about these terms: support@hormohelp.in. Questions or complaints about your data: privacy@hormohelp.in, or our Grievance Officer at grievance@hormohelp.in.',
      ],
    },
  ],
};
