/**
 * The centred column every page of the citizen's journey sits in (login,
 * requirements, steps, receipt), with the service's name above the page
 * title where the page names it (Bootstrap Italia's layout of a service
 * request).
 */
import type { ReactNode } from 'react';

export function JourneyColumn({ serviceTitle, children }: { serviceTitle?: string; children: ReactNode }) {
  return (
    <div className="container py-4 py-lg-5">
      <div className="row justify-content-center">
        <div className="col-12 col-lg-8">
          {serviceTitle && <p className="text-paragraph-small text-uppercase fw-semibold mb-2">{serviceTitle}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
