/** Editor features as pure functions of text, analysis and offset; LSP types stay in lsp/. */
export * from './completion';
export * from './doc';
export * from './edits';
export * from './hover';
export * from './lookup';
export * from './quickFixes';
