/**
 * Documentation as structure, rendered to Markdown (escaped) for clients that show it, or to
 * plain text for those that do not, so no generated text is ever read as Markdown syntax.
 */

export interface Span {
  readonly text: string;
  readonly style?: 'code' | 'strong';
}

export type Block =
  | { readonly kind: 'paragraph'; readonly spans: readonly Span[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Span[])[] };

export type Doc = readonly Block[];

/** Every ASCII character that can start or end Markdown syntax inside running text. */
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()<>#+\-.!|~&]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, (character) => `\\${character}`);
}

export function paragraph(...spans: Span[]): Block {
  return { kind: 'paragraph', spans };
}

export function plain(text: string): Span {
  return { text };
}

export function code(text: string): Span {
  return { text, style: 'code' };
}

export function strong(text: string): Span {
  return { text, style: 'strong' };
}

export function toMarkdown(doc: Doc): string {
  return doc.map(blockToMarkdown).join('\n\n');
}

export function toPlainText(doc: Doc): string {
  return doc.map(blockToPlainText).join('\n\n');
}

function blockToMarkdown(block: Block): string {
  if (block.kind === 'paragraph') {
    return block.spans.map(spanToMarkdown).join('');
  }
  return block.items.map((item) => `- ${item.map(spanToMarkdown).join('')}`).join('\n');
}

function blockToPlainText(block: Block): string {
  if (block.kind === 'paragraph') {
    return block.spans.map((span) => span.text).join('');
  }
  return block.items.map((item) => `- ${item.map((span) => span.text).join('')}`).join('\n');
}

function spanToMarkdown(span: Span): string {
  switch (span.style) {
    case 'code':
      return codeSpan(span.text);
    case 'strong':
      return `**${escapeMarkdown(span.text)}**`;
    default:
      return escapeMarkdown(span.text);
  }
}

/** A code span whose fence is longer than any run of backticks inside it. */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';

  return `${fence}${padding}${text}${padding}${fence}`;
}
