import { Droplets, Flower2, Leaf, type LucideIcon, Package, Pill, Thermometer } from 'lucide-react';
import { cn } from '@/lib/cn';

const ICONS: Record<string, { icon: LucideIcon; tone: string }> = {
  Supplements: { icon: Pill, tone: 'bg-brand-50 text-brand-700' },
  'Herbal Teas': { icon: Leaf, tone: 'bg-emerald-50 text-emerald-800' },
  'Testing & Tracking': { icon: Thermometer, tone: 'bg-sky-50 text-sky-800' },
  'Period Care': { icon: Droplets, tone: 'bg-plum-50 text-plum-700' },
  'Menopause Care': { icon: Flower2, tone: 'bg-amber-50 text-amber-800' },
};

/** A drawn illustration per category: no external images, nothing to load or to fail. */
export function ProductIcon({ category, className }: { category: string; className?: string }) {
  const { icon: Icon, tone } = ICONS[category] ?? { icon: Package, tone: 'bg-stone-100 text-stone-700' };
  return (
    <div aria-hidden="true" className={cn('flex items-center justify-center rounded-lg', tone, className)}>
      <Icon className="h-1/2 w-1/2" strokeWidth={1.5} />
    </div>
  );
}
