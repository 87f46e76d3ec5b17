// The demo workspace's records: a small, plausible book of business.
export const DEMO_WORKSPACE = { name: 'Acme Demo', slug: 'acme-demo' };

export const DEMO_ORGANIZATIONS: {
  name: string;
  links: string[];
  emails: string[];
  customFields: Record<string, string | number>;
  people: { name: string; emails: string[]; phones: string[]; title: string }[];
}[] = [
  {
    name: 'Northwind Traders',
    links: ['https://northwind.example.com'],
    emails: ['hello@northwind.example.com'],
    customFields: { industry: 'Wholesale', employees: 240 },
    people: [
      {
        name: 'Nancy Davolio',
        emails: ['nancy@northwind.example.com'],
        phones: ['+1 206 555 0101'],
        title: 'Head of Purchasing',
      },
      {
        name: 'Andrew Fuller',
        emails: ['andrew@northwind.example.com'],
        phones: ['+1 206 555 0102'],
        title: 'VP Sales',
      },
    ],
  },
  {
    name: 'Globex Corporation',
    links: ['https://globex.example.com'],
    emails: ['info@globex.example.com'],
    customFields: { industry: 'Manufacturing', employees: 1200 },
    people: [
      {
        name: 'Hank Scorpio',
        emails: ['hank@globex.example.com'],
        phones: ['+1 555 0199'],
        title: 'CEO',
      },
      {
        name: 'Frank Grimes',
        emails: ['frank@globex.example.com'],
        phones: [],
        title: 'Procurement',
      },
    ],
  },
  {
    name: 'Initech',
    links: ['https://initech.example.com'],
    emails: [],
    customFields: { industry: 'Software', employees: 85 },
    people: [
      {
        name: 'Bill Lumbergh',
        emails: ['bill@initech.example.com'],
        phones: ['+1 512 555 0142'],
        title: 'Division VP',
      },
      {
        name: 'Joanna Bellows',
        emails: ['joanna@initech.example.com'],
        phones: [],
        title: 'Operations',
      },
    ],
  },
  {
    name: 'Umbrella Health',
    links: ['https://umbrella-health.example.com'],
    emails: ['partners@umbrella-health.example.com'],
    customFields: { industry: 'Healthcare', employees: 5300 },
    people: [
      {
        name: 'Alice Abernathy',
        emails: ['alice@umbrella-health.example.com'],
        phones: [],
        title: 'CIO',
      },
    ],
  },
  {
    name: 'Stark Logistics',
    links: ['https://stark-logistics.example.com'],
    emails: [],
    customFields: { industry: 'Logistics', employees: 640 },
    people: [
      {
        name: 'Pepper Potts',
        emails: ['pepper@stark-logistics.example.com'],
        phones: ['+1 212 555 0175'],
        title: 'COO',
      },
    ],
  },
];

export const DEMO_UNAFFILIATED_PEOPLE = [
  {
    name: 'Sam Carter',
    emails: ['sam.carter@example.org'],
    phones: [],
    title: 'Independent consultant',
  },
];

/**
 * The demo pipeline: deals at every stage of the sales workflow, linked to the organizations and
 * people above by name. `moves` are the sales steps each deal goes through after Qualification;
 * close dates are relative to the day of seeding so the pipeline never looks stale.
 */
export const DEMO_DEALS: {
  name: string;
  organization: string | null;
  people: string[];
  amount: string | null;
  currency?: string;
  closesInDays: number | null;
  moves: string[];
}[] = [
  {
    name: 'Northwind warehouse rollout',
    organization: 'Northwind Traders',
    people: ['Nancy Davolio'],
    amount: '48000',
    closesInDays: 21,
    moves: ['initial_contact', 'discovery', 'proposal'],
  },
  {
    name: 'Northwind analytics add-on',
    organization: 'Northwind Traders',
    people: ['Andrew Fuller'],
    amount: '12500',
    closesInDays: 60,
    moves: [],
  },
  {
    name: 'Globex plant automation',
    organization: 'Globex Corporation',
    people: ['Hank Scorpio', 'Frank Grimes'],
    amount: '180000',
    closesInDays: 14,
    moves: ['initial_contact', 'discovery', 'proposal', 'negotiation'],
  },
  {
    name: 'Globex support renewal',
    organization: 'Globex Corporation',
    people: ['Frank Grimes'],
    amount: '24000',
    closesInDays: -5,
    moves: ['initial_contact', 'discovery', 'proposal', 'negotiation', 'closed_won'],
  },
  {
    name: 'Initech TPS modernization',
    organization: 'Initech',
    people: ['Bill Lumbergh'],
    amount: '36000',
    closesInDays: 45,
    moves: ['initial_contact', 'discovery'],
  },
  {
    name: 'Initech pilot',
    organization: 'Initech',
    people: ['Joanna Bellows'],
    amount: '5000',
    closesInDays: -10,
    moves: ['initial_contact', 'closed_lost'],
  },
  {
    name: 'Umbrella Health data platform',
    organization: 'Umbrella Health',
    people: ['Alice Abernathy'],
    amount: '250000',
    currency: 'EUR',
    closesInDays: 90,
    moves: ['initial_contact'],
  },
  {
    name: 'Stark fleet tracking',
    organization: 'Stark Logistics',
    people: ['Pepper Potts'],
    amount: '95000',
    closesInDays: 30,
    moves: ['initial_contact', 'discovery', 'proposal'],
  },
  {
    name: 'Referral partnership',
    organization: null,
    people: ['Sam Carter'],
    amount: null,
    closesInDays: null,
    moves: [],
  },
];

/** Demo leads at each step of the lead workflow; one is converted into a deal. */
export const DEMO_LEADS: {
  name: string;
  email: string;
  company: string | null;
  source: string;
  score: number;
  moves: string[];
  convert?: { dealName: string; amount: string };
}[] = [
  {
    name: 'Selina Kyle',
    email: 'selina@example.org',
    company: null,
    source: 'Website',
    score: 25,
    moves: [],
  },
  {
    name: 'Diana Prince',
    email: 'diana@themyscira-imports.example.com',
    company: 'Themyscira Imports',
    source: 'Website',
    score: 55,
    moves: ['contacted'],
  },
  {
    name: 'Barry Allen',
    email: 'barry@star-labs.example.com',
    company: 'S.T.A.R. Labs',
    source: 'Referral',
    score: 70,
    moves: ['contacted', 'qualified'],
  },
  {
    name: 'Oswald Cobblepot',
    email: 'oswald@iceberg-lounge.example.com',
    company: 'Iceberg Lounge',
    source: 'Cold email',
    score: 10,
    moves: ['disqualified'],
  },
  {
    name: 'Bruce Wayne',
    email: 'bruce@wayne.example.com',
    company: 'Wayne Enterprises',
    source: 'Conference',
    score: 90,
    moves: ['contacted', 'qualified'],
    convert: { dealName: 'Wayne Enterprises security suite', amount: '60000' },
  },
];
