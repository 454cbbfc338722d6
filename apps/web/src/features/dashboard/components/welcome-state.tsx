import { Sprout } from 'lucide-react';
import { Link } from 'react-router-dom';
import { buttonClasses } from '@/components/button';
import { EmptyState } from '@/components/empty-state';

/** The dashboard of someone who has never logged: what it will show, and the first step. */
export function WelcomeState() {
  return (
    <EmptyState
      icon={Sprout}
      title="Your dashboard starts with your first log"
      description="Log how you feel today: symptoms, severity, mood, energy and sleep. After a few days you will see your streak, trends over 7, 30 and 90 days, and the symptoms that come up most."
      action={
        <Link to="/symptom-tracker" className={buttonClasses('primary', 'lg')}>
          Log your first day
        </Link>
      }
    />
  );
}
