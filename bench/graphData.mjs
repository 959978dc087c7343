// Graph-shaped sample values for the benchmark fixtures, drawn from a seeded generator so every
// run writes the same bytes. Only the shapes matter here; the names and values are invented.

/** A small, fast, seedable generator (mulberry32): the same seed gives the same fixture. */
export function createRandom(seed) {
  let state = seed >>> 0;

  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
}

const HEX = '0123456789abcdef';
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ZONES = [
  { text: 'Z', minutes: 0 },
  { text: '-08:00', minutes: -480 },
  { text: '+01:00', minutes: 60 },
  { text: '+05:30', minutes: 330 },
];
const BASE_EPOCH_MS = Date.UTC(2023, 0, 1);

export const ORGANIZATIONS = [
  'Contoso Schools', 'Fabrikam Retail', 'Northwind Traders', 'Tailspin Toys',
  'Société Générale de Test', 'Müller & Söhne GmbH', '東京テスト株式会社', 'Adatum "Quoted" Ltd',
];

export function guid(random) {
  let text = '';
  for (let index = 0; index < 32; index++) {
    text += HEX[random.int(0, 15)];
    if (index === 7 || index === 11 || index === 15 || index === 19) {
      text += '-';
    }
  }
  return text;
}

export function tokenText(random, length) {
  let text = '';
  for (let index = 0; index < length; index++) {
    text += TOKEN_ALPHABET[random.int(0, TOKEN_ALPHABET.length - 1)];
  }
  return text;
}

/** An instant as Graph writes it: seven fractional digits and an offset such as `-08:00`. */
export function graphDateTime(epochMs, random) {
  const zone = random.pick(ZONES);
  const local = new Date(epochMs + zone.minutes * 60000);
  const fraction = String(random.int(0, 9999999)).padStart(7, '0');
  const pad = (value) => String(value).padStart(2, '0');
  const date = [local.getUTCFullYear(), pad(local.getUTCMonth() + 1), pad(local.getUTCDate())];
  const time = [local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()].map(pad);

  return `${date.join('-')}T${time.join(':')}.${fraction}${zone.text}`;
}

export function randomEpochMs(random) {
  return BASE_EPOCH_MS + random.int(0, 700 * 86400) * 1000;
}

export function vppTokenShell(random) {
  const organization = random.pick(ORGANIZATIONS);
  const synced = randomEpochMs(random);

  return {
    '@odata.type': '#microsoft.graph.vppToken',
    id: guid(random),
    organizationName: organization,
    vppTokenAccountType: random.pick(['business', 'education']),
    appleId: `vpp-${random.int(100, 999)}@example.com`,
    expirationDateTime: graphDateTime(synced + 365 * 86400000, random),
    lastSyncDateTime: graphDateTime(synced, random),
    token: tokenText(random, random.int(300, 900)),
    lastModifiedDateTime: graphDateTime(synced, random),
    state: 'valid',
    lastSyncStatus: random.pick(['completed', 'inProgress', 'failed']),
    automaticallyUpdateApps: random.chance(0.5),
    countryOrRegionCode: random.pick(['us', 'fr', 'de', 'jp']),
    dataSharingConsentGranted: true,
    displayName: `${organization} token`,
    locationName: 'Main office\nBuilding 2',
    claimTokenManagementFromExternalMdm: false,
    roleScopeTagIds: ['0', String(random.int(1, 9))],
  };
}

export function managedDevice(random) {
  const enrolled = randomEpochMs(random);

  return {
    '@odata.type': '#microsoft.graph.managedDevice',
    id: guid(random),
    userId: guid(random),
    deviceName: `iPad-${random.int(1000, 9999)}`,
    managedDeviceOwnerType: 'company',
    enrolledDateTime: graphDateTime(enrolled, random),
    lastSyncDateTime: graphDateTime(enrolled + 86400000, random),
    operatingSystem: 'iOS',
    complianceState: random.pick(['compliant', 'noncompliant']),
    osVersion: `17.${random.int(0, 6)}`,
    model: 'iPad (10th generation)',
    serialNumber: tokenText(random, 12).toUpperCase(),
    totalStorageSpaceInBytes: random.int(32, 512) * 1073741824,
    freeStorageSpaceInBytes: random.int(1, 30) * 1073741824,
    deviceActionResults: [
      {
        actionName: 'retire',
        actionState: random.pick(['done', 'pending', 'whatever']),
        startDateTime: graphDateTime(enrolled, random),
        lastUpdatedDateTime: graphDateTime(enrolled - 3600000, random),
      },
    ],
    notes: 'Path C:\\Users\\test and a \u00e9 and a \\u escape \u2028 end',
  };
}

export function batchHeaders(random) {
  return {
    'Content-Type': 'application/json;odata.metadata=minimal',
    'request-id': guid(random),
    'x-ms-ags-diagnostic': '{"ServerInfo":{"DataCenter":"West US"}}',
  };
}
