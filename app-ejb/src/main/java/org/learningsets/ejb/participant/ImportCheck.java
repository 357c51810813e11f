package org.learningsets.ejb.participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningsets.ejb.participant.ImportViews.ImportPreview;
import org.learningsets.ejb.participant.ImportViews.ImportedRow;
import org.learningsets.ejb.participant.ImportViews.Outcome;
import org.learningsets.ejb.participant.ImportViews.ParsedFile;
import org.learningsets.ejb.participant.ImportViews.PreviewRow;
import org.learningsets.ejb.participant.ImportViews.RowProblem;

/**
 * The file's rows against the people already known (by email, which is stored in lower case): known people are
 * enrolled and left as they are, new people are made; a line manager must be known or in the file, and line
 * managers in the file must not loop. Pure, so the preview and the confirmation decide the same way.
 */
public final class ImportCheck {

    /** A person already known by their email. */
    public record Known(String personId, boolean enrolled) {}

    private ImportCheck() {}

    public static ImportPreview check(String programmeName, ParsedFile file, Map<String, Known> known) {
        List<RowProblem> problems = new ArrayList<>(file.problems());
        List<ImportedRow> candidates = new ArrayList<>(file.rows());
        List<ImportedRow> looping = loops(candidates, known);
        looping.forEach(r -> problems.add(problem(
                r,
                "The line managers in this file go round in a circle back to "
                        + "this person; nobody can manage themselves, directly or through others.")));
        candidates.removeAll(looping);
        // Leaving a row out can leave the people it manages without a manager: repeat until nothing changes.
        boolean changed = true;
        while (changed) {
            Set<String> present = new HashSet<>(known.keySet());
            candidates.forEach(r -> present.add(r.email()));
            List<ImportedRow> unresolved = candidates.stream()
                    .filter(r -> !known.containsKey(r.email()))
                    .filter(r -> r.lineManagerEmail() != null && !present.contains(r.lineManagerEmail()))
                    .toList();
            unresolved.forEach(r -> problems.add(problem(
                    r,
                    "The line manager " + r.lineManagerEmail() + " is "
                            + "neither in this file (on a line without problems) nor known to Learning Sets.")));
            candidates.removeAll(unresolved);
            changed = !unresolved.isEmpty();
        }

        List<PreviewRow> ready = candidates.stream()
                .map(r -> {
                    Known k = known.get(r.email());
                    Outcome outcome = k == null
                            ? Outcome.NEW_PERSON
                            : k.enrolled() ? Outcome.ALREADY_ENROLLED : Outcome.EXISTING_PERSON;
                    return new PreviewRow(r, outcome);
                })
                .toList();
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new ImportPreview(programmeName, ready, problems, file.remarks());
    }

    /** New people whose chain of line managers (through other new people) comes back to them. */
    private static List<ImportedRow> loops(List<ImportedRow> rows, Map<String, Known> known) {
        Map<String, ImportedRow> newByEmail = new HashMap<>();
        rows.stream().filter(r -> !known.containsKey(r.email())).forEach(r -> newByEmail.put(r.email(), r));
        List<ImportedRow> looping = new ArrayList<>();
        for (ImportedRow row : newByEmail.values()) {
            ImportedRow at = row;
            for (int step = 0; step <= newByEmail.size() && at != null && at.lineManagerEmail() != null; step++) {
                at = newByEmail.get(at.lineManagerEmail());
                if (at == row) {
                    looping.add(row);
                    break;
                }
            }
        }
        return looping;
    }

    private static RowProblem problem(ImportedRow row, String reason) {
        return new RowProblem(row.line(), row.fullName() + ", " + row.email(), reason);
    }
}
