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
      // The sync panel and its conflict screens (conflitti/:serviceId): one small entry in every first load.
      { path: 'sincronizzazione/*', lazy: () => import('../features/sync/SyncScreens') },
      {
        // The service card, requirements, technical settings and history share one open store.
        path: 'servizi/:serviceId',
        lazy: async () => ({ Component: (await import('../features/card/ServiceShell')).ServiceShell }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/card/CardIndexRedirect')).CardIndexRedirect }) },
          { path: 'scheda', lazy: async () => ({ Component: (await import('../features/card/CardPage')).CardPage }) },
          { path: 'requisiti', lazy: async () => ({ Component: (await import('../features/card/requirements/RequirementsPage')).RequirementsPage }) },
          { path: 'impostazioni', lazy: async () => ({ Component: (await import('../features/settings/TechnicalSettingsPage')).TechnicalSettingsPage }) },
          { path: 'modifiche', lazy: async () => ({ Component: (await import('../features/card/history/HistoryPage')).HistoryPage }) },
        ],
      },
      {
        path: 'servizi/:serviceId/editor',
        lazy: async () => ({ Component: (await import('../features/editor/EditorPage')).EditorPage }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Full-screen citizen preview: outside the back-office frame, like the citizen's own site.
  {
    path: '/servizi/:serviceId/anteprima',
    lazy: async () => ({ Component: (await import('../features/preview/FullScreenPreviewPage')).FullScreenPreviewPage }),
  },
]);
