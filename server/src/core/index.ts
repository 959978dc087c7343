/** The analysis core's public surface: pure functions of text, no I/O and no LSP. */
export * from './analyze';
export { analyzeIncrementally, type AnalyzedText } from './incremental';
export * from './locate';
export * from './model';
export { matchODataType, type ODataTypeMatch } from './odataType';
export { containerTreeAt, payloadAtOffset } from './outline';
export * from './parse';
export * from './positions';
export * from './problems';
export { composeChanges, type TextChange } from './textChange';
