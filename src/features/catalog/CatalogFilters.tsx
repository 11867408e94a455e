/** Search box, status/category/pattern filters and the sort, with the live count of results. */
import { useTranslation } from 'react-i18next';
import type { BlockDefinition } from '../../blocks/types';
import { AVAILABILITY_ORDER, hasFilters, SORT_KEYS, type CatalogQuery } from './model/catalogQuery';
import { Icon } from './ui/Icon';

export interface CatalogFiltersProps {
  query: CatalogQuery;
  onChange(changes: Partial<CatalogQuery>): void;
  categories: readonly string[];
  patterns: readonly BlockDefinition[];
  shown: number;
  total: number;
}

export function CatalogFilters({ query, onChange, categories, patterns, shown, total }: CatalogFiltersProps) {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language === 'en' ? 'en' : 'it';
  const filtered = hasFilters(query);
  return (
    <search className="catalog-filters" aria-label={t('filters.label')}>
      <div className="filter filter-search">
        <label htmlFor="catalog-search">{t('filters.search')}</label>
        <div className="search-input">
          <Icon name="search" size={16} />
          <input
            id="catalog-search"
            type="search"
            value={query.text}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        </div>
      </div>
      <div className="filter">
        <label htmlFor="catalog-status">{t('filters.status')}</label>
        <select id="catalog-status" value={query.status} onChange={(e) => onChange({ status: e.target.value as CatalogQuery['status'] })}>
          <option value="">{t('filters.any')}</option>
          {AVAILABILITY_ORDER.map((state) => (
            <option key={state} value={state}>
              {t(`stateFilter.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="catalog-category">{t('filters.category')}</label>
        <select id="catalog-category" value={query.category} onChange={(e) => onChange({ category: e.target.value })}>
          <option value="">{t('filters.anyCategory')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {patterns.length > 0 && (
        <div className="filter">
          <label htmlFor="catalog-pattern">{t('filters.pattern')}</label>
          <select id="catalog-pattern" value={query.pattern} onChange={(e) => onChange({ pattern: e.target.value })}>
            <option value="">{t('filters.any')}</option>
            {patterns.map((p) => (
              <option key={p.type} value={p.type}>
                {p.label[lang]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="filter">
        <label htmlFor="catalog-sort">{t('filters.sort')}</label>
        <select id="catalog-sort" value={query.sort} onChange={(e) => onChange({ sort: e.target.value as CatalogQuery['sort'] })}>
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`filters.sortBy.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-summary">
        <p className="result-count" role="status">
          {filtered ? t('filters.countOf', { count: shown, total }) : t('filters.count', { count: total })}
        </p>
        {filtered && (
          <button type="button" className="btn btn-link" onClick={() => onChange({ text: '', status: '', category: '', pattern: '' })}>
            {t('filters.reset')}
          </button>
        )}
      </div>
    </search>
  );
}
