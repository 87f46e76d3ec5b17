// The demo workspace's records: a small, plausible book of business.
export const DEMO_WORKSPACE = { name: 'Acme Demo', slug: 'acme-demo' };

export const DEMO_ORGANIZATIONS: {
  name: string;
  links: string[];
  emails: string[];
  customFields: Record<string, unknown>;
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
