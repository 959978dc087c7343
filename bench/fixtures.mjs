// Deterministic benchmark fixtures: recorded Graph responses (vppToken lists with their
// tokenActionResults, $batch responses, managed devices, errors) with injected mistakes whose
// exact ranges are kept next to each fixture. Generated once into bench/fixtures/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  batchHeaders,
  createRandom,
  guid,
  managedDevice,
  randomEpochMs,
  graphDateTime,
  vppTokenShell,
} from './graphData.mjs';
import { JsonWriter } from './jsonWriter.mjs';
import { MistakePlanner, revokeResult } from './payloads.mjs';

/** Bump when the generator changes, so stale fixtures are written again. */
const GENERATOR_VERSION = 3;
const MIB = 1024 * 1024;
const GRAPH = 'https://graph.microsoft.com/beta';

export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const FIXTURE_SPECS = [
  { name: 'pretty-1mb', megabytes: 1, pretty: true, seed: 1 },
  { name: 'pretty-10mb', megabytes: 10, pretty: true, seed: 10 },
  { name: 'minified-10mb', megabytes: 10, pretty: false, seed: 11 },
  { name: 'pretty-50mb', megabytes: 50, pretty: true, seed: 50 },
];

/** The fixture's text and the list of injected mistakes, writing both first if needed. */
export function loadFixture(spec) {
  const textFile = path.join(FIXTURES_DIR, `${spec.name}.json`);
  const manifestFile = path.join(FIXTURES_DIR, `${spec.name}.mistakes.json`);
  const manifest = readManifest(manifestFile);

  if (manifest?.version !== GENERATOR_VERSION || !fs.existsSync(textFile)) {
    const generated = generateFixture(spec);
    fs.mkdirSync(FIXTURES_DIR, { recursive: true });
    fs.writeFileSync(textFile, generated.text);
    fs.writeFileSync(manifestFile, JSON.stringify(generated.manifest));
    return { ...generated, file: textFile };
  }
  return { text: fs.readFileSync(textFile, 'utf8'), manifest, file: textFile };
}

export function fixturePath(spec) {
  return path.join(FIXTURES_DIR, `${spec.name}.json`);
}

function readManifest(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes recordings until the text reaches the size, then closes the document. */
export function generateFixture(spec) {
  const random = createRandom(spec.seed);
  const planner = new MistakePlanner(random);
  const writer = new JsonWriter(spec.pretty);
  const target = spec.megabytes * MIB;
  const chunks = [];
  const newline = spec.pretty ? '\n  ' : '';

  writer.write(`{${newline}"description": ${JSON.stringify('Recorded Graph beta responses')},`);
  writer.write(`${newline}"recordings": [`);
  writer.path.push('recordings');
  for (let index = 0; writer.length < target; index++) {
    writer.write(index === 0 ? '' : ',');
    writer.write(spec.pretty ? '\n    ' : '');
    writer.path.push(String(index));
    writer.value(recording(random, planner, index), 2);
    writer.path.pop();
    chunks.push(writer.take());
  }
  writer.write(spec.pretty ? '\n  ]\n}\n' : ']}');
  chunks.push(writer.take());

  const text = chunks.join('');
  const manifest = {
    version: GENERATOR_VERSION,
    length: text.length,
    payloads: planner.payloads,
    mistakes: writer.mistakes,
  };
  return { text, manifest };
}

/** The kinds of response bodies, taken in turn. */
const BODIES = [
  (random, planner) => vppTokenPage(random, planner),
  (random, planner) => tokenActionResultsPage(random, planner),
  (random, planner) => batchResponse(random, planner),
  (random, planner) => vppTokenPage(random, planner),
  (random) => managedDevicePage(random),
  (random, planner) => singleVppToken(random, planner),
];

function recording(random, planner, index) {
  const body = BODIES[index % BODIES.length](random, planner);

  return {
    request: { method: 'GET', url: `${GRAPH}/deviceAppManagement/vppTokens?page=${index}` },
    response: { status: 200, headers: batchHeaders(random), body },
  };
}

function vppTokenWithResults(random, planner) {
  const token = vppTokenShell(random);
  const count = random.int(2, 8);

  token.tokenActionResults = Array.from({ length: count }, () => revokeResult(random, planner));
  return token;
}

function vppTokenPage(random, planner) {
  const count = random.int(3, 8);

  return {
    '@odata.context': `${GRAPH}/$metadata#deviceAppManagement/vppTokens`,
    '@odata.nextLink': `${GRAPH}/deviceAppManagement/vppTokens?$skiptoken=${guid(random)}`,
    value: Array.from({ length: count }, () => vppTokenWithResults(random, planner)),
  };
}

function tokenActionResultsPage(random, planner) {
  const count = random.int(10, 30);

  return {
    '@odata.context':
      `${GRAPH}/$metadata#deviceAppManagement/vppTokens('${guid(random)}')/tokenActionResults`,
    value: Array.from({ length: count }, () => revokeResult(random, planner)),
  };
}

function singleVppToken(random, planner) {
  return {
    '@odata.context': `${GRAPH}/$metadata#deviceAppManagement/vppTokens/$entity`,
    ...vppTokenWithResults(random, planner),
  };
}

function managedDevicePage(random) {
  const count = random.int(4, 10);

  return {
    '@odata.context': `${GRAPH}/$metadata#deviceManagement/managedDevices`,
    '@odata.count': count,
    value: Array.from({ length: count }, () => managedDevice(random)),
  };
}

function batchResponse(random, planner) {
  const failedAt = randomEpochMs(random);
  const succeeded = (id, body) => ({ id, status: 200, headers: batchHeaders(random), body });
  const responses = [
    succeeded('1', tokenActionResultsPage(random, planner)),
    succeeded('2', managedDevicePage(random)),
    succeeded('3', vppTokenPage(random, planner)),
    {
      id: '4',
      status: 404,
      headers: batchHeaders(random),
      body: {
        error: {
          code: 'ResourceNotFound',
          message: 'The vppToken was not found.',
          innerError: { date: graphDateTime(failedAt, random), 'request-id': guid(random) },
        },
      },
    },
  ];
  return { responses };
}
