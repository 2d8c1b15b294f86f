/** Site-wide facts the shell needs: its name and the main navigation. */
export const siteName = 'Cascade';
export const siteTagline = 'Understanding cytokine release syndrome';

export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: NavItem[] = [
  { href: '/what-is-crs/', label: 'What is CRS' },
  { href: '/cascade/', label: 'The cascade' },
  { href: '/symptoms-and-grading/', label: 'Symptoms & grading' },
  { href: '/treatments/', label: 'Treatments' },
  { href: '/for-patients/', label: 'For patients' },
  { href: '/explore/', label: 'Explore' },
];

export const footerNav: NavItem[] = [
  { href: '/search/', label: 'Search' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/references/', label: 'References' },
  { href: '/model/', label: 'About the model' },
  { href: '/about/', label: 'About' },
  { href: '/disclaimer/', label: 'Disclaimer' },
];

/** True when `href` is the current page or a section that contains it. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
