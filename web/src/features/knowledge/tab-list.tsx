import type { KeyboardEvent } from 'react';
import { classNames } from '../../components/class-names';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

export interface TabListProps<Id extends string> {
  label: string;
  tabs: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Prefix of the tab and panel element ids (`${idPrefix}-${id}-tab`, `${idPrefix}-${id}-panel`). */
  idPrefix: string;
}

export function tabPanelId(idPrefix: string, id: string): string {
  return `${idPrefix}-${id}-panel`;
}

export function tabId(idPrefix: string, id: string): string {
  return `${idPrefix}-${id}-tab`;
}

/**
 * ARIA tabs: Tab reaches the selected tab only, arrow keys (and Home/End) move between tabs and select
 * them, as in the WAI-ARIA tabs pattern with automatic activation.
 */
export function TabList<Id extends string>({ label, tabs, selected, onSelect, idPrefix }: TabListProps<Id>) {
  const move = (index: number) => {
    const count = tabs.length;
    const tab = tabs[((index % count) + count) % count];
    if (tab === undefined) {
      return;
    }
    onSelect(tab.id);
    document.getElementById(tabId(idPrefix, tab.id))?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const targets: Partial<Record<string, number>> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = targets[event.key];
    if (target !== undefined) {
      event.preventDefault();
      move(target);
    }
  };

  return (
    <div role="tablist" aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab, index) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            id={tabId(idPrefix, tab.id)}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={tabPanelId(idPrefix, tab.id)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => handleKeyDown(event, index)}
            className={classNames(
              '-mb-px shrink-0 rounded-t-md border-b-2 px-4 py-2 text-sm font-medium whitespace-nowrap',
              isSelected
                ? 'border-blue-600 text-blue-700'
                : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
