// The app's pages inside the shell. A page is one feature folder plus one entry here: its path,
// its title (the browser tab and the nav), and its component, loaded when first visited. Pages
// with `nav: false` get a route but no nav link (detail pages, reached from others).
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { InboxNavBadge } from '../features/inbox/components/inbox-nav-badge.tsx';

export interface PageEntry {
  /** Relative to the app root, e.g. 'pipeline' or 'deals/:dealId'. */
  path: string;
  title: string;
  nav: boolean;
  /** Shown after the nav link's title (a count); small, so it is not lazy. */
  NavBadge?: ComponentType;
  Component: LazyExoticComponent<ComponentType>;
}

function page<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: pick(await load()) }));
}

// One component for the inbox with or without an open conversation, so opening one keeps the list.
const InboxPage = page(
  () => import('../features/inbox/components/inbox-page.tsx'),
  (m) => m.InboxPage,
);

export const pages: readonly PageEntry[] = [
  {
    path: 'today',
    title: 'Today',
    nav: true,
    Component: page(
      () => import('../features/today/components/today-page.tsx'),
      (m) => m.TodayPage,
    ),
  },
  {
    path: 'inbox',
    title: 'Inbox',
    nav: true,
    NavBadge: InboxNavBadge,
    Component: InboxPage,
  },
  {
    path: 'inbox/:conversationId',
    title: 'Inbox',
    nav: false,
    Component: InboxPage,
  },
  {
    path: 'pipeline',
    title: 'Pipeline',
    nav: true,
    Component: page(
      () => import('../features/pipeline/components/pipeline-page.tsx'),
      (m) => m.PipelinePage,
    ),
  },
  {
    path: 'activities',
    title: 'Activities',
    nav: true,
    Component: page(
      () => import('../features/activities/components/activities-page.tsx'),
      (m) => m.ActivitiesPage,
    ),
  },
  {
    path: 'leads',
    title: 'Leads',
    nav: true,
    Component: page(
      () => import('../features/leads/components/leads-page.tsx'),
      (m) => m.LeadsPage,
    ),
  },
  {
    path: 'organizations',
    title: 'Organizations',
    nav: true,
    Component: page(
      () => import('../features/organizations/components/organizations-page.tsx'),
      (m) => m.OrganizationsPage,
    ),
  },
  {
    path: 'people',
    title: 'People',
    nav: true,
    Component: page(
      () => import('../features/people/components/people-page.tsx'),
      (m) => m.PeoplePage,
    ),
  },
  {
    path: 'deals/:dealId',
    title: 'Deal',
    nav: false,
    Component: page(
      () => import('../features/deals/components/deal-page.tsx'),
      (m) => m.DealPage,
    ),
  },
  {
    path: 'leads/:leadId',
    title: 'Lead',
    nav: false,
    Component: page(
      () => import('../features/leads/components/lead-page.tsx'),
      (m) => m.LeadPage,
    ),
  },
  {
    path: 'people/:personId',
    title: 'Person',
    nav: false,
    Component: page(
      () => import('../features/people/components/person-page.tsx'),
      (m) => m.PersonPage,
    ),
  },
  {
    path: 'organizations/:organizationId',
    title: 'Organization',
    nav: false,
    Component: page(
      () => import('../features/organizations/components/organization-page.tsx'),
      (m) => m.OrganizationPage,
    ),
  },
  {
    path: 'workflows',
    title: 'Workflows',
    nav: true,
    Component: page(
      () => import('../features/workflows/components/workflows-page.tsx'),
      (m) => m.WorkflowsPage,
    ),
  },
  {
    path: 'workflows/:workflowId',
    title: 'Workflow',
    nav: false,
    Component: page(
      () => import('../features/workflows/components/workflow-page.tsx'),
      (m) => m.WorkflowPage,
    ),
  },
  {
    path: 'runs',
    title: 'Runs',
    nav: true,
    Component: page(
      () => import('../features/runs/components/runs-page.tsx'),
      (m) => m.RunsPage,
    ),
  },
  {
    path: 'runs/:runId',
    title: 'Run',
    nav: false,
    Component: page(
      () => import('../features/runs/components/run-page.tsx'),
      (m) => m.RunPage,
    ),
  },
  {
    path: 'policies',
    title: 'Policies',
    nav: true,
    Component: page(
      () => import('../features/policies/components/policies-page.tsx'),
      (m) => m.PoliciesPage,
    ),
  },
  {
    path: 'settings',
    title: 'Settings',
    nav: true,
    Component: page(
      () => import('../features/settings/components/settings-page.tsx'),
      (m) => m.SettingsPage,
    ),
  },
  {
    path: 'settings/connections',
    title: 'Connections',
    nav: false,
    Component: page(
      () => import('../features/settings/connections/components/connections-page.tsx'),
      (m) => m.ConnectionsPage,
    ),
  },
];

/** Where `/` goes: the first page in the nav. */
export const homePath = `/${pages.find((p) => p.nav)?.path ?? 'pipeline'}`;
