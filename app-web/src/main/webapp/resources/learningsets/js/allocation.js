/*
 * Allocation page. After an ajax update the button that had the focus has been replaced: move the focus to the
 * proposal's heading, so keyboard and screen reader users land on the result.
 */
(function () {
    "use strict";

    window.LearningSets = window.LearningSets || {};
    window.LearningSets.focusProposal = function () {
        var heading = document.getElementById("proposalHeading");
        if (heading) {
            heading.focus();
        }
    };
}());
