/**
 * js/feedback.js: drives the page-feedback widget on the static site, the
 * markup PageFeedback renders: a rating shows the form with the low- or
 * high-rating question; «Invia» thanks. Written as plain ES5 so any browser
 * runs it; it never evaluates page content. Nothing is sent: the static site
 * has no server to receive answers.
 */
import { NEGATIVE_UP_TO } from '../../preview/card/feedbackStrings';

export const FEEDBACK_JS = `(function () {
  'use strict';
  var NEGATIVE_UP_TO = ${NEGATIVE_UP_TO};
  var boxes = document.querySelectorAll('[data-element="feedback"]');
  Array.prototype.forEach.call(boxes, function (box) {
    var form = box.querySelector('[data-feedback-form]');
    var negative = box.querySelector('[data-element="feedback-rating-negative"]');
    var positive = box.querySelector('[data-element="feedback-rating-positive"]');
    var stars = box.querySelector('fieldset.rating');
    var thanks = box.querySelector('[data-feedback-thanks]');
    if (!form || !negative || !positive) return;
    box.addEventListener('change', function (event) {
      var input = event.target;
      if (!input || input.name !== 'feedback-rating') return;
      var rating = Number(input.value);
      form.hidden = false;
      negative.hidden = rating > NEGATIVE_UP_TO;
      positive.hidden = rating <= NEGATIVE_UP_TO;
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      form.hidden = true;
      if (stars) stars.hidden = true;
      if (thanks) {
        thanks.hidden = false;
        thanks.textContent = thanks.getAttribute('data-feedback-thanks') || '';
      }
    });
  });
})();
`;
