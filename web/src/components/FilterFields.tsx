// Filter fields the search, timeline and network pages share: PLOVER category and a date bound.
import { useI18n } from '../i18n/index.js';
import { CATEGORIES } from '../lib/plover.js';

export function CategoryField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('search.category')}
      <select value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('common.any')}</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `bound` picks the label: search.since or search.until. */
export function DateField(props: {
  bound: 'since' | 'until';
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {t(`search.${props.bound}`)}
      <input
        type="date"
        value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).value)}
      />
    </label>
  );
}
