import { InputError, makeIssue } from '#core/errors.ts';

/**
 * Finds where JSON text stops being valid JSON, as a 1-based line and column, and what was found
 * there; `undefined` when the text is valid. The messages of `JSON.parse` differ between Node
 * versions and often give no position, so the text is scanned again here.
 *
 * @example
 * locateJsonError('{\n  "a": [,]\n}')
 * //=> { line: 2, column: 9, found: '","' }
 */
export function locateJsonError(
  text: string,
): { line: number; column: number; found: string } | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(String(i));
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    if (text[i] !== '"') fail();
    i += 1;
    while (i < text.length && text[i] !== '"') {
      const char = text.charCodeAt(i);
      if (char < 0x20) fail();
      if (text[i] === '\\') {
        i += 1;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i += 1;
    }
    if (text[i] !== '"') fail();
    i += 1;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i += 1;
      space();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail();
        i += 1;
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else fail();
      }
    }
    if (char === '[') {
      i += 1;
      space();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else fail();
      }
    }
    if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    const column = i - before.lastIndexOf('\n');
    const found = i >= text.length ? 'the end of the text' : JSON.stringify(text.slice(i, i + 12));
    return { line, column, found };
  }
}

/**
 * Parses JSON text, or throws an {@link InputError} that says where it stops being JSON.
 *
 * @example
 * parseJsonText('{"a": }', 'f.json')
 * //=> throws InputError: Invalid JSON at f.json line 1, column 7: expected well-formed JSON, received "}"
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = locateJsonError(text);
    throw new InputError(
      [
        makeIssue(
          'JSON',
          where ? `${file} line ${where.line}, column ${where.column}` : file,
          'well-formed JSON',
          where?.found ?? 'text that is not JSON',
        ),
      ],
      { cause: error },
    );
  }
}
