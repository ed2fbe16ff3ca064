import type { Language } from '#core/standings/tiebreaker-values.ts';

/** Every word the pages say themselves, in each language (data keeps the words of its source). */
export const WEB_WORDS = {
  en: {
    siteTitle: 'Torneo',
    tagline: 'Tables, results and champions of football competitions, derived from the results.',
    competitions: 'Competitions',
    editions: 'Editions',
    latestResults: 'Latest results',
    language: 'Language',
    otherLanguage: 'Español',
    editors: 'Editors',
    competition: 'Competition',
    season: 'Season',
    champion: 'Champion',
    topScorer: 'Top scorer',
    goals: 'goals',
    previous: 'Previous edition',
    next: 'Next edition',
    promoted: 'Promoted',
    relegated: 'Relegated',
    toBeDecided: 'to be decided',
    notKnown: 'not known',
    stages: 'Stages',
    table: 'Table',
    position: 'Pos',
    club: 'Club',
    played: 'P',
    won: 'W',
    drawn: 'D',
    lost: 'L',
    goalsFor: 'GF',
    goalsAgainst: 'GA',
    goalDifference: 'GD',
    points: 'Pts',
    playedLong: 'Played',
    wonLong: 'Won',
    drawnLong: 'Drawn',
    lostLong: 'Lost',
    goalsForLong: 'Goals for',
    goalsAgainstLong: 'Goals against',
    goalDifferenceLong: 'Goal difference',
    pointsLong: 'Points',
    notes: 'Notes',
    legend: 'Legend',
    status: {
      champion: 'Champion',
      promoted: 'Promoted',
      qualified: 'Qualified',
      relegated: 'Relegated',
      eliminated: 'Eliminated',
      withdrawn: 'Withdrawn',
    },
    stageStatus: {
      complete: 'complete',
      'in progress': 'in progress',
      'not started': 'not started',
      unknown: 'matches not known',
    },
    stageKind: {
      league: 'league',
      table: 'combined table',
      groups: 'groups',
      knockout: 'knockout',
      qualification: 'qualification',
    },
    rounds: 'Results',
    ties: 'Ties',
    round: 'Round',
    aggregate: 'Aggregate',
    through: 'Through',
    howDecided: 'How',
    entrants: 'Entrants',
    qualified: 'Through to the next stage',
    teamChanges: 'Team changes',
    topScorers: 'Top scorers',
    player: 'Player',
    sources: 'Sources',
    live: 'Live: this page updates when a result lands.',
    updated: 'A result has landed: the page shows it.',
    noEditions: 'No editions yet.',
    notFound: 'No such page.',
    backHome: 'All competitions',
    otherNames: 'Also known as',
    map: 'Map',
    positionByRound: 'Position by round',
    mapOf: 'Map of the clubs of',
    group: 'Group',
    clubs: 'Clubs',
    travel: 'Between its clubs',
    travelLong: 'The great-circle distances between every two clubs of the group, added up',
    total: 'Total',
  },
  es: {
    siteTitle: 'Torneo',
    tagline:
      'Tablas, resultados y campeones de competiciones de fútbol, derivados de los resultados.',
    competitions: 'Competiciones',
    editions: 'Ediciones',
    latestResults: 'Últimos resultados',
    language: 'Idioma',
    otherLanguage: 'English',
    editors: 'Editores',
    competition: 'Competición',
    season: 'Temporada',
    champion: 'Campeón',
    topScorer: 'Goleador',
    goals: 'goles',
    previous: 'Edición anterior',
    next: 'Edición siguiente',
    promoted: 'Asciende',
    relegated: 'Desciende',
    toBeDecided: 'por definirse',
    notKnown: 'no conocido',
    stages: 'Etapas',
    table: 'Tabla',
    position: 'Pos',
    club: 'Club',
    played: 'PJ',
    won: 'PG',
    drawn: 'PE',
    lost: 'PP',
    goalsFor: 'GF',
    goalsAgainst: 'GC',
    goalDifference: 'DG',
    points: 'Pts',
    playedLong: 'Partidos jugados',
    wonLong: 'Partidos ganados',
    drawnLong: 'Partidos empatados',
    lostLong: 'Partidos perdidos',
    goalsForLong: 'Goles a favor',
    goalsAgainstLong: 'Goles en contra',
    goalDifferenceLong: 'Diferencia de goles',
    pointsLong: 'Puntos',
    notes: 'Notas',
    legend: 'Leyenda',
    status: {
      champion: 'Campeón',
      promoted: 'Asciende',
      qualified: 'Clasificado',
      relegated: 'Desciende',
      eliminated: 'Eliminado',
      withdrawn: 'Retirado',
    },
    stageStatus: {
      complete: 'terminada',
      'in progress': 'en juego',
      'not started': 'por empezar',
      unknown: 'partidos no conocidos',
    },
    stageKind: {
      league: 'todos contra todos',
      table: 'tabla única',
      groups: 'grupos',
      knockout: 'eliminación directa',
      qualification: 'clasificación',
    },
    rounds: 'Resultados',
    ties: 'Llaves',
    round: 'Ronda',
    aggregate: 'Global',
    through: 'Pasa',
    howDecided: 'Cómo',
    entrants: 'Participantes',
    qualified: 'Clasificados a la etapa siguiente',
    teamChanges: 'Cambios de equipos',
    topScorers: 'Goleadores',
    player: 'Jugador',
    sources: 'Fuentes',
    live: 'En vivo: esta página se actualiza cuando llega un resultado.',
    updated: 'Llegó un resultado: la página ya lo muestra.',
    noEditions: 'Todavía no hay ediciones.',
    notFound: 'No existe esa página.',
    backHome: 'Todas las competiciones',
    otherNames: 'También conocido como',
    map: 'Mapa',
    positionByRound: 'Posición por fecha',
    mapOf: 'Mapa de los clubes de',
    group: 'Grupo',
    clubs: 'Clubes',
    travel: 'Entre sus clubes',
    travelLong: 'La suma de las distancias en línea recta entre cada dos clubes del grupo',
    total: 'Total',
  },
} as const;

/** The words of the pages in one language. */
export type WebWords = (typeof WEB_WORDS)[Language];

/**
 * The language of a page: `?lang=` when given, else the cookie a visitor chose, else the first of
 * the browser's languages Torneo speaks (Spanish for `es-PE`), else Spanish — the language of the
 * Copa Perú.
 */
export function pickLanguage(
  query: string | undefined,
  cookie: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  for (const candidate of [query, cookie]) {
    if (candidate === 'es' || candidate === 'en') return candidate;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag !== '' && Number.isFinite(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('es')) return 'es';
    if (tag.startsWith('en')) return 'en';
  }
  return 'es';
}
