/**
 * The server's settings: one typed shape, the defaults, and `sanitise`, the only place that knows
 * the `whosaid.*` keys. Anything a user writes is checked here; features get plain values.
 */
import { DEFAULT_SEVERITY, FINDING_DESCRIPTIONS, type FindingCode, type Severity } from './analysis/index';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface WhosaidSettings {
  /** Glob of the articles the workspace index reads. */
  files: string;
  /** Globs left out of the workspace index. */
  exclude: string[];
  /** Longest document analysed, in characters; longer ones get one information diagnostic. */
  maxFileSize: number;
  /** Whether plain-text documents are analysed (the client also reads this). */
  plainText: boolean;
  inlayHints: boolean;
  codeLens: boolean;
  /** Severity per finding code, or 'off'. */
  diagnostics: Record<FindingCode, SeveritySetting>;
}

export const FINDING_CODES = Object.keys(FINDING_DESCRIPTIONS) as FindingCode[];

export const DEFAULT_SETTINGS: WhosaidSettings = {
  files: '**/*.{txt,news,wire}',
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSize: 5_000_000,
  plainText: true,
  inlayHints: true,
  codeLens: true,
  diagnostics: Object.fromEntries(FINDING_CODES.map((c) => [c, DEFAULT_SEVERITY[c] as SeveritySetting])) as Record<FindingCode, SeveritySetting>,
};

const SEVERITIES = new Set<SeveritySetting>(['error', 'warning', 'information', 'hint', 'off']);

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * Turns the `whosaid` section as a client sends it (anything at all) into settings. Unknown keys
 * are ignored, wrong types fall back to the default; nested (`inlayHints.enabled`) and dotted
 * forms both work, since clients differ.
 */
export function sanitise(raw: unknown): WhosaidSettings {
  const r = record(raw);
  const pick = (key: string): unknown => (key in r ? r[key] : key.split('.').reduce<unknown>((o, k) => record(o)[k], r));
  const bool = (key: string, d: boolean): boolean => (typeof pick(key) === 'boolean' ? (pick(key) as boolean) : d);
  const files = pick('files');
  const exclude = pick('exclude');
  const max = pick('maxFileSize');
  const diag = record(pick('diagnostics'));
  const diagnostics = { ...DEFAULT_SETTINGS.diagnostics };
  for (const code of FINDING_CODES) {
    const v = diag[code] ?? r[`diagnostics.${code}`];
    if (typeof v === 'string' && SEVERITIES.has(v as SeveritySetting)) diagnostics[code] = v as SeveritySetting;
  }
  return {
    files: typeof files === 'string' && files.trim() ? files : DEFAULT_SETTINGS.files,
    exclude: Array.isArray(exclude) && exclude.every((x) => typeof x === 'string') ? (exclude as string[]) : DEFAULT_SETTINGS.exclude,
    maxFileSize: typeof max === 'number' && Number.isFinite(max) && max > 0 ? Math.floor(max) : DEFAULT_SETTINGS.maxFileSize,
    plainText: bool('plainText', DEFAULT_SETTINGS.plainText),
    inlayHints: bool('inlayHints.enabled', DEFAULT_SETTINGS.inlayHints),
    codeLens: bool('codeLens.enabled', DEFAULT_SETTINGS.codeLens),
    diagnostics,
  };
}

export type { Severity };
