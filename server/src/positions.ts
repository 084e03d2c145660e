/**
 * Engine offsets ↔ LSP positions and ranges. The only converter: engine offsets are UTF-16 code
 * units, LSP's default encoding, so TextDocument converts them exactly.
 */
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from './analysis/index';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}
