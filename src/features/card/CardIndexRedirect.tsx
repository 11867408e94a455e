/** /servizi/:id opens the card. */
import { Navigate } from 'react-router';

export function CardIndexRedirect() {
  return <Navigate to="scheda" replace />;
}
