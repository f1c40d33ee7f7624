import type zhCN from './zh-CN'

/** The portal's own texts in English; the same keys as zh-CN (the type checks it). */
const en: typeof zhCN = {
  app: { name: 'PropertyOps', short: 'PropertyOps' },
  nav: { home: 'Home', menu: 'Navigation' },
  header: {
    community: 'Community', allCommunities: 'All communities', signOut: 'Sign out', language: 'Language', inbox: 'Inbox',
    roles: 'Roles', skipToContent: 'Skip to content',
  },
  roles: {
    OWNER: 'Owner', RESIDENT: 'Resident', CUSTOMER_SERVICE: 'Customer service', TECHNICIAN: 'Technician', SUPERVISOR: 'Supervisor',
    SECURITY_GUARD: 'Security', CLEANER: 'Cleaner', GARDENER: 'Gardener', FINANCE: 'Finance', PROPERTY_MANAGER: 'Property manager', ADMIN: 'Administrator',
  },
  signIn: {
    title: 'Staff sign-in', intro: 'Property staff sign in with their platform account.', button: 'Sign in', signingIn: 'Signing in…',
    signedOut: 'You have signed out.', failed: 'Sign-in did not complete: {reason}',
  },
  noAccess: { title: 'This portal is for property staff', body: 'Your account ({roles}) has no staff role. Owners and residents use the mobile app.', signOut: 'Sign in as someone else' },
  forbidden: { title: 'Not allowed', body: 'Your roles do not open this page.', back: 'Back to home' },
  notFound: { title: 'Page not found', body: 'There is no such page.', back: 'Back to home' },
  home: { welcome: 'Hello, {name}', pick: "Pick today's work from the navigation." },
  state: {
    loading: 'Loading…', empty: 'Nothing here yet', retry: 'Try again', forbidden: 'You are not allowed to see this.', notFound: 'Not found: it may have been removed or is not yours.',
  },
  wo: {
    status: {
      SUBMITTED: 'Submitted', ACCEPTED: 'Accepted', DISPATCHED: 'Dispatched', TAKEN: 'Taken', IN_PROGRESS: 'In progress', ON_HOLD: 'On hold',
      RESOLVED: 'Resolved', CONFIRMED: 'Confirmed', REVISITED: 'Revisited', CLOSED: 'Closed', CANCELLED: 'Cancelled', ARCHIVED: 'Archived',
    },
    urgency: { EMERGENCY: 'Emergency', URGENT: 'Urgent', NORMAL: 'Normal', LOW: 'Low' },
    kind: {
      REPAIR: 'Repair', COMPLAINT: 'Complaint', SUGGESTION: 'Suggestion', INQUIRY: 'Inquiry', INSPECTION_FINDING: 'Inspection finding',
      PREVENTIVE_MAINTENANCE: 'Preventive maintenance', SECURITY_INCIDENT: 'Security incident',
    },
    channel: {
      APP: 'App', HOTLINE: 'Phone', WALK_IN: 'Walk-in', WECHAT: 'WeChat', PORTAL: 'Portal', STAFF_FOUND: 'Found by staff',
      INSPECTION: 'Inspection', SYSTEM: 'System', API: 'API',
    },
    deadline: { RESPONSE: 'Response', ARRIVAL: 'Arrival', RESOLUTION: 'Resolution', REPLY: 'Reply' },
    countdown: { left: '{time} left', paused: 'Paused ({time} left)', overdue: 'Overdue by {time}', met: 'Met on time', metLate: 'Met {time} late' },
  },
  common: {
    save: 'Save', cancel: 'Cancel', confirm: 'OK', refresh: 'Refresh', search: 'Search', reset: 'Reset', edit: 'Edit', delete: 'Delete',
    create: 'New', close: 'Close', actions: 'Actions', status: 'Status', yes: 'Yes', no: 'No', saved: 'Saved', done: 'Done',
    live: 'Live', offline: 'Disconnected, reconnecting', more: 'More', export: 'Export CSV', from: 'From', to: 'To', all: 'All',
    required: 'Required', details: 'Details', back: 'Back',
  },
}
export default en
