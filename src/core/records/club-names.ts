import type { Club, ClubId } from '../model/club.ts';
import type { NameMerge, RecordWarning } from '../model/season-record.ts';

/** One alias: a spelling that names a club known under another name, in one competition. */
export interface ClubAlias {
  readonly alias: string;
  readonly club: string;
  /** The competition the alias holds in; everywhere when absent. */
  readonly competition?: string;
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]/g;

/**
 * The letters of a club name with what sources vary set aside: accents, case, dashes, spacing and
 * punctuation. Dots are dropped (`U.P.A.O.` is `upao`); other marks separate words.
 *
 * @example
 * nameKey('Aurich–Cañaña') //=> 'aurich canana'
 * nameKey('U.P.A.O.') //=> 'upao'
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(DASHES, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** @internal */
function idOf(key: string): ClubId {
  return key.replace(/ /g, '-');
}

/** @internal */
interface Known {
  readonly id: ClubId;
  readonly key: string;
  readonly spellings: string[];
  /** Why later spellings were taken for this club. */
  readonly reasons: Set<string>;
}

/**
 * The clubs of one record, built as the reader meets their names. Spellings that differ only in
 * dashes, accents, case, spacing or punctuation are one club; an alias list joins abbreviations and
 * renames. Every merge is reported; names that may be one club but are not provably so are kept
 * apart, with a warning.
 *
 * @example
 * const register = new ClubRegister();
 * register.resolve('Aurich-Cañaña') === register.resolve('Aurich–Cañaña') //=> true
 * register.merges()[0]?.spellings //=> ['Aurich-Cañaña', 'Aurich–Cañaña']
 */
export class ClubRegister {
  readonly #byKey = new Map<string, Known>();
  readonly #aliases = new Map<string, string>();
  /** Why an alias the source itself gave holds, by the alias's key (none: the alias list's). */
  readonly #givenBy = new Map<string, string>();

  constructor(aliases: readonly ClubAlias[] = [], competition?: string) {
    const scope = competition === undefined ? undefined : nameKey(competition);
    for (const alias of aliases) {
      if (alias.competition !== undefined && nameKey(alias.competition) !== scope) continue;
      this.#aliases.set(nameKey(alias.alias), nameKey(alias.club));
    }
  }

  /** The club a spelling names, registering it when new. */
  resolve(spelling: string): ClubId {
    const written = spelling.trim().replace(/\s+/g, ' ');
    const ownKey = nameKey(written);
    const aliased = this.#aliases.get(ownKey);
    const key = aliased ?? ownKey;
    let known = this.#byKey.get(key);
    if (!known) {
      known = { id: idOf(key), key, spellings: [], reasons: new Set() };
      this.#byKey.set(key, known);
    }
    if (!known.spellings.includes(written)) {
      const other = known.spellings.find((spelling) => nameKey(spelling) !== ownKey);
      const given = this.#givenBy.get(ownKey);
      if (other !== undefined && given !== undefined) {
        known.reasons.add(given);
      } else if (other !== undefined) {
        known.reasons.add(`"${written}" and "${other}" are one club by the alias list`);
      } else if (known.spellings.length > 0) {
        known.reasons.add(
          'the same letters once dashes, accents, case, spacing and punctuation are set aside',
        );
      }
      known.spellings.push(written);
    }
    return known.id;
  }

  /**
   * Takes `spelling` as another name of `club` because the source says so (`reason`: where and
   * how), as the alias list would, unless the spelling names a club already met or is in the list.
   */
  nameAlso(spelling: string, club: ClubId, reason: string): void {
    const key = nameKey(spelling);
    const target = [...this.#byKey.values()].find((known) => known.id === club);
    if (!target || key === target.key || this.#byKey.has(key) || this.#aliases.has(key)) return;
    this.#aliases.set(key, target.key);
    this.#givenBy.set(key, reason);
  }

  /** The club a spelling names, if it was met already; nothing is registered. */
  known(spelling: string): ClubId | undefined {
    const ownKey = nameKey(spelling);
    return this.#byKey.get(this.#aliases.get(ownKey) ?? ownKey)?.id;
  }

  /** Every club met, named by its first spelling in mixed case. */
  clubs(): Club[] {
    return [...this.#byKey.values()].map((known) => {
      const name = displayName(known.spellings);
      return known.spellings.length > 1
        ? { id: known.id, name, names: known.spellings.map((spelling) => ({ name: spelling })) }
        : { id: known.id, name };
    });
  }

  /** The display name of a club met. */
  nameOf(club: ClubId): string {
    for (const known of this.#byKey.values()) {
      if (known.id === club) return displayName(known.spellings);
    }
    return club;
  }

  /** Every club that was met under more than one spelling. */
  merges(): NameMerge[] {
    return [...this.#byKey.values()]
      .filter((known) => known.spellings.length > 1)
      .map((known) => ({
        club: known.id,
        spellings: [...known.spellings],
        reason: [...known.reasons].join('; '),
      }));
  }

  /**
   * Names kept apart that may be one club: one name's words inside the other's ("Garcilaso" and
   * "Deportivo Garcilaso"), or one the initials of the other ("UTC", "Universidad Técnica de
   * Cajamarca").
   */
  doubts(): RecordWarning[] {
    const all = [...this.#byKey.values()];
    const doubts: RecordWarning[] = [];
    for (let i = 0; i < all.length; i += 1) {
      for (let j = i + 1; j < all.length; j += 1) {
        const a = all[i] as Known;
        const b = all[j] as Known;
        if (!mayBeSame(a.key, b.key)) continue;
        doubts.push({
          message: `"${displayName(a.spellings)}" and "${displayName(b.spellings)}" were kept apart as two clubs; if they are one, add an alias`,
        });
      }
    }
    return doubts;
  }
}

/** @internal */
function displayName(spellings: readonly string[]): string {
  const mixed = spellings.find(
    (spelling) => spelling !== spelling.toUpperCase() || spelling.length <= 5,
  );
  return mixed ?? spellings[0] ?? '';
}

/** @internal */
function mayBeSame(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long) return false;
  if (` ${long} `.includes(` ${short} `)) return true;
  const initials = long
    .split(' ')
    .filter((word) => !['de', 'del', 'la', 'el', 'los', 'las', 'y'].includes(word))
    .map((word) => word[0])
    .join('');
  return !short.includes(' ') && short.length >= 2 && long.includes(' ') && initials === short;
}
