// Runs a subscription from the service's GraphiQL page in headless Chromium, as a person would: types it into the
// editor, presses run, then records a participant through the API (with the editor token given) and waits for the
// change to show in the result pane. Prints a JSON report with every check and the WebSocket frames the page
// exchanged; exits 1 if a check fails, 2 if it cannot run.
// Usage: node graphiql-subscription.mjs <base url of the service> <editor token> [screenshot.png]
import { parsedOrNull, resultPaneText, runChecks, TIMEOUT } from './chromium-checks.mjs';

const SUBSCRIPTION = 'subscription { changes(filter: { recordTypes: [PARTICIPANT] }) { kind recordType recordId '
  + 'node { ... on Participant { name } } } }';

const base = process.argv[2]?.replace(/\/$/, '');
const token = process.argv[3];
const screenshot = process.argv[4];
if (!base || !token) {
  console.error('usage: node graphiql-subscription.mjs <base url of the service> <editor token> [screenshot.png]');
  process.exit(2);
}

const sockets = [];

await runChecks({ url: `${base}/q/graphql-ui/`, screenshot, gathered: { sockets } }, async (page, check) => {
  page.on('websocket', (socket) => {
    const seen = { url: socket.url(), sent: [], received: [], closed: false };
    sockets.push(seen);
    socket.on('framesent', (frame) => seen.sent.push(String(frame.payload)));
    socket.on('framereceived', (frame) => seen.received.push(String(frame.payload)));
    socket.on('close', () => { seen.closed = true; });
  });

  const schemaLoaded = page.waitForResponse((response) => response.request().method() === 'POST'
    && response.request().postData()?.includes('__schema'));
  schemaLoaded.catch(() => {});
  const opened = await page.goto(`${base}/q/graphql-ui/`);
  check('page opens', opened?.ok(), { status: opened?.status() });
  await schemaLoaded;

  // The editor is CodeMirror 5: set the document through its API, wait until the page has taken it in (it
  // writes the query into its URL), then press the page's run button.
  await page.locator('.graphiql-query-editor .CodeMirror').evaluate((editor, query) => editor.CodeMirror.setValue(query),
    SUBSCRIPTION);
  await page.waitForFunction(() => new URLSearchParams(window.location.search).get('query')?.startsWith('subscription'));
  await page.waitForTimeout(300);
  await page.locator('.graphiql-execute-button').click();
  const subscribed = Date.now();
  while (Date.now() - subscribed < TIMEOUT
    && !sockets.some((socket) => socket.sent.some((frame) => frame.includes('"subscribe"')))) {
    await page.waitForTimeout(50);
  }
  const socket = sockets.find((s) => s.sent.some((frame) => frame.includes('"subscribe"')));
  check('the page subscribes over a WebSocket on the GraphQL path', socket?.url === `${base.replace(/^http/, 'ws')}/graphql`,
    { sockets: sockets.map((s) => s.url) });
  check('the server acknowledges the connection (graphql-transport-ws)',
    socket?.received.some((frame) => JSON.parse(frame).type === 'connection_ack'), socket);

  // The page cannot tell when the subscription has joined: record participants until one shows up.
  const recorded = [];
  let shown = '';
  let id;
  const waiting = Date.now();
  while (Date.now() - waiting < TIMEOUT && !recorded.some((each) => shown.includes(each.id))) {
    const name = `GraphiQL subscriber ${Date.now()}`;
    const created = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($n: String!) { createParticipant(input: { name: $n, kind: STATE }) { id } }',
        variables: { n: name },
      }),
    }).then((response) => response.json());
    id = created?.data?.createParticipant?.id;
    if (!id) {
      check('a participant is recorded through the API', false, created);
      break;
    }
    recorded.push({ id, name });
    for (let tries = 0; tries < 20 && !shown.includes(id); tries++) {
      await page.waitForTimeout(100);
      shown = await resultPaneText(page);
    }
  }
  const result = parsedOrNull(shown);
  const change = result?.data?.changes;
  const shownRecord = recorded.find((each) => each.id === change?.recordId);
  check('the change shows in the result pane', change?.kind === 'CREATED' && change?.recordType === 'PARTICIPANT'
    && change?.node?.name === shownRecord?.name, { result: result ?? shown, recorded });
});
