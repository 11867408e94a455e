/**
 * "Funzionario" / "Responsabile tecnico" in the header. The choice lives in
 * the session store (remembered in localStorage); autosave stamps it on every
 * saved change, and technical options become read-only for officials.
 */
import { useTranslation } from 'react-i18next';
import type { Role } from '../../model/types';
import { sessionStore } from '../../store/sessionStore';
import { useRole } from '../../store/useSession';
import './i18n';
import './settings.css';

const ROLES: Role[] = ['official', 'technical'];

export function RoleSwitch() {
  const { t } = useTranslation('settings');
  const role = useRole();
  return (
    <fieldset className="role-switch" title={t('role.hint')}>
      <legend className="visually-hidden">{t('role.label')}</legend>
      {ROLES.map((r) => (
        <label key={r} className={`role-option${role === r ? ' active' : ''}`}>
          <input type="radio" name="app-role" value={r} checked={role === r} onChange={() => sessionStore.getState().setRole(r)} />
          <span>{t(`role.${r}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
