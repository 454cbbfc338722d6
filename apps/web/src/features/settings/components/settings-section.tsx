import type { ReactNode } from 'react';
import { Card } from '@/components/card';

interface SettingsSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** One card of the settings page, a region named by its heading. */
export function SettingsSection({ id, title, description, children }: SettingsSectionProps) {
  return (
    <Card>
      <section aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="text-lg font-semibold text-stone-900">
          {title}
        </h2>
        {description && <div className="mt-1 text-sm text-stone-600">{description}</div>}
        <div className="mt-4">{children}</div>
      </section>
    </Card>
  );
}
