import { NotFoundError } from '../errors.ts';
import type { RuleSet } from '../model/rule-set.ts';
import { COPA_PERU_PRESET } from './copa-peru.ts';
import { ENGLAND_PRESET } from './england.ts';
import { FIFA_PRESET } from './fifa.ts';
import { FRANCE_PRESET } from './france.ts';
import { GENERIC_PRESET } from './generic.ts';
import { GERMANY_PRESET } from './germany.ts';
import { ITALY_PRESET } from './italy.ts';
import { SPAIN_PRESET } from './spain.ts';

/** Which season (and tier) a preset is asked for: rules change with both. */
export interface RulePresetContext {
  /** The year the season started (1888 for 1888-89; 1993 for the 1993 Copa Perú). */
  readonly season?: number;
  /** The level of the league pyramid, 1 for the top flight. */
  readonly tier?: number;
}

/** A named family of rule sets, one per season and tier. */
export interface RulePreset {
  readonly name: string;
  readonly description: string;
  readonly resolve: (context: RulePresetContext) => RuleSet;
}

/** Every preset, by name. */
export const RULE_PRESETS: ReadonlyMap<string, RulePreset> = new Map(
  [
    GENERIC_PRESET,
    ENGLAND_PRESET,
    SPAIN_PRESET,
    ITALY_PRESET,
    GERMANY_PRESET,
    FRANCE_PRESET,
    COPA_PERU_PRESET,
    FIFA_PRESET,
  ].map((preset) => [preset.name, preset]),
);

/**
 * The rule set of a preset for a season and tier.
 *
 * @example
 * resolveRulePreset('copa-peru', { season: 1993 }).points
 * //=> { win: 2, draw: 1, loss: 0 }
 * resolveRulePreset('englnd')
 * //=> throws NotFoundError: Unknown rule preset "englnd": choose one of england, spain, …
 */
export function resolveRulePreset(name: string, context: RulePresetContext = {}): RuleSet {
  const preset = RULE_PRESETS.get(name);
  if (!preset) {
    throw new NotFoundError('rule preset', name, {
      hint: `choose one of ${[...RULE_PRESETS.keys()].join(', ')}`,
    });
  }
  return preset.resolve(context);
}
