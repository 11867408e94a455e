import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/**
 * Routes. Screens are loaded lazily so that opening one screen does not pay
 * for the others (the editor has a JavaScript budget).
 */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/catalog/CatalogPage')).CatalogPage }) },
      { path: 'calendario', lazy: async () => ({ Component: (await import('../features/catalog/timeline/TimelinePage')).TimelinePage }) },
      { path: 'cestino', lazy: async () => ({ Component: (await import('../features/catalog/TrashPage')).TrashPage }) },
      {
        path: 'servizi/:serviceId/editor',
        lazy: async () => ({ Component: (await import('../features/editor/EditorPage')).EditorPage }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
