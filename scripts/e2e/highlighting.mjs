// After the suite: opens highlight.json in the workbench with the extension under development
// and checks, in the rendered editor, that the default theme colours what the injection
// grammar marks and leaves the rest as VS Code's JSON grammar colours it. A screenshot of the
// editor is kept in the run folder for a person to look at.
import path from 'node:path';
import { launchBrowser, workbenchUrl } from './browser.mjs';

const FIXTURE = 'highlight.json';
export const HIGHLIGHTING_TITLE = 'when the default theme colours a payload';
const WAIT_MS = 60_000;
const POLL_MS = 250;
const VIEWPORT = { width: 1200, height: 500 };

/**
 * Each check compares two of the colours read from the editor (see `coloursInEditor`): they
 * must differ, or be the same. A token the editor did not show fails only its own checks.
 */
const CHECKS = [
  ['should colour an actionState member apart from an ordinary string value',
    'member', 'plainValue', 'differ'],
  ['should colour the @odata.type key apart from property names',
    'odataKey', 'propertyKey', 'differ'],
  ['should colour the type name apart from an ordinary string value',
    'typeName', 'plainValue', 'differ'],
  ['should leave the same words inside another string in the string colour',
    'note', 'plainValue', 'same'],
];

/**
 * Runs the checks and prints them as the suite prints its tests; returns the counts. Throws
 * when the editor never shows the fixture tokenized, which also counts as a failure.
 */
export async function checkHighlighting({ run, port, extensionPath, signal }) {
  const context = await launchBrowser(path.join(run.dirs.root, 'browser-highlight'), run,
    VIEWPORT);
  const aborted = () => context.close().catch(() => undefined);
  signal.addEventListener('abort', aborted, { once: true });

  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(workbenchUrl({ port, workspace: run.dirs.workspace, extensionPath }));
    try {
      await openFile(page, FIXTURE);
      return printChecks(await readColours(page));
    } finally {
      await page.screenshot({ path: path.join(run.dirs.root, 'highlighting.png') })
        .catch(() => undefined);
    }
  } finally {
    signal.removeEventListener('abort', aborted);
    await aborted();
  }
}

/** Quick Open, retried until the workbench has its key bindings, then the file by name. */
async function openFile(page, name) {
  await page.waitForSelector('.monaco-workbench', { timeout: WAIT_MS });
  const input = page.locator('.quick-input-widget input');
  await waitUntil(async () => {
    await page.keyboard.press('Control+P');
    return input.isVisible();
  }, 'Quick Open');

  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first()
    .waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
}

/**
 * The colour of each token the checks compare, once the editor has tokenized the fixture (a
 * line not yet tokenized is one span). Lines are found by their text, tokens by theirs.
 */
async function readColours(page) {
  let seen;
  await waitUntil(async () => {
    seen = await page.evaluate(coloursInEditor);
    return seen.tokenized;
  }, () => `${FIXTURE} tokenized in the editor; last seen: ${JSON.stringify(seen)}`);
  return seen;
}

/** Runs in the page: reads the rendered lines of the active editor. */
function coloursInEditor() {
  // The editor renders spaces as no-break spaces.
  const textOf = (element) => element.textContent.replace(/\u00a0/g, ' ');
  const lines = [...document.querySelectorAll('.editor-group-container.active .view-line')];
  const tokensOf = (marker) => {
    const line = lines.find((candidate) => textOf(candidate).includes(marker));
    return [...(line?.querySelectorAll(':scope > span > span') ?? [])]
      .map((span) => ({ text: textOf(span), colour: getComputedStyle(span).color }))
      .filter((token) => token.text.trim() !== '');
  };
  const colourOf = (marker, text) =>
    tokensOf(marker).find((token) => token.text === text)?.colour;

  const state = tokensOf('"actionState": "done"');
  return {
    tokenized: tokensOf('"other"').length > 1 && state.length > 1,
    member: colourOf('"actionState": "done"', 'done'),
    plainValue: colourOf('"other"', '"done"'),
    propertyKey: state[0]?.colour,
    odataKey: colourOf('"@odata.type"', '@odata.type'),
    typeName: tokensOf('"@odata.type"').find((token) => token.text.includes('microsoft.graph'))
      ?.colour,
    note: colourOf('"note"', '"actionState done appleFailure"'),
  };
}

function printChecks(seen) {
  const counts = { passed: 0, failed: 0 };
  console.log(`\n  ${HIGHLIGHTING_TITLE} (${FIXTURE})`);
  for (const [title, left, right, relation] of CHECKS) {
    const shown = seen[left] !== undefined && seen[right] !== undefined;
    const ok = shown && (seen[left] === seen[right]) === (relation === 'same');
    counts[ok ? 'passed' : 'failed']++;
    console.log(`    ${ok ? '✔' : '✖'} ${title}`);
  }
  if (counts.failed > 0) {
    console.log(`    colours seen: ${JSON.stringify(seen)}`);
  }
  return counts;
}

async function waitUntil(condition, what) {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (await condition()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const described = typeof what === 'function' ? what() : what;
  throw new Error(`Gave up waiting for ${described} after ${WAIT_MS / 1000} s.`);
}
