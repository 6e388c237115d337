// WebSocket load generator for the service's subscriptions (bench/subscriptions/README section in bench/README.md).
// Opens N subscriptions over graphql-transport-ws (graphql-ws clients), waits until every one has joined, stays idle
// for a while (the service's RSS is sampled then), then records statements through the API at a steady rate and
// measures, for every delivered change, the time from its commit (the change's `at`, stamped by the database in
// the committing transaction) to its arrival here. Prints one JSON report on stdout.
//
// Usage: node load.mjs --url http://127.0.0.1:8080/graphql --key <editor signing key, PEM> [--subscribers 1000]
//   [--per-socket 1] [--rate 5] [--duration 30] [--idle 15] [--service-pid PID] [--db postgresql://...]
// The key signs an RS256 editor token (issuer talks-record-dev) for the writes; the service must trust its public key.
import { execFileSync } from 'node:child_process';
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const url = args.url;
const key = args.key;
const subscribers = Number(args.subscribers ?? 1000);
const perSocket = Number(args['per-socket'] ?? 1);
const rate = Number(args.rate ?? 5);
const duration = Number(args.duration ?? 30);
const idleSeconds = Number(args.idle ?? 15);
const servicePid = args['service-pid'];
const db = args.db;
if (!url || !key) {
  console.error('usage: node load.mjs --url <http endpoint> --key <signing key PEM> [options, see the file]');
  process.exit(2);
}

/** An editor token for the writes, valid for two hours. */
function editorToken() {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iss: 'talks-record-dev', sub: 'bench',
    upn: 'bench', groups: ['editor'], iat: now, exp: now + 7200 })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(readFileSync(key, 'utf8'), 'base64url');
  return `${unsigned}.${signature}`;
}
const token = editorToken();

const SUBSCRIPTION = `subscription { changes(filter: { recordTypes: [STATEMENT], kinds: [CREATED] }) {
  cursor at recordId node { ... on Statement { text saidAt speaker { name } } } } }`;
