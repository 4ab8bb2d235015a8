/** The transformations of the robustness harness, in the order `npm run eval -- --robust` prints them. */
import { basisInserted, comparatorColumn, explanationInserted, remarkInserted, valueColumnSwapped } from './columns';
import { headerRemoved, headerSynonyms, levelHeadingsSwapped, nameHeadedLevel2 } from './headers';
import { levelNamesMissing } from './levels';
import { mergesBlankBelow, mergesRepeated } from './merges';
import { letterO, spacesInLabels, widthInLabels } from './noise';
import { moved, sideBySide, stacked, usedRangeMoved } from './placement';
import type { Transformation } from './types';

export const TRANSFORMATIONS: Transformation[] = [
  headerSynonyms(0),
  headerSynonyms(1),
  headerSynonyms(2),
  headerRemoved,
  levelHeadingsSwapped,
  nameHeadedLevel2,
  valueColumnSwapped,
  explanationInserted,
  basisInserted,
  remarkInserted,
  mergesRepeated,
  mergesBlankBelow,
  spacesInLabels,
  widthInLabels,
  letterO,
  moved,
  usedRangeMoved,
  stacked,
  sideBySide,
  comparatorColumn,
  levelNamesMissing,
];

export type { Transformation, TableLayout, Applied, CellRef, CellMapper, Compared } from './types';
