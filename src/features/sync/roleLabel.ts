/** «funzionario/a» / «tecnico/a» for a role name from the server (unknown roles shown as sent). */
import type { TFunction } from 'i18next';

export function roleLabel(t: TFunction, role: string | undefined): string {
  return role === 'official' || role === 'technical' ? t(`role.${role}`) : (role ?? '');
}
