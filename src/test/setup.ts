// Shared setup for unit and component tests. Component tests opt into jsdom
// with a `// @vitest-environment jsdom` docblock; this file must work in both.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
