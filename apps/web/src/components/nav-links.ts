import {
  BookOpen,
  CalendarHeart,
  FileText,
  LayoutDashboard,
  type LucideIcon,
  MessagesSquare,
  NotebookPen,
  Settings,
  ShoppingBag,
} from 'lucide-react';
import { APP_PATHS } from './app-paths';

export interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
}

export const appNavItems: NavItem[] = [
  { to: APP_PATHS.dashboard, label: 'Dashboard', icon: LayoutDashboard },
  { to: APP_PATHS.tracker, label: 'Tracker', icon: NotebookPen },
  { to: APP_PATHS.education, label: 'Education', icon: BookOpen },
  { to: APP_PATHS.community, label: 'Community', icon: MessagesSquare },
  { to: APP_PATHS.consultations, label: 'Consultations', icon: CalendarHeart },
  { to: APP_PATHS.shop, label: 'Shop', icon: ShoppingBag },
];

/** The account's own pages, in the account menu rather than the main navigation. */
export const accountNavItems: NavItem[] = [
  { to: APP_PATHS.report, label: 'Report for your doctor', icon: FileText },
  { to: APP_PATHS.settings, label: 'Settings and privacy', icon: Settings },
];
