// Opens the service's GraphiQL page in headless Chromium as a person would: waits for the schema, opens the
// Docs explorer on Query, runs a query from the editor and reads the result pane. Prints a JSON report with
// every check and the introspection request the page sent; exits 1 if a check fails, 2 if it cannot run.
// Usage: node graphiql-docs.mjs <base url of the service, e.g. http://localhost:8080> [screenshot.png]
import { readFileSync } from 'node:fs';
import { parsedOrNull, resultPaneText, runChecks, TIMEOUT } from './chromium-checks.mjs';

const EXPECTED_QUERY_FIELDS = ['negotiations', 'participants'];
const EDITOR_QUERY = '{ participants(first: 2) { nodes { name } } }';
const GRAPHIQL_QUERY = readFileSync(new URL('../resources/introspection/graphiql-3.2.0.graphql', import.meta.url),
  'utf8');

const base = process.argv[2]?.replace(/\/$/, '');
const screenshot = process.argv[3];
if (!base) {
  console.error('usage: node graphiql-docs.mjs <base url of the service, e.g. http://localhost:8080>');
  process.exit(2);
}

const introspectionRequests = [];

await runChecks({ url: `${base}/q/graphql-ui/`, screenshot, gathered: { introspectionRequests } }, async (page, check) => {
  page.on('response', async (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) {
      return;
    }
    const body = request.postDataJSON();
    if (!body?.query?.includes('__schema')) {
      return;
    }
    let answer;
    try {
      answer = await response.json();
    } catch {
      answer = null;
    }
    introspectionRequests.push({
      url: request.url(),
      headers: (await request.headersArray()).filter(({ name }) => /^(accept|content-type)$/i.test(name)),
      operationName: body.operationName,
      query: body.query,
      variables: body.variables,
      status: response.status(),
      answered: Boolean(answer?.data?.__schema),
      errors: answer?.errors?.map((error) => ({ message: error.message, code: error.extensions?.code })),
    });
  });

  const introspected = page.waitForResponse((response) => response.request().method() === 'POST'
    && response.request().postData()?.includes('__schema'));
  introspected.catch(() => {}); // a failure to open the page is reported instead
  const opened = await page.goto(`${base}/q/graphql-ui/`);
  check('page opens', opened?.ok(), { status: opened?.status(), title: await page.title() });
  await introspected;

  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const explorer = page.locator('.graphiql-doc-explorer-content');
  const queryLink = explorer.locator('.graphiql-doc-explorer-root-type + .graphiql-doc-explorer-type-name',
    { hasText: /^Query$/ });
  const explorerError = explorer.locator('.graphiql-doc-explorer-error');
  await queryLink.or(explorerError).first().waitFor();
  if (await explorerError.count() > 0) {
    check('docs explorer loads the schema', false, {
      shown: await explorerError.first().innerText(),
      introspectionAnswers: introspectionRequests.map(({ status, errors }) => ({ status, errors })),
    });
  } else {
    check('docs explorer loads the schema', true);
    await queryLink.click();
    await page.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor();
    const fields = await explorer.locator('.graphiql-doc-explorer-field-name').allInnerTexts();
    check("docs explorer lists Query's fields", EXPECTED_QUERY_FIELDS.every((name) => fields.includes(name)),
      { expected: EXPECTED_QUERY_FIELDS, listed: fields });
  }

  const sent = introspectionRequests[0];
  check('GraphiQL sends the introspection query kept in src/test/resources/introspection', sent?.query === GRAPHIQL_QUERY
    && sent?.operationName === 'IntrospectionQuery', sent ? undefined : 'no introspection request seen');

  // The editor is CodeMirror 5: set the document through its API, then press the page's run button.
  await page.locator('.graphiql-query-editor .CodeMirror').evaluate((editor, query) => editor.CodeMirror.setValue(query),
    EDITOR_QUERY);
  const executed = page.waitForResponse((response) => response.request().method() === 'POST'
    && response.request().postData()?.includes('participants(first: 2)'));
  await page.locator('.graphiql-execute-button').click();
  const executedResponse = await executed;
  await page.waitForFunction(() => {
    const pane = document.querySelector('.graphiql-response .CodeMirror');
    return pane?.CodeMirror.getValue().includes('"data"') || pane?.CodeMirror.getValue().includes('"errors"');
  }, undefined, { timeout: TIMEOUT });
  const shown = await resultPaneText(page);
  const result = parsedOrNull(shown);
  const names = result?.data?.participants?.nodes?.map((node) => node.name) ?? [];
  check('a query run from the editor shows its data in the result pane', !result?.errors && names.length === 2,
    { status: executedResponse.status(), result: result ?? shown });
});
