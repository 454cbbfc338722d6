import {
  BookOpen,
  CalendarHeart,
  LayoutDashboard,
  type LucideIcon,
  MessagesSquare,
  NotebookPen,
  ShoppingBag,
} from 'lucide-react';

export interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
}

export const appNavItems: NavItem[] = [
  { to: '/dashboard', label: 'Dashboard', icon: LayoutDashboard },
  { to: '/symptom-tracker', label: 'Tracker', icon: NotebookPen },
  { to: '/education', label: 'Education', icon: BookOpen },
  { to: '/community', label: 'Community', icon: MessagesSquare },
  { to: '/consultations', label: 'Consultations', icon: CalendarHeart },
  { to: '/shop', label: 'Shop', icon: ShoppingBag },
];
