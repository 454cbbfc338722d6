import type { Config } from 'tailwindcss';

// A calm, warm palette: a deep teal for actions and a plum accent, on warm stone greys.
// brand-700 on white is 5.9:1 and stone-600 on white 7.6:1, so text colours pass WCAG AA.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#effaf8',
          100: '#d7f1ec',
          200: '#b1e3da',
          300: '#7fcec2',
          400: '#4bb2a5',
          500: '#2e978b',
          600: '#237a71',
          700: '#1f625c',
          800: '#1d4f4b',
          900: '#1b423f',
          950: '#0b2625',
        },
        plum: {
          50: '#fbf5fa',
          100: '#f6eaf5',
          200: '#eed4eb',
          300: '#e0b1d9',
          400: '#cc84c1',
          500: '#b560a7',
          600: '#98488a',
          700: '#7e3a71',
          800: '#69335e',
          900: '#592e50',
          950: '#361530',
        },
      },
      fontFamily: {
        sans: [
          'Inter',
          'ui-sans-serif',
          'system-ui',
          '-apple-system',
          'Segoe UI',
          'Roboto',
          'Helvetica Neue',
          'Arial',
          'sans-serif',
        ],
      },
      maxWidth: { prose: '68ch' },
    },
  },
  plugins: [],
} satisfies Config;
