/**
 * The list's filters and order as the reviewer left them, kept in this browser profile (office-js-helpers' storage):
 * severities, the waived switch and the order. The rule filter depends on the workbook and is not kept.
 */
import { preferences } from './office-helpers';
import { filtersFrom, type FilterState } from './finding-view';

const FILTERS_KEY = 'filters';

export function rememberedFilters(): FilterState {
  try {
    return filtersFrom(preferences<unknown>().get(FILTERS_KEY));
  } catch {
    return filtersFrom(null);
  }
}

export function rememberFilters(filters: FilterState): void {
  try {
    preferences<Omit<FilterState, 'rule'>>().set(FILTERS_KEY, { severities: filters.severities, showWaived: filters.showWaived, order: filters.order });
  } catch {
    // Storage can be full or refused (private mode): the choice then lasts as long as the pane.
  }
}
