/**
 * The colours that reinforce a claimant's marker shape on charts, by the names editors write in a claimant's
 * `marker`. The stylesheet defines each as `--series-<name>` for light and dark schemes.
 */
export const SERIES_COLOURS = ['blue', 'rose', 'green', 'purple', 'amber', 'slate'] as const;

export type SeriesColour = (typeof SERIES_COLOURS)[number];
