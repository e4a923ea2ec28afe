// The fields every new-incident form has (category, priority, description) and its one validation path:
// category, then description, then location; the first thing missing is said and focused.
import type { LatLon } from '../../api/types';
import type { NewIncident, Priority } from './types';
import type { LocationPicker } from '../../shared/locationPicker';
import type { Lookup } from '../../shared/lookup';
import { h } from '../../util/dom';
import { categorySelect, prioritySelect } from './formParts';

export interface DraftMessages {
  missingCategory: string;
  missingDescription: string;
  missingLocation: string;
}

export class IncidentFields {
  readonly category: HTMLSelectElement;
  readonly priority: HTMLSelectElement;
  readonly description: HTMLTextAreaElement;
  private priorityTouched = false;

  /** Ids are `${prefix}-category`, `${prefix}-priority`, `${prefix}-description`. */
  constructor(prefix: string, lookup: Lookup, descriptionPlaceholder: string) {
    this.category = categorySelect(`${prefix}-category`, lookup);
    this.priority = prioritySelect(`${prefix}-priority`);
    this.description = h('textarea', { id: `${prefix}-description`, rows: 4, maxlength: 1000, placeholder: descriptionPlaceholder });
    // The category's usual priority, until the user picks one.
    this.category.addEventListener('change', () => {
      const c = lookup.categoryInfo(this.category.value);
      if (c && !this.priorityTouched) this.priority.value = c.defaultPriority;
    });
    this.priority.addEventListener('change', () => (this.priorityTouched = true));
  }

  /** The body to send, or null after reporting (and focusing) the first missing field. */
  read(picker: LocationPicker, messages: DraftMessages, fail: (message: string, focus?: HTMLElement) => void): Omit<NewIncident, 'source'> | null {
    const description = this.description.value.trim();
    if (!this.category.value) {
      fail(messages.missingCategory, this.category);
      return null;
    }
    if (!description) {
      fail(messages.missingDescription, this.description);
      return null;
    }
    const location: LatLon | null = picker.require(messages.missingLocation);
    if (!location) return null;
    return { category: this.category.value, description, priority: this.priority.value as Priority, location };
  }

  reset(): void {
    this.category.value = '';
    this.priority.value = 'normal';
    this.priorityTouched = false;
    this.description.value = '';
  }
}
