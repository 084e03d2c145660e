/**
 * whosaid's own requests, defined once for server and client: method names, parameters and
 * results. Types and RequestType objects only, so the client can import this file.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';

export interface QuoteHit {
  uri: string;
  range: Range;
  /** The quote as written, marks included. */
  text: string;
  speaker: string | null;
  /** Zero-based line of the quote, for "file:line" details. */
  line: number;
  score: number;
}

export interface SearchQuotesParams {
  query: string;
  /** Most hits returned, best first (default 100). */
  limit?: number;
}

export const SearchQuotesRequest = new RequestType<SearchQuotesParams, QuoteHit[], void>('whosaid/searchQuotes');

export interface SpeakerSummary {
  id: string;
  name: string;
  role: string | null;
  kind: 'person' | 'organisation' | 'anonymous';
  quotes: number;
  claims: number;
  /** Where the speaker is first named in full. */
  range: Range;
}

export interface ArticleSummary {
  uri: string;
  quotes: number;
  unattributed: number;
  claims: number;
  speakers: SpeakerSummary[];
  /** False when the document was too large to analyse. */
  analysed: boolean;
}

export const ArticleSummaryRequest = new RequestType<{ uri: string }, ArticleSummary | null, void>('whosaid/articleSummary');

export type ExportFormat = 'json' | 'csv' | 'markdown';

export interface ExportQuotesParams {
  /** One document; omitted for every open document. */
  uri?: string;
  format: ExportFormat;
}

export interface ExportQuotesResult {
  content: string;
  /** The language id for an editor showing the content: json, csv or markdown. */
  language: string;
}

/** The first line of a CSV export; the client recognises its own exports by it. */
export const EXPORT_CSV_HEADER = 'file,line,column,kind,speaker,role,mention,cue,via,confidence,why,quote';

export const ExportQuotesRequest = new RequestType<ExportQuotesParams, ExportQuotesResult, void>('whosaid/exportQuotes');

/** The client command a code action runs to insert an attribution snippet. */
export const ADD_ATTRIBUTION_COMMAND = 'whosaid.addAttribution';
/** The client command a code lens runs to list a speaker's quotes. */
export const SHOW_SPEAKER_QUOTES_COMMAND = 'whosaid.showQuotesBySpeaker';
