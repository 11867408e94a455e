/** Whether the current role may change technical options. */
import { useRole } from '../../store/useSession';

export const useIsTechnical = (): boolean => useRole() === 'technical';