const log = (...parts) => console.error(`[load ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const nowMs = () => performance.timeOrigin + performance.now();

/** Milliseconds since the epoch of an ISO time with up to microseconds, e.g. 2026-11-29T11:43:07.123456Z. */
function epochMillis(iso) {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(iso);
  const fraction = (match[2] ?? '').padEnd(6, '0').slice(0, 6);
  return Date.parse(`${match[1]}Z`) + Number(fraction) / 1000;
}

async function graphql(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const rssMiB = () => {
  if (!servicePid) return null;
  const status = readFileSync(`/proc/${servicePid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
};
/** CPU seconds the service has used so far (user + system). */
const cpuSeconds = () => {
  if (!servicePid) return null;
  const fields = readFileSync(`/proc/${servicePid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const sql = (statement) => (db ? execFileSync('psql', [db, '-X', '-q', '-At', '-c', statement], { encoding: 'utf8' })
  .trim() : null);
const STATS = `select coalesce(sum(calls), 0) || ' ' ||
    coalesce(sum(calls) filter (where query ilike '%from change_log%' or query ilike '%json_build_object(''rows''%'), 0)
  from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
    and query not ilike '%pg_stat_statements%'`;

// ---------------------------------------------------------------- subscribers
const received = new Uint32Array(subscribers);
const measuredFrom = { at: Infinity };
const latencies = [];
let errors = 0;
const clients = [];
const socketCount = Math.ceil(subscribers / perSocket);
log(`opening ${subscribers} subscriptions on ${socketCount} sockets`);
const opened = nowMs();
let acked = 0;
let closedEarly = 0;
let reconnects = 0;
for (let s = 0; s < socketCount; s++) {
  let connectedBefore = false;
  // as browsers' clients do, a socket closed before its subscription runs (e.g. 4408 when the service took longer
  // than its connection_init timeout to read the message) connects again and subscribes anew
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 5,
    shouldRetry: () => true,
    on: {
      connected: () => {
        if (connectedBefore) reconnects++;
        else acked++;
        connectedBefore = true;
      },
      closed: (event) => {
        if (!connectedBefore) closedEarly++;
        if (event?.code !== 1000 && closedEarly < 5) log(`socket closed ${event?.code} ${event?.reason ?? ''}`);
      },
    },
  });
  clients.push(client);
  for (let i = s * perSocket; i < Math.min(subscribers, (s + 1) * perSocket); i++) {
    client.subscribe({ query: SUBSCRIPTION }, {
      next: (result) => {
        const change = result.data?.changes;
        if (!change) {
          errors++;
          return;
        }
        received[i]++;
        const at = epochMillis(change.at);
        if (at >= measuredFrom.at) latencies.push(nowMs() - at);
      },
      error: (error) => {
        errors++;
        if (errors < 5) log('subscription error', error?.code ?? '', error?.reason ?? error?.message ?? '');
      },
      complete: () => {},
    });
  }
  if (s % 200 === 199) {
    const waiting = nowMs();
    while (acked < s - 100 && nowMs() - waiting < 30_000) await sleep(10);
  }
}
while (acked < socketCount && nowMs() - opened < 120_000) await sleep(20);
log(`${acked} of ${socketCount} sockets acknowledged in ${Math.round(nowMs() - opened)} ms`);

// ---------------------------------------------------------------- every subscription joins
const speaker = (await graphql('mutation($n: String!) { createParticipant(input: { name: $n, kind: PERSON }) { id } }',
  { n: `Bench speaker ${Date.now()}` })).createParticipant.id;
const record = (text) => graphql(
  'mutation($i: StatementInput!) { recordStatement(input: $i) { id } }',
  { i: { text, saidAt: new Date().toISOString(), speakerId: speaker } },
);
const joining = nowMs();
let probes = 0;
while (received.some((count) => count === 0) && nowMs() - joining < 120_000) {
  await record(`Probe ${probes++}`);
  await sleep(500);
}
const joined = received.filter((count) => count > 0).length;
log(`${joined} of ${subscribers} subscriptions received a probe (${probes} probes)`);

// ---------------------------------------------------------------- idle
await sleep(2000);
log(`idle for ${idleSeconds} s`);
const rssIdleStart = rssMiB();
await sleep(idleSeconds * 1000);
const rssIdle = rssMiB();

// ---------------------------------------------------------------- measured writes
const before = received.reduce((sum, count) => sum + count, 0);
const stats0 = sql(STATS);
if (db) sql('select pg_stat_statements_reset()');
measuredFrom.at = nowMs();
const cpuBefore = cpuSeconds();
const writes = Math.round(rate * duration);
log(`recording ${writes} statements at ${rate}/s`);
const writeStart = nowMs();
let written = 0;
let writeErrors = 0;
const pending = [];
for (let w = 0; w < writes; w++) {
  const due = writeStart + (w * 1000) / rate;
  const wait = due - nowMs();
  if (wait > 0) await sleep(wait);
  pending.push(record(`Measured statement ${w}`).then(() => { written++; }, () => { writeErrors++; }));
}
await Promise.all(pending);
const expected = written * joined;
const drainStart = nowMs();
const delivered = () => received.reduce((sum, count) => sum + count, 0) - before;
while (delivered() < expected && nowMs() - drainStart < 30_000) await sleep(50);
await sleep(500);
const [totalCalls, hubCalls] = db ? sql(STATS).split(' ').map(Number) : [null, null];
const rssAfter = rssMiB();
const cpuUsed = servicePid ? cpuSeconds() - cpuBefore : null;

latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1,
  Math.floor((p / 100) * latencies.length))] * 10) / 10 : null);
for (const client of clients) client.dispose();
console.log(JSON.stringify({
  subscribers,
  perSocket,
  sockets: socketCount,
  joined,
  rate,
  durationSeconds: duration,
  writes: written,
  writeErrors,
  expectedDeliveries: expected,
  delivered: delivered(),
  subscriptionErrors: errors,
  socketsClosedBeforeConnected: closedEarly,
  reconnects,
  latencyMs: { p50: pct(50), p90: pct(90), p99: pct(99), max: latencies.length ? Math.round(latencies.at(-1)) : null,
    samples: latencies.length },
  statements: db ? { total: totalCalls, changeLogReads: hubCalls, totalPerChange: totalCalls / written,
    changeLogReadsPerChange: hubCalls / written, before: stats0 } : null,
  serviceCpu: servicePid ? { seconds: Math.round(cpuUsed * 100) / 100,
    microsPerDelivery: Math.round((cpuUsed * 1e6) / Math.max(1, delivered())) } : null,
  rssMiB: { idleStart: rssIdleStart, idle: rssIdle, afterWrites: rssAfter },
}, null, 2));
process.exit(0);
