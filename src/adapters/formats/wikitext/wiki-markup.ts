/**
 * @module MediaWiki markup as a season article's source holds it: templates split into their
 * parameters, and inline markup (links, bold, references, flags, entities) reduced to its text.
 */

import { longDate } from '../text/dates.ts';

/** A template's name and parameters: positional ones under `1`, `2`…, named ones by name. */
export interface Template {
  /** Lower case, spaces for underscores: `infobox football league season`, `#invoke:sports table`. */
  readonly name: string;
  readonly params: ReadonlyMap<string, string>;
}

/**
 * Where the `{{` at `at` is closed: the index just past its `}}`, nested templates and links
 * skipped; `undefined` when it is never closed.
 */
export function templateEnd(text: string, at: number): number | undefined {
  let depth = 0;
  for (let index = at; index < text.length - 1; index += 1) {
    const pair = text.slice(index, index + 2);
    if (pair === '{{') {
      depth += 1;
      index += 1;
    } else if (pair === '}}') {
      depth -= 1;
      index += 1;
      if (depth === 0) return index + 1;
    }
  }
  return undefined;
}

/**
 * Splits `text` at `separator` where it is not inside a template, a link or a table cell's
 * brackets: `a|[[b|c]]|{{d|e}}` at `|` is `a`, `[[b|c]]`, `{{d|e}}`.
 */
export function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const pair = text.slice(index, index + 2);
    if (pair === '{{' || pair === '[[') {
      depth += 1;
      index += 1;
    } else if ((pair === '}}' || pair === ']]') && depth > 0) {
      depth -= 1;
      index += 1;
    } else if (depth === 0 && text.startsWith(separator, index)) {
      parts.push(text.slice(from, index));
      from = index + separator.length;
      index += separator.length - 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** The template a `{{…}}` holds. */
export function readTemplate(source: string): Template {
  const body = source.replace(/^\{\{/, '').replace(/\}\}$/, '');
  const [head = '', ...parts] = splitOutside(body, '|');
  const params = new Map<string, string>();
  let position = 0;
  for (const part of parts) {
    const named = /^\s*([^=[\]{}|]+?)\s*=([\s\S]*)$/.exec(part);
    if (named) {
      params.set((named[1] ?? '').trim().toLowerCase(), (named[2] ?? '').trim());
    } else {
      position += 1;
      params.set(String(position), part.trim());
    }
  }
  return { name: head.trim().toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' '), params };
}

/** Templates that stand for their first parameter's text. @internal */
const KEEP_FIRST = new Set([
  'nowrap',
  'small',
  'big',
  'nobold',
  'noitalic',
  'resize',
  'abbr',
  'tooltip',
  'nobr',
  'center',
  'plainlist',
  'ubl',
  'unbulleted list',
  'hlist',
  'flatlist',
]);

/** Templates for a dash or a space. @internal */
const SYMBOLS: Readonly<Record<string, string>> = {
  ndash: '–',
  mdash: '—',
  snd: ' – ',
  'spaced ndash': ' – ',
  spnd: ' – ',
  '–': '–',
  nbsp: ' ',
  pad: ' ',
  '0': '',
  aet: '(a.e.t.)',
  'a.e.t.': '(a.e.t.)',
};

/** The text an inline template stands for: a date, a name, a link's words; flags and notes none. */
function inlineTemplate(source: string): string {
  // {{fb team Sporting Cristal}}: a club's name in the template's own name, as the older tables
  // write their teams.
  const team = /^\{\{\s*fb[ _]team[ _]([^|}]+)/i.exec(source);
  if (team) return (team[1] ?? '').replace(/_/g, ' ').trim();
  const { name, params } = readTemplate(source);
  const first = params.get('1') ?? '';
  if (name in SYMBOLS) return SYMBOLS[name] ?? '';
  if (KEEP_FIRST.has(name))
    return [...params.entries()]
      .filter(([key]) => /^\d+$/.test(key))
      .map(([, value]) => value)
      .join(', ');
  if (name === 'sort' || name === 'sortname' || name === 'lang' || name === 'langx') {
    if (name === 'sortname') return `${first} ${params.get('2') ?? ''}`.trim();
    return params.get('2') ?? first;
  }
  // {{Start date|2009|11|8}}, {{dts|2009|11|8}}: a day as the article reader reads it.
  // …and Spanish Wikipedia's {{fecha|17|1|2021}}, day first.
  const dayFirst = name === 'fecha';
  if (dayFirst || /^(start date|start-date|dts|date|birth date|end date)$/.test(name)) {
    const year = Number(dayFirst ? params.get('3') : first);
    const month = Number(params.get('2'));
    const day = Number(dayFirst ? first : params.get('3'));
    if (Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return longDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
    return first;
  }
  if (name === 'pso' || name === 'pen' || name === 'p') return first ? `(${first} pen)` : '';
  // Flags, notes, references, scorers, icons and anything else: no words of the record.
  return '';
}

/**
 * The text of a wikitext fragment: templates inside it reduced ({@link inlineTemplate}), links to
 * their words (`[[Sport Boys|Boys]]` → `Boys`), files and categories dropped, bold and italics,
 * HTML tags and entities taken out, spaces collapsed.
 *
 * @example
 * plainText("'''[[Aurich-Cañaña]]''' {{flagicon|PER}}<ref>x</ref> 2&ndash;1") //=> 'Aurich-Cañaña 2–1'
 */
export function plainText(text: string): string {
  let out = text
    .replace(/<ref[^>/]*\/>/gi, '')
    .replace(/<ref[^>]*>[\s\S]*?<\/ref>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  // Innermost templates first, so that a template inside another is its text by then.
  for (let guard = 0; guard < 50 && out.includes('{{'); guard += 1) {
    const next = out.replace(/\{\{[^{}]*\}\}/g, (found) => inlineTemplate(found));
    if (next === out) break;
    out = next;
  }
  out = out
    .replace(/\[\[(?:file|image|category|archivo|imagen|categoría):[^\]]*\]\]/gi, '')
    .replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\s+([^\]]*)\]/g, '$1')
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\]/g, '')
    .replace(/'''''|'''|''/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&ndash;/g, '–')
    .replace(/&mdash;/g, '—')
    .replace(/&minus;/g, '−')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return out;
}
