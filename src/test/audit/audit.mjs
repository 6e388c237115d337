// Runs graphql-http's GraphQL over HTTP audit against a running endpoint and prints a JSON summary.
// Usage: node audit.mjs <url of the GraphQL endpoint>. Exits 1 on any warning or error, 2 when the audit
// cannot run at all (unreachable endpoint, bad arguments).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of the GraphQL endpoint, e.g. http://localhost:8080/graphql>');
  process.exit(2);
}

async function describe(response) {
  if (!response) {
    return undefined;
  }
  let body;
  try {
    body = await response.text();
  } catch {
    body = '(body already read)';
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: body.length > 500 ? `${body.slice(0, 500)}…` : body,
  };
}

let results;
const started = performance.now();
try {
  results = await auditServer({ url });
} catch (fatal) {
  console.log(JSON.stringify({ url, fatal: String(fatal?.cause ?? fatal) }, null, 2));
  process.exit(2);
}

const audits = await Promise.all(results.map(async (result) => ({
  id: result.id,
  name: result.name,
  status: result.status,
  ...(result.status === 'ok' ? {} : { reason: result.reason, response: await describe(result.response) }),
})));
const count = (status) => audits.filter((audit) => audit.status === status).length;
const summary = {
  url,
  millis: Math.round(performance.now() - started),
  total: audits.length,
  ok: count('ok'),
  notice: count('notice'),
  warn: count('warn'),
  error: count('error'),
  audits,
};
console.log(JSON.stringify(summary, null, 2));
process.exit(summary.warn + summary.error > 0 ? 1 : 0);
