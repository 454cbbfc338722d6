import type { LegalDocumentContent } from './legal-types';

export const privacyPolicy: LegalDocumentContent = {
  title: 'Privacy policy',
  lastUpdated: '2026-12-06',
  intro:
    "HormoHelp is operated from India and helps people track and understand their hormonal health. The information you give us includes health data, which the law treats as especially sensitive, and so do we. This policy explains what we store, why, for how long, who else sees it, and how you stay in control. It is written to meet India's Digital Personal Data Protection Act, 2023 (DPDP Act) and, for people in the European Union and United Kingdom, the General Data Protection Regulation (GDPR).",
  sections: [
    {
      id: 'who-we-are',
      heading: 'Who is responsible for your data',
      paragraphs: [
        'HormoHelp is the "data fiduciary" under the DPDP Act and the "controller" under the GDPR for the personal data described here. You can reach us about anything in this policy at privacy@hormohelp.in. Our Grievance Officer handles complaints and requests about your data at grievance@hormohelp.in.',
      ],
    },
    {
      id: 'what-we-store',
      heading: 'What we store',
      items: [
        'Account data: your name, email address, whether you have verified it, and when you joined. Your password is never stored; we keep only an Argon2id hash of it, from which the password cannot be recovered.',
        'Onboarding answers: the conditions you live with or suspect, your goals, cycle basics (typical length, the start of your last period, regularity) and your age range.',
        'Symptom logs: the date, the symptoms you choose, your notes, and your 1–10 scores for severity, mood, energy and sleep.',
        'Community content: posts, comments and likes, shown with your name to other members.',
        'Consultation bookings: the expert, the type (video, phone or chat), the date and time, and any notes you add for the expert.',
        'Shop data: your cart, and for each order the items, prices, total, status and the Razorpay order and payment identifiers.',
        "Session data: for each login, a hashed refresh token, when the login started and was last used, and the browser's user agent, so you can recognise and end your sessions in Settings. Security logs record requests (time, address, path, outcome) but never the content of your health logs, your password or your tokens.",
        'Consent record: when you agreed to the storing of your health data, and the version of this policy you agreed to.',
      ],
    },
    {
      id: 'why',
      heading: 'Why we use it, and on what legal basis',
      items: [
        'To provide the service you asked for: your account, your tracker and charts, bookings and orders. This is the performance of our contract with you (GDPR Art. 6(1)(b)) and processing you consented to under the DPDP Act.',
        'Health data (onboarding answers, symptom logs, booking notes) is processed only with your explicit consent (GDPR Art. 9(2)(a); DPDP Act s. 6). You give it by ticking the consent box when you set up your profile; we record the date and the version of this policy you agreed to. You can withdraw it at any time in Settings. From then on we store no new health data for you: no symptom logs, no onboarding answers and no notes on bookings. What you stored before stays yours to read and download, and you can delete all of it at once in Settings, in the same step as withdrawing or later, without deleting your account; your account, posts, bookings and orders stay.',
        'To send you emails you need: verification links, password resets, booking and order confirmations. We do not send marketing emails unless you opt in.',
        'To keep HormoHelp secure: rate limiting, detecting stolen sessions, and investigating abuse (our legitimate interest, GDPR Art. 6(1)(f), and a legitimate use under the DPDP Act).',
        'To meet legal duties, such as keeping invoices and payment records as Indian tax law requires (GDPR Art. 6(1)(c)).',
      ],
      after: [
        'We never sell your data, never use it for advertising, and never use your health data to decide anything about you automatically.',
      ],
    },
    {
      id: 'who-sees-it',
      heading: 'Who else sees it',
      items: [
        'Other members see what you post in the community, with your name. They never see your symptom logs, onboarding answers, bookings or orders.',
        'The expert you book sees your name, the booking and the notes you wrote for that booking.',
        "Razorpay Software Private Limited processes your payments. You enter card, UPI or bank details on Razorpay's checkout, not on HormoHelp, so we never see or store them. Razorpay acts under its own privacy policy and India's payment regulations.",
        'Our hosting and email-delivery providers process data only on our instructions, under contracts that require confidentiality and security.',
        'Authorities, only when Indian law requires it, and only what is required.',
      ],
    },
    {
      id: 'retention',
      heading: 'How long we keep it',
      items: [
        'Account (name, email, password hash, whether your email is verified): until you delete your account.',
        'Onboarding answers: until you change them, delete your health data in Settings or delete your account.',
        'Your consent record (its time and policy version): while your consent stands; withdrawing it clears the record.',
        'Symptom logs: until you delete a log, your health data (in Settings) or your account.',
        'Community posts, comments and likes: until you delete a post or your account. Deleting a post also deletes the comments under it.',
        'Consultation bookings: until you cancel them or delete your account. The notes you wrote for the expert also go when you delete your health data in Settings.',
        'Cart: until you check out, remove an item or delete your account.',
        'Orders: with your account while it exists. After you delete your account, we keep only what accounting law needs (order number, items, prices, total, status, Razorpay order and payment identifiers, dates) without your name, email, health data or any link to you. Indian law asks for books of account to be kept for eight years.',
        'Sign-in sessions: 7 days after their last use, or at once when you log out, end the session in Settings, reset your password or delete your account; the expired records are removed a day later.',
        'Password reset links: one hour (stored only as a SHA-256 hash, removed a day after they expire). Email verification links expire after 24 hours.',
        'Rate-limit counters (your network address, or a SHA-256 hash of your email, never the email itself): at most one hour.',
        'Security logs: up to 30 days, unless needed longer to investigate a specific incident.',
      ],
      after: [
        'When you delete your account, your personal data is erased from our database at once, every session is signed out, and it leaves our backups as they rotate, within 30 days. Only the order records above remain, without anything that identifies you.',
      ],
    },
    {
      id: 'rights',
      heading: 'Your rights',
      paragraphs: [
        'Under the DPDP Act you have the right to a summary of the data we hold and of who we shared it with, to have it corrected, completed, updated or erased, to withdraw consent as easily as you gave it, to have a grievance redressed, and to nominate someone to exercise these rights if you die or cannot act. If we do not resolve a grievance, you can complain to the Data Protection Board of India.',
        'Under the GDPR you also have the rights of access, rectification, erasure, restriction, objection and data portability (a copy in a machine-readable format), and you can complain to your local supervisory authority.',
        'You can exercise most of these rights yourself, at any time, in Settings: download everything we hold about you (JSON) or your symptom logs (CSV), correct your name, withdraw or give your consent to health data, delete your health data without deleting your account, see where you are signed in and end those sessions, and delete your account.',
        'For anything else, write to privacy@hormohelp.in from the email address of your account. We answer within 30 days, free of charge, and may ask you to confirm your identity first.',
      ],
      link: { to: '/settings', label: 'Open Settings to exercise your rights' },
    },
    {
      id: 'cookies',
      heading: 'Cookies and local storage',
      paragraphs: [
        'HormoHelp sets exactly one cookie: refresh_token. It is strictly necessary: it keeps you signed in across page reloads for up to 7 days. It is HttpOnly (scripts on the page cannot read it), SameSite=Strict (it is never sent from other websites) and limited to our sign-in endpoints. Because it is strictly necessary, it does not need your consent, but we tell you about it in the banner you saw.',
        "Your short-lived access token is held only in the memory of the open tab and is never written to cookies or browser storage. In your browser's local storage we keep the date you closed the cookie notice, so we do not show it again, and, only if you turn on the daily reminder, that it is on and the time you chose. Nothing about your health is kept in your browser. We use no analytics, advertising or tracking cookies.",
      ],
    },
    {
      id: 'security',
      heading: 'How we protect it',
      items: [
        'All traffic is encrypted in transit (HTTPS). Passwords are hashed with Argon2id; refresh tokens and email links are stored only as SHA-256 hashes.',
        'Access tokens last 15 minutes and are signed with a key that only our sign-in service holds. A refresh token that is used twice ends every session of that login, so a stolen token is useless.',
        'Access to production data is limited to the few people who need it to run the service.',
        'If a breach affects your data, we will tell you and the Data Protection Board of India (and, where the GDPR applies, the supervisory authority) as the law requires.',
      ],
    },
    {
      id: 'transfers',
      heading: 'Where your data is stored',
      paragraphs: [
        "We store your data in India. If a provider processes data outside India, we do so only to countries the Government of India has not restricted, and, for people covered by the GDPR, with safeguards such as the European Commission's standard contractual clauses.",
      ],
    },
    {
      id: 'children',
      heading: 'Age',
      paragraphs: [
        'HormoHelp is for adults aged 18 and over. We do not knowingly process the data of children; if you believe a child has created an account, tell us and we will delete it.',
      ],
    },
    {
      id: 'changes',
      heading: 'Changes to this policy',
      paragraphs: [
        'If we change how we use your data, we will update this page and its date, and tell you by email before a material change takes effect. Where a change needs your consent, we will ask for it.',
      ],
    },
  ],
};
